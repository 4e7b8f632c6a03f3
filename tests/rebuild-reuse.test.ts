// `npm run build` again over a site it built takes that site's unchanged pages (hard links to the same
// files) instead of rendering them, and what it publishes is exactly what a fresh build writes.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { appendFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { articlePath, editFrontMatter, writeFixtureArchive } from "./support/archive-fixture";
import { buildSite, runCli } from "./support/build";
import { filesOf, statsOf } from "./support/site-files";

let archive: string;
let site: string;
let cache: string;

/** Build `archive` over `site` (args added), once the previous build's old site is gone; the files whose inode is new. */
async function rebuild(args: string[] = []): Promise<string[]> {
  for (let i = 0; i < 200 && (await readdir(path.dirname(site))).some((n) => n.startsWith(".site.previous-")); i++) await new Promise((r) => setTimeout(r, 50));
  const before = await statsOf(site, "ino").catch(() => new Map<string, number>());
  const { code, stderr } = await runCli(["build", "--content", archive, "--output", site, ...args], { env: { EV_CACHE_DIR: cache } });
  assert.equal(code, 0, stderr);
  return [...(await statsOf(site, "ino"))].filter(([file, ino]) => before.get(file) !== ino).map(([file]) => file);
}

async function assertSameAsFreshBuild(args: string[] = []): Promise<void> {
  const fresh = await filesOf((await buildSite({ content: archive, args })).output);
  const rebuilt = await filesOf(site);
  assert.deepEqual([...rebuilt.keys()], [...fresh.keys()], "the same files");
  for (const [file, text] of fresh) assert.equal(rebuilt.get(file), text, `${file} as a fresh build writes it`);
}

const pagesIn = (files: string[]) => files.filter((f) => f.endsWith(".html"));

before(async () => {
  archive = await writeFixtureArchive();
  site = path.join(await mkdtemp(path.join(os.tmpdir(), "ev-rebuilt-")), "site");
  cache = await mkdtemp(path.join(os.tmpdir(), "ev-cache-"));
  await rebuild();
});

test("with nothing changed, every page is taken from the previous site", async () => {
  const renewed = pagesIn(await rebuild());
  // The report lists the build's files and the search and not-found pages are not paginated: always rendered.
  assert.deepEqual(renewed, ["report/index.html"]);
  await assertSameAsFreshBuild();
});

test("edits, a new article and a deleted one: the pages that show them are rendered, the rest taken, as a fresh build has it", async () => {
  await appendFile(path.join(archive, "a012.md"), "\nThe company confirmed the plan again on Friday.\n");
  await editFrontMatter(path.join(archive, "a008.md"), "title", "NIO renames its update");
  await rm(path.join(archive, "a030.md"));
  await writeFile(path.join(archive, "z999.md"), "---\ntitle: Rivian opens a plant in Normal\ndate: 2031-05-04\ncompany: Rivian\n---\nRivian opened a plant in Normal, Illinois.\n");
  const renewed = pagesIn(await rebuild());
  const articles = await Promise.all(["a012.md", "a008.md", "z999.md"].map(async (a) => `${await articlePath(archive, a)}index.html`));
  assert.equal(articles[2], "articles/2031/05/rivian-opens-plant-normal/index.html", "a new article at its date and headline");
  for (const page of [...articles, "companies/nio/index.html", "index.html"]) {
    assert.ok(renewed.includes(page), `${page} was rendered`);
  }
  assert.ok(!renewed.includes("cities/berlin/index.html"), "a listing that shows nothing that changed is taken");
  const pages = (await readdir(path.join(site, "articles"), { recursive: true })).filter((f) => f.endsWith("index.html")).length;
  assert.ok(renewed.filter((f) => f.startsWith("articles/")).length < pages / 2, "most article pages are taken");
  await assertSameAsFreshBuild();
});

test("a page changed in the site since it was built is rendered again, not taken", async () => {
  const a001 = `${await articlePath(archive, "a001.md")}index.html`;
  await writeFile(path.join(site, a001), "edited by hand");
  assert.ok(pagesIn(await rebuild()).includes(a001));
  await assertSameAsFreshBuild();
});

test("other site settings render every page", async () => {
  const args = ["--base-url", "https://archive.example.org"];
  const renewed = pagesIn(await rebuild(args));
  const pages = [...(await statsOf(site, "ino")).keys()].filter((f) => f.endsWith(".html"));
  assert.deepEqual(renewed, pages);
  await assertSameAsFreshBuild(args);
});
