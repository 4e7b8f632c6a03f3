// A published article that an editor gives a new slug moves, and its old URL keeps working: a redirect
// page (meta refresh, canonical link, a plain link, no script) that validates; the record keeps both URLs;
// the sitemap lists only the new one; another rebuild changes nothing.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { readPublicationRecord } from "../src/load/publication-record";
import { articlePath, editFrontMatter, writeFixtureArchive } from "./support/archive-fixture";
import { buildSite } from "./support/build";

const BASE = "https://news.example.org";
const args = ["--base-url", BASE];
let archive: string;
let oldPath: string;
let output: string;

before(async () => {
  archive = await writeFixtureArchive();
  await buildSite({ content: archive, args });
  oldPath = await articlePath(archive, "a008.md");
  const file = path.join(archive, "a008.md");
  await writeFile(file, (await readFile(file, "utf8")).replace(/^title: /m, "slug: nio-hefei-renamed\ntitle: "));
  output = (await buildSite({ content: archive, args })).output;
});

test("the article moves to its editor's slug and the old URL sends readers there", async () => {
  const newPath = await articlePath(archive, "a008.md");
  assert.notEqual(newPath, oldPath);
  assert.match(newPath, /^articles\/\d{4}\/(\d\d\/)?nio-hefei-renamed\/$/);
  assert.match(await readFile(path.join(output, newPath, "index.html"), "utf8"), /<h1>NIO update number 8<\/h1>/);
  const redirect = await readFile(path.join(output, oldPath, "index.html"), "utf8");
  assert.match(redirect, new RegExp(`<meta http-equiv="refresh" content="0; url=/${newPath}">`));
  assert.match(redirect, new RegExp(`<link rel="canonical" href="${BASE}/${newPath}">`));
  assert.match(redirect, new RegExp(`<a href="/${newPath}">`));
  assert.doesNotMatch(redirect, /<script/);
  const report = await new HtmlValidate({ extends: ["html-validate:recommended"] }).validateString(redirect);
  assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), []);
  const { record } = await readPublicationRecord(archive);
  assert.deepEqual(record["a008.md"].urls, [`/${oldPath}`, `/${newPath}`]);
  const sitemap = await readFile(path.join(output, "sitemap.xml"), "utf8");
  assert.ok(sitemap.includes(`${BASE}/${newPath}`) && !sitemap.includes(`${BASE}/${oldPath}<`), "only the new URL in the sitemap");
});

test("an edited headline does not move a published article; a rebuild leaves the record as it is", async () => {
  const before = await readFile(path.join(archive, ".archive/published.json"), "utf8");
  await editFrontMatter(path.join(archive, "a012.md"), "title", "Completely different headline");
  const rebuilt = (await buildSite({ content: archive, args })).output;
  const a012 = await articlePath(archive, "a012.md");
  assert.match(await readFile(path.join(rebuilt, a012, "index.html"), "utf8"), /<h1>Completely different headline<\/h1>/);
  const after = JSON.parse(await readFile(path.join(archive, ".archive/published.json"), "utf8"));
  const first = JSON.parse(before);
  assert.deepEqual(after.articles["a012.md"].urls, first.articles["a012.md"].urls, "same URL");
  assert.equal(after.articles["a012.md"].firstPublished, first.articles["a012.md"].firstPublished);
});
