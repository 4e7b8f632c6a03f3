// A watching `npm start` process rebuilds only the pages an edit touches, and what it leaves on disk is
// exactly what a fresh build of the edited archive writes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { appendFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { articlePath, editFrontMatter, writeFixtureArchive } from "./support/archive-fixture";
import { buildSite } from "./support/build";
import { filesOf, statsOf } from "./support/site-files";
import { startWatching, type WatchingProcess } from "./support/watch";

let archive: string;
let served: string;
let watching: WatchingProcess;
let builds = 1;

/** Make a change, wait for the watching process to rebuild, and return the files it rewrote. */
async function rebuiltAfter(change: () => Promise<void>): Promise<string[]> {
  const before = await statsOf(served, "mtimeMs");
  await change();
  await watching.build(++builds);
  return [...(await statsOf(served, "mtimeMs"))].filter(([file, time]) => before.get(file) !== time).map(([file]) => file);
}

async function assertSameAsFreshBuild(): Promise<void> {
  const fresh = await filesOf((await buildSite({ content: archive })).output);
  const watched = await filesOf(served);
  assert.deepEqual([...watched.keys()], [...fresh.keys()], "the same files");
  for (const [file, text] of fresh) assert.equal(watched.get(file), text, `${file} as a fresh build writes it`);
}

before(async () => {
  archive = await writeFixtureArchive();
  // A published archive, being edited: `npm start` records nothing; the build records the articles' URLs.
  await buildSite({ content: archive });
  served = path.join(await mkdtemp(path.join(os.tmpdir(), "ev-served-")), "site");
  const cache = await mkdtemp(path.join(os.tmpdir(), "ev-cache-"));
  watching = await startWatching({ archive, output: served, env: { EV_CACHE_DIR: cache } });
  await watching.ready();
});

after(() => watching.stop());

test("a sentence added to an article rewrites its page and its search files, not the listings", async () => {
  const addition = "The company confirmed the plan again on Friday.";
  const rewritten = await rebuiltAfter(() => appendFile(path.join(archive, "a012.md"), `\n${addition}\n`));
  const a012 = `${await articlePath(archive, "a012.md")}index.html`;
  assert.match(await readFile(path.join(served, a012), "utf8"), new RegExp(addition));
  const pages = rewritten.filter((f) => f.endsWith(".html"));
  // The report lists every file of the build, so it is always written again.
  assert.deepEqual(pages, [a012, "report/index.html"], "listings show nothing of the text");
  assert.ok(rewritten.some((f) => f.startsWith("search/docs/")), "its search result file");
  await assertSameAsFreshBuild();
});

test("an edited title rewrites the pages that show it, leaves the others alone, and matches a fresh build", async () => {
  const rewritten = await rebuiltAfter(() => editFrontMatter(path.join(archive, "a008.md"), "title", "NIO renames its update"));
  const after = await statsOf(served, "mtimeMs");
  const a008 = `${await articlePath(archive, "a008.md")}index.html`;
  const page = await readFile(path.join(served, a008), "utf8");
  assert.match(page, /<h1>NIO renames its update<\/h1>/);
  const neighbours = [...new Set([...page.matchAll(/rel="(?:prev|next)" href="\/(articles\/[^"]+)"/g)].map((m) => `${m[1]}index.html`))];
  assert.equal(neighbours.length, 2, "the article has a newer and an older neighbour");
  for (const file of [a008, ...neighbours, "companies/nio/index.html"]) assert.ok(rewritten.includes(file), `${file} was rewritten`);
  const docs = rewritten.filter((f) => f.startsWith("search/docs/"));
  assert.equal(docs.length, 1, "one search result file");
  assert.match(await readFile(path.join(served, docs[0]), "utf8"), /NIO renames its update/);
  assert.ok(rewritten.some((f) => /^(page\/\d+\/)?index\.html$/.test(f)), "the home page that lists it was rewritten");
  const unrelated = (await Promise.all(["a001.md", "a002.md", "a003.md"].map(async (a) => `${await articlePath(archive, a)}index.html`))).find((f) => !neighbours.includes(f))!;
  for (const untouched of [unrelated, "companies/tesla/index.html", "cities/berlin/index.html"]) {
    assert.ok(!rewritten.includes(untouched), `${untouched} shows nothing that changed and was left alone`);
  }
  assert.ok(rewritten.length < after.size / 3, `${rewritten.length} of ${after.size} files rewritten`);
  await assertSameAsFreshBuild();
});

test("an edited date moves the article in every listing, as a fresh build has it", async () => {
  await rebuiltAfter(() => editFrontMatter(path.join(archive, "a020.md"), "date", "2030-01-01"));
  const home = await readFile(path.join(served, "index.html"), "utf8");
  const first = /<a href="\/(articles\/[^"]+)"/.exec(home.slice(home.indexOf("<main")));
  assert.equal(first?.[1], await articlePath(archive, "a020.md"), "the newest article now leads the home page");
  await assertSameAsFreshBuild();
});

