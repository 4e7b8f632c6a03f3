// The pool's workers: a long job goes to them, running the extractor bundled into the cache
// folder, with the same results as the main thread.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { RawDocument } from "../src/entry";
import { extractAll } from "../src/prepare/extract-pool";
import { prepareArticle } from "../src/prepare/prepare-article";

const CORPUS = new URL("./corpus/", import.meta.url);

test("a long job is extracted by workers running the bundled extractor, with the main thread's results", async () => {
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "ev-pool-test-"));
  process.env.EV_CACHE_DIR = cacheDir;
  const names = (await readdir(CORPUS)).filter((n) => /\.(txt|md)$/.test(n));
  const texts = await Promise.all(names.map((n) => readFile(new URL(n, CORPUS), "utf8")));
  // Long enough for the workers; each article under its own name.
  const docs: RawDocument[] = Array.from({ length: 600 }, (_, i) => ({ source: `${i}-${names[i % names.length]}`, text: texts[i % texts.length], frontMatter: {} }));

  assert.deepEqual(await extractAll(docs, { threads: 2 }), docs.map(prepareArticle));
  // The workers run the bundle, built in the cache folder.
  assert.ok((await stat(path.join(cacheDir, "extract-worker", "extract-worker.mjs"))).isFile());
});
