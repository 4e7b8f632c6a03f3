import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeFileAtomically } from "../src/util/write-atomically";

test("a text given in pieces is written whole, across chunk boundaries, and no temporary file is left", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ev-atomic-"));
  const lines = Array.from({ length: 30_000 }, (_, i) => `line ${i} ${"é—".repeat(i % 50)}\n`); // > 1 MB, non-ASCII
  await writeFileAtomically(path.join(dir, "pieces.txt"), (function* () { yield* lines; })());
  await writeFileAtomically(path.join(dir, "whole.txt"), lines.join(""));
  const [pieces, whole] = await Promise.all([readFile(path.join(dir, "pieces.txt"), "utf8"), readFile(path.join(dir, "whole.txt"), "utf8")]);
  assert.equal(pieces, lines.join(""));
  assert.equal(whole, pieces);
  assert.deepEqual((await readdir(dir)).sort(), ["pieces.txt", "whole.txt"]);
});
