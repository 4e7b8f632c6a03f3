import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { writeFixtureArchive } from "./support/archive-fixture";
import { buildSite } from "./support/build";
import { crawl, type CrawlResult } from "./support/link-check";
import { serveFolder, type StaticServer } from "./support/server";

const PREFIX = "/sub/";
let server: StaticServer;
let output: string;
let result: CrawlResult;

before(async () => {
  // The fixture has every kind of page (two home pages, all four taxonomies, figures, a country-only place).
  ({ output } = await buildSite({ content: await writeFixtureArchive(), args: ["--path-prefix", PREFIX, "--base-url", "https://example.org"] }));
  server = await serveFolder(output, PREFIX);
  result = await crawl(server.url, ["404.html"]);
});
after(() => server?.close());

test("built under a path prefix, no internal link, asset or #fragment is broken", () => {
  assert.ok(result.pages.size > 50, `crawled ${result.pages.size} pages`);
  assert.deepEqual(result.broken, []);
});

test("every built page is reachable by following links from the home page", async () => {
  const files = (await readdir(output, { recursive: true })).filter((f) => f.endsWith(".html") && f !== "404.html");
  const reached = new Set([...result.pages].map((url) => decodeURIComponent(new URL(url).pathname.slice(PREFIX.length))));
  const unreached = files.filter((f) => !reached.has(f.replace(/index\.html$/, "")));
  assert.deepEqual(unreached, []);
});

test("nothing the site links to lies outside the prefix folder", () => {
  const outside = server.requests.filter((r) => !r.startsWith(PREFIX));
  assert.deepEqual(outside, []);
  assert.ok(result.checked.has(`${server.url}assets/style.css`), "the stylesheet is under the prefix");
});
