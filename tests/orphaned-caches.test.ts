// .cache/ keeps extraction results per content folder and a page record per built site; once a folder
// is gone its cache file is deleted, and the caches of folders that still exist are kept.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openExtractionCache } from "../src/prepare/extraction-cache";
import { prepareArticle } from "../src/prepare/prepare-article";
import { removeOrphanedCaches } from "../src/util/orphaned-caches";
import { runCli } from "./support/build";
import { writeFixtureArchive } from "./support/archive-fixture";

const filesIn = async (folder: string) => (await readdir(folder).catch(() => [] as string[])).sort();

test("the extraction cache of a content folder that is gone is deleted; one that exists is kept", async () => {
  const work = await mkdtemp(path.join(os.tmpdir(), "ev-orphans-"));
  const cacheDir = path.join(work, "cache");
  const [kept, gone] = [path.join(work, "kept"), path.join(work, "gone")];
  for (const folder of [kept, gone]) {
    await mkdir(folder);
    const cache = await openExtractionCache(folder, cacheDir);
    const doc = { source: "a.txt", text: `NIO opened a plant in Hefei, said ${folder}.`, frontMatter: {} };
    cache.set(cache.keyOf(doc), prepareArticle(doc));
    await cache.save();
  }
  assert.equal((await filesIn(path.join(cacheDir, "extraction"))).length, 2);
  await rm(gone, { recursive: true });
  // A file from before caches named their folder, and a write in progress, which must be left alone.
  await writeFile(path.join(cacheDir, "extraction", "0000000000000000.jsonl"), '{"version":"x"}\n');
  await writeFile(path.join(cacheDir, "extraction", "1111111111111111.jsonl.123.1.tmp"), "");

  const removed = await removeOrphanedCaches(cacheDir);
  assert.equal(removed.length, 2, "the gone folder's cache and the unnamed one");
  const left = await filesIn(path.join(cacheDir, "extraction"));
  assert.equal(left.length, 2, left.join(", "));
  assert.ok(left.some((name) => name.endsWith(".tmp")), "the write in progress stays");
  const reopened = await openExtractionCache(kept, cacheDir);
  const doc = { source: "a.txt", text: `NIO opened a plant in Hefei, said ${kept}.`, frontMatter: {} };
  assert.ok(reopened.get(reopened.keyOf(doc)), "the existing folder's results are still found");
  await rm(work, { recursive: true });
});

test("a build sweeps the caches of archives and sites that are gone", async () => {
  const work = await mkdtemp(path.join(os.tmpdir(), "ev-orphans-build-"));
  const env = { EV_CACHE_DIR: path.join(work, "cache") };
  const [first, second] = [await writeFixtureArchive(), await writeFixtureArchive()];
  assert.equal((await runCli(["build", "--content", first, "--output", path.join(work, "site-1")], { env })).code, 0);
  const afterFirst = { extraction: await filesIn(path.join(work, "cache/extraction")), pages: await filesIn(path.join(work, "cache/pages")) };
  assert.equal(afterFirst.extraction.length, 1);
  assert.equal(afterFirst.pages.length, 1);

  await rm(first, { recursive: true });
  await rm(path.join(work, "site-1"), { recursive: true });
  assert.equal((await runCli(["build", "--content", second, "--output", path.join(work, "site-2")], { env })).code, 0);
  const extraction = await filesIn(path.join(work, "cache/extraction"));
  const pages = await filesIn(path.join(work, "cache/pages"));
  assert.equal(extraction.length, 1, "only the second archive's results");
  assert.ok(!extraction.includes(afterFirst.extraction[0]));
  assert.equal(pages.length, 1, "only the second site's record");
  assert.ok(!pages.includes(afterFirst.pages[0]));
  await rm(work, { recursive: true });
  await rm(second, { recursive: true });
});
