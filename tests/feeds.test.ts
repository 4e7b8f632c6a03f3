import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { Entry } from "../src/entry";
import { writeFixtureArchive } from "./support/archive-fixture";
import { buildSite } from "./support/build";
import { FEED_ITEMS } from "../src/site/feeds";

const BASE = "https://news.example.org";
const PREFIX = "/archive/";
const SITE = BASE + PREFIX;
let builds: string[];
let entries: Entry[];
const read = (rel: string, build = 0) => readFile(path.join(builds[build], rel), "utf8");

before(async () => {
  const content = await writeFixtureArchive();
  const args = ["--base-url", BASE, "--path-prefix", PREFIX];
  builds = [(await buildSite({ content, args })).output, (await buildSite({ content, args })).output];
  entries = JSON.parse(await read("entries.json"));
});

test("the Atom feed has the newest articles, in order, with absolute URLs under the prefix", async () => {
  const atom = await read("feed.xml");
  assert.match(atom, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  assert.match(atom, new RegExp(`<link href="${SITE}feed.xml" rel="self"`));
  const items = [...atom.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
  assert.ok(entries.length > FEED_ITEMS, "the fixture has more articles than a feed carries");
  const newest = entries.slice(0, FEED_ITEMS);
  assert.equal(items.length, newest.length);
  newest.forEach((e, i) => {
    assert.ok(items[i].includes(`<id>${SITE}${e.url.slice(1)}</id>`), `${e.url} in order`);
    const updated = /<updated>(\d{4})-(\d\d)-(\d\d)T00:00:00Z<\/updated>/.exec(items[i]);
    assert.ok(updated, `${e.url} has an RFC 3339 date`);
    if (e.date.year !== null) assert.equal(Number(updated[1]), e.date.year);
    if (e.date.month !== null && e.date.year !== null) assert.equal(Number(updated[2]), e.date.month);
  });
  assert.ok(newest.some((e) => e.date.month === null), "the newest articles include one whose month is not stated");
  assert.match(atom, /<summary>[^<]*month not stated/, "a partial date says so in words");
});

test("the JSON Feed has the same articles with their stated date alongside the feed date", async () => {
  const feed = JSON.parse(await read("feed.json"));
  assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
  assert.equal(feed.feed_url, `${SITE}feed.json`);
  assert.deepEqual(feed.items.map((i: { url: string }) => i.url), entries.slice(0, FEED_ITEMS).map((e) => SITE + e.url.slice(1)));
  for (const [i, item] of feed.items.entries()) {
    assert.match(item.date_published, /^\d{4}-\d\d-\d\dT00:00:00Z$/);
    assert.deepEqual([item._ev_archive.year, item._ev_archive.month, item._ev_archive.day], [entries[i].date.year, entries[i].date.month, entries[i].date.day]);
  }
});

test("two builds of the same content write byte-identical feeds and sitemap", async () => {
  for (const file of ["feed.xml", "feed.json", "sitemap.xml", "robots.txt"]) assert.equal(await read(file, 0), await read(file, 1), file);
});

test("the sitemap lists every HTML page with the base URL and prefix; robots.txt points to it", async () => {
  const sitemap = await read("sitemap.xml");
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
  const pages = (await readdir(builds[0], { recursive: true }))
    .filter((f) => f.endsWith(".html") && f !== "404.html")
    .map((f) => SITE + f.replace(/index\.html$/, ""))
    .sort();
  assert.deepEqual(locs, pages);
  assert.match(await read("robots.txt"), new RegExp(`^Sitemap: ${SITE}sitemap.xml$`, "m"));
});

test("every page announces both feeds and its canonical URL under the prefix", async () => {
  const home = await read("index.html");
  assert.match(home, new RegExp(`<link rel="canonical" href="${SITE}">`));
  assert.match(home, new RegExp(`<link rel="alternate" type="application/atom\\+xml"[^>]*href="${PREFIX}feed.xml">`));
  assert.match(home, new RegExp(`<link rel="alternate" type="application/feed\\+json"[^>]*href="${PREFIX}feed.json">`));
});
