import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Entry } from "../src/entry";
import { formatDate } from "../src/facts/format";
import { ROOT, seedsSite, type BuildResult } from "./support/build";

let site: BuildResult;
let entries: Entry[];
const read = (rel: string) => readFile(path.join(site.output, rel), "utf8");

before(async () => {
  site = await seedsSite();
  entries = JSON.parse(await read("entries.json"));
});

test("entries.json holds one entry per content article, each with a unique URL", async () => {
  const articles = (await readdir(path.join(ROOT, "content"))).filter((f) => /\.(txt|md)$/.test(f));
  assert.equal(entries.length, articles.length);
  assert.deepEqual(entries.map((e) => e.source).sort(), articles.sort());
  assert.equal(new Set(entries.map((e) => e.url)).size, entries.length);
  assert.equal(await read("entries.json"), JSON.stringify(entries, null, 2) + "\n", "indented as JSON.stringify(entries, null, 2)");
});

test("every entry has a page at its URL showing its escaped title", async () => {
  for (const entry of entries) {
    const page = await read(path.join(entry.url, "index.html"));
    const escapedTitle = entry.title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;").replace(/"/g, "&quot;");
    assert.ok(page.includes(`<h1>${escapedTitle}</h1>`), `${entry.url} shows its title`);
    assert.ok(page.includes(entry.source), `${entry.url} names its source file`);
  }
});

test("the home page lists every article newest first, unknown years stated honestly", async () => {
  const home = await read("index.html");
  const positions = entries.map((e) => home.indexOf(`href="${e.url}"`));
  assert.ok(positions.every((p) => p > 0), "every article linked from home");
  assert.deepEqual([...positions].sort((a, b) => a - b), positions, "home order is the entries.json order");
  const dated = entries.filter((e) => e.date.year !== null);
  for (let i = 1; i < dated.length; i++) assert.ok(dated[i - 1].date.year! >= dated[i].date.year!, "newest first");
  for (const e of entries.filter((e) => e.date.year === null && e.date.month !== null)) {
    const shown = formatDate(e.date);
    assert.match(shown, /year not stated$/);
    assert.ok(home.includes(shown), `home shows "${shown}"`);
  }
});

test("company and city pages list their articles", async () => {
  for (const entry of entries) {
    for (const [folder, name] of [["companies", entry.company.name], ["cities", entry.location.city]] as const) {
      if (!name) continue;
      const slug = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
      const page = await read(`${folder}/${slug}/index.html`);
      assert.ok(page.includes(`href="${entry.url}"`), `${folder}/${slug} links ${entry.url}`);
    }
  }
});

test("search page ships a prebuilt index and a bundled client, no other hosts", async () => {
  const page = await read("search/index.html");
  assert.match(page, /<ol id="search-results"/);
  const manifest = JSON.parse(await read("search/index.json"));
  assert.equal(manifest.docCount, entries.length);
  const firstShard = JSON.parse(await read("search/shards/0.json"));
  assert.ok(firstShard.terms.length > 0, "a shard of the prebuilt lunr index");
  assert.ok((await stat(path.join(site.output, "assets/search.js"))).size > 1000);
  for (const file of ["index.html", "search/index.html", "assets/search.js"]) {
    assert.doesNotMatch(await read(file), /(src|href)="https?:\/\/(?!127\.0\.0\.1|localhost)/, `${file} loads nothing from other hosts`);
  }
});
