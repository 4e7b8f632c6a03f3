// A watching `npm start` process renders in passes, as `npm run build` does (Eleventy holds every page of a run
// until it ends: one run for 50,000 articles runs out of memory): its first build, and a rebuild that renders
// more pages than a pass holds, each run as several Eleventy runs, and what they leave is what a fresh build writes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { editFrontMatter, writeFixtureArchive } from "./support/archive-fixture";
import { buildSite } from "./support/build";
import { filesOf, statsOf } from "./support/site-files";
import { startWatching, type WatchingProcess } from "./support/watch";

const PER_PASS = 4;
let archive: string;
let served: string;
let watching: WatchingProcess;

/** Eleventy prints one "Wrote N files" line per run: a pass. */
const runs = () => watching.log().split("\n").filter((line) => /Wrote \d+ files/.test(line)).length;

async function assertSameAsFreshBuild(): Promise<void> {
  const fresh = await filesOf((await buildSite({ content: archive })).output);
  const watched = await filesOf(served);
  assert.deepEqual([...watched.keys()], [...fresh.keys()], "the same files");
  for (const [file, text] of fresh) assert.equal(watched.get(file), text, `${file} as a fresh build writes it`);
}

before(async () => {
  archive = await writeFixtureArchive();
  await buildSite({ content: archive }); // records the articles' URLs, as a published archive has them
  served = path.join(await mkdtemp(path.join(os.tmpdir(), "ev-served-")), "site");
  const cache = await mkdtemp(path.join(os.tmpdir(), "ev-cache-"));
  watching = await startWatching({ archive, output: served, env: { EV_CACHE_DIR: cache }, args: ["--pages-per-pass", String(PER_PASS)] });
  await watching.ready();
});

after(() => watching.stop());

test("the first build is rendered in passes, and is what a fresh build writes", async () => {
  const pages = [...(await filesOf(served)).keys()].filter((f) => f.endsWith(".html")).length;
  assert.ok(runs() >= pages / PER_PASS, `${runs()} Eleventy runs for ${pages} pages, ${PER_PASS} a pass`);
  await assertSameAsFreshBuild();
});

test("a rebuild that renders more pages than a pass holds runs in passes, and is what a fresh build writes", async () => {
  const before = await statsOf(served, "mtimeMs");
  const runsBefore = runs();
  await editFrontMatter(path.join(archive, "a008.md"), "title", "NIO renames its update in passes");
  await watching.build(2);
  const rewritten = [...(await statsOf(served, "mtimeMs"))].filter(([file, time]) => before.get(file) !== time && file.endsWith(".html"));
  assert.ok(rewritten.length > PER_PASS, `${rewritten.length} pages rewritten`);
  assert.ok(runs() - runsBefore > 1, `the rebuild ran ${runs() - runsBefore} Eleventy runs`);
  await assertSameAsFreshBuild();
});

test("a file saved while a rebuild's passes run is built next, as a fresh build has it", async () => {
  const runsBefore = runs();
  await editFrontMatter(path.join(archive, "a009.md"), "title", "A title saved first");
  // Saved once the rebuild for the first edit has written its first pass, while it renders the others.
  while (runs() === runsBefore) await new Promise((resolve) => setTimeout(resolve, 20));
  await writeFile(path.join(archive, "a900.md"), "---\ntitle: Tesla opens a line while the site rebuilds\ndate: 2031-02-03\ncompany: Tesla\ncity: Berlin\n---\nTesla opened a line.\n");
  await watching.build(4);
  await assertSameAsFreshBuild();
});
