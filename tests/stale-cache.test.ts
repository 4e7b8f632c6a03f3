// The extraction cache is trusted only while every module the extractor runs is unchanged: editing one
// outside src/extract (here the date check in src/load, used by front matter) must change the entries the
// next build serves. Run on a copy of the project, so the edit never touches the real sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Entry } from "../src/entry";
import { ROOT } from "./support/build";

const run = promisify(execFile);

test("editing a module the extractor imports from another folder invalidates the cached entries", async () => {
  const copy = await mkdtemp(path.join(os.tmpdir(), "ev-stale-"));
  for (const item of ["src", "package.json", "package-lock.json", "tsconfig.json"]) await cp(path.join(ROOT, item), path.join(copy, item), { recursive: true });
  await symlink(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));
  const content = path.join(copy, "content");
  await mkdir(content);
  await writeFile(path.join(content, "a.txt"), "---\ndate: \"2021-04-07\"\n---\nNIO said it will build a plant in Hefei.\n");
  const extract = async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(copy, "src/cli.ts"), "extract", content], {
      cwd: copy,
      env: { ...process.env, EV_CACHE_DIR: path.join(copy, ".cache"), INIT_CWD: copy },
    });
    return (JSON.parse(stdout) as Entry[])[0];
  };

  const before = await extract();
  assert.deepEqual([before.date.year, before.date.by], [2021, "editor"]);

  const checker = path.join(copy, "src/load/parse-document.ts");
  const source = await readFile(checker, "utf8");
  const edited = source.replace(/export function isValidDate\(/, "export const isValidDate = (_y: number, _m: number, _d: number): boolean => false;\nfunction previousIsValidDate(");
  assert.notEqual(edited, source, "the test edits isValidDate");
  await writeFile(checker, edited);

  const after = await extract();
  assert.notDeepEqual([after.date.year, after.date.by], [2021, "editor"], "the front-matter date is now refused: not served from the cache");
});