test("an article moved to another company and city updates both companies' and cities' pages and removes the pages they no longer have, as a fresh build", async () => {
  // The article had figures: the summaries (related names, figures by kind) of four terms change, the others' are kept from the
  // last build; Xiaomi and Beijing have no figures of its kinds left, so those pages go.
  const rewritten = await rebuiltAfter(async () => {
    await editFrontMatter(path.join(archive, "no-date.md"), "company", "BYD");
    await editFrontMatter(path.join(archive, "no-date.md"), "city", "Shenzhen");
  });
  for (const file of ["companies/byd/index.html", "companies/xiaomi/index.html", "cities/shenzhen/index.html", "cities/beijing/index.html"]) {
    assert.ok(rewritten.includes(file), `${file} was rewritten`);
  }
  await assertSameAsFreshBuild();
});

// The watching process reads again only the files the watcher reports; the folder is listed every time.
test("a new article is published, as a fresh build has it", async () => {
  const rewritten = await rebuiltAfter(() =>
    writeFile(path.join(archive, "a900.md"), "---\ntitle: Tesla opens a second Berlin line\ndate: 2031-02-03\ncompany: Tesla\ncity: Berlin\n---\nTesla opened a second line in Berlin.\n"),
  );
  await assertSameAsFreshBuild(); // which records its URL
  assert.ok(rewritten.includes(`${await articlePath(archive, "a900.md")}index.html`), "its page was written");
});

test("an article moved to another folder keeps its URL, as a fresh build has it", async () => {
  const before = await articlePath(archive, "a013.md");
  await rebuiltAfter(async () => {
    await mkdir(path.join(archive, "moved"), { recursive: true });
    await rename(path.join(archive, "a013.md"), path.join(archive, "moved", "a013.md"));
  });
  await assertSameAsFreshBuild();
  assert.equal(await articlePath(archive, "moved/a013.md"), before);
});

test("a deleted article's pages go with the next rebuild, as a fresh build has it", async () => {
  const gone = `${await articlePath(archive, "a014.md")}index.html`;
  // Eleventy starts no rebuild for a deleted file alone: the next saved file does, and sees the deletion.
  await rebuiltAfter(async () => {
    await rm(path.join(archive, "a014.md"));
    await appendFile(path.join(archive, "a015.md"), "\nThe plan was confirmed once more.\n");
  });
  assert.ok(!(await filesOf(served)).has(gone), "its page is gone");
  await assertSameAsFreshBuild();
});

test("an edited title the same as another article's, as a fresh build has it", async () => {
  const other = /<h1>([^<]+)<\/h1>/.exec(await readFile(path.join(served, `${await articlePath(archive, "a016.md")}index.html`), "utf8"))![1];
  await rebuiltAfter(() => editFrontMatter(path.join(archive, "a017.md"), "title", other.replaceAll("&amp;", "&")));
  await assertSameAsFreshBuild();
});
