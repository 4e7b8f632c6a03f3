// `npm run build` again over a site it built takes that site's search files and entries.json (hard links to
// the same files) when no entry, setting or search code changed, and indexes the archive again otherwise:
// an edited article is found by its new words, and what is published is exactly what a fresh build writes.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { appendFile, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createSearchEngine } from "../src/search/engine";
import { articlePath, writeFixtureArchive } from "./support/archive-fixture";
import { buildSite, runCli } from "./support/build";
import { filesOf, statsOf } from "./support/site-files";

let archive: string;
let site: string;
let cache: string;

const isSearchFile = (file: string) => file === "entries.json" || (file.startsWith("search/") && file.endsWith(".json"));

/** Build `archive` over `site` (args added), once the previous build's old site is gone; the search files whose inode is new, and all of them. */
async function rebuild(args: string[] = []): Promise<{ renewed: string[]; all: string[] }> {
  for (let i = 0; i < 200 && (await readdir(path.dirname(site))).some((n) => n.startsWith(".site.previous-")); i++) await new Promise((r) => setTimeout(r, 50));
  const before = await statsOf(site, "ino").catch(() => new Map<string, number>());
  const { code, stderr } = await runCli(["build", "--content", archive, "--output", site, ...args], { env: { EV_CACHE_DIR: cache } });
  assert.equal(code, 0, stderr);
  const after = [...(await statsOf(site, "ino"))].filter(([file]) => isSearchFile(file));
  return { renewed: after.filter(([file, ino]) => before.get(file) !== ino).map(([file]) => file), all: after.map(([file]) => file) };
}

async function assertSameAsFreshBuild(args: string[] = []): Promise<void> {
  const fresh = await filesOf((await buildSite({ content: archive, args })).output);
  const rebuilt = await filesOf(site);
  assert.deepEqual([...rebuilt.keys()], [...fresh.keys()], "the same files");
  for (const [file, text] of fresh) assert.equal(rebuilt.get(file), text, `${file} as a fresh build writes it`);
}

/** The URLs of the articles the built site's search finds for `query`. */
async function found(query: string): Promise<string[]> {
  const engine = createSearchEngine(async (file) => JSON.parse(await readFile(path.join(site, "search", file), "utf8")));
  const outcome = await engine.search(query);
  assert.ok(outcome.ok, "the search runs");
  return (await engine.docs(outcome.hits.map((h) => h.ref))).map((d) => d.url);
}

before(async () => {
  archive = await writeFixtureArchive();
  site = path.join(await mkdtemp(path.join(os.tmpdir(), "ev-search-reused-")), "site");
  cache = await mkdtemp(path.join(os.tmpdir(), "ev-cache-"));
  await rebuild();
});

test("with nothing changed, every search file and entries.json is taken from the previous site", async () => {
  const { renewed, all } = await rebuild();
  assert.ok(all.includes("entries.json") && all.includes("search/index.json") && all.some((f) => f.startsWith("search/docs/")), all.join(" "));
  assert.deepEqual(renewed, []);
  await assertSameAsFreshBuild();
});

test("an edited article: the index is made again, and the article is found by its new words", async () => {
  assert.deepEqual(await found("zanzibarite"), []);
  await appendFile(path.join(archive, "a012.md"), "\nThe company will test zanzibarite cathodes next year.\n");
  const { renewed } = await rebuild();
  assert.ok(renewed.includes("entries.json") && renewed.includes("search/index.json"), renewed.join(" "));
  assert.deepEqual(await found("zanzibarite"), [`/${await articlePath(archive, "a012.md")}`]);
  await assertSameAsFreshBuild();
  // And with nothing changed after it, the files of the edited index are the ones taken.
  assert.deepEqual((await rebuild()).renewed, []);
  assert.deepEqual(await found("zanzibarite"), [`/${await articlePath(archive, "a012.md")}`]);
});

test("a search file changed in the site since it was built makes the index again, not taken", async () => {
  await writeFile(path.join(site, "search/index.json"), "{}");
  const { renewed, all } = await rebuild();
  assert.deepEqual(renewed.sort(), all.sort(), "every search file is written again");
  await assertSameAsFreshBuild();
});

test("other site settings make the index again (its results link to the new base)", async () => {
  const args = ["--path-prefix", "/archive/"];
  const { renewed, all } = await rebuild(args);
  assert.deepEqual(renewed.sort(), all.sort());
  assert.ok((await found("plan")).every((url) => url.startsWith("/archive/")));
  await assertSameAsFreshBuild(args);
});
