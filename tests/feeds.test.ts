import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { Entry } from "../src/entry";
import { writeFixtureArchive } from "./support/archive-fixture";
import { buildSite, ROOT } from "./support/build";
import { readPublicationRecord, type PublicationRecord } from "../src/load/publication-record";
import { FEED_ITEMS } from "../src/site/feeds";

const BASE = "https://news.example.org";
const PREFIX = "/archive/";
const SITE = BASE + PREFIX;
let builds: string[];
let entries: Entry[];
let content: string;
const read = (rel: string, build = 0) => readFile(path.join(builds[build], rel), "utf8");

before(async () => {
  content = await writeFixtureArchive();
  const args = ["--base-url", BASE, "--path-prefix", PREFIX];
  builds = [(await buildSite({ content, args })).output, (await buildSite({ content, args })).output];
  entries = JSON.parse(await read("entries.json"));
});

/** The dates an entry honestly has: its own, when it states year, month and day, and when the archive first published it. */
function honestDates(e: Entry, record: PublicationRecord): { stated: string | null; firstPublished: string } {
  const pad = (n: number) => String(n).padStart(2, "0");
  const stated = e.date.year !== null && e.date.month !== null && e.date.day !== null ? `${e.date.year}-${pad(e.date.month)}-${pad(e.date.day)}T00:00:00Z` : null;
  return { stated, firstPublished: record[e.source].firstPublished };
}

test("the Atom feed has the newest articles, in order, with absolute URLs under the prefix and only dates the entry has", async () => {
  const atom = await read("feed.xml");
  assert.match(atom, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  assert.match(atom, new RegExp(`<link href="${SITE}feed.xml" rel="self"`));
  const items = [...atom.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
  assert.ok(entries.length > FEED_ITEMS, "the fixture has more articles than a feed carries");
  const newest = entries.slice(0, FEED_ITEMS);
  assert.equal(items.length, newest.length);
  const { record } = await readPublicationRecord(content);
  newest.forEach((e, i) => {
    assert.ok(items[i].includes(`<id>${SITE}${e.url.slice(1)}</id>`), `${e.url} in order`);
    const { stated, firstPublished } = honestDates(e, record);
    for (const tag of ["published", "updated"]) {
      const date = new RegExp(`<${tag}>([^<]+)</${tag}>`).exec(items[i])?.[1];
      assert.equal(date, stated ?? firstPublished, `${e.url} <${tag}>: its stated date, else its first publication`);
    }
  });
  assert.ok(newest.some((e) => e.date.month === null), "the newest articles include one whose month is not stated");
  assert.match(atom, /<summary>[^<]*month not stated/, "a partial date says so in words");
  const dates = items.map((item) => /<updated>([^<]+)</.exec(item)![1]).sort();
  assert.equal(/<updated>([^<]+)<\/updated>\n  <author>/.exec(atom)?.[1], dates.at(-1), "the feed was updated when its latest entry was");
  assert.ok(!atom.includes("1970-01-01"), "no invented epoch date");
});

test("the JSON Feed has the same articles; date_published only where the article states a full date", async () => {
  const feed = JSON.parse(await read("feed.json"));
  assert.equal(feed.version, "https://jsonfeed.org/version/1.1");
  assert.equal(feed.feed_url, `${SITE}feed.json`);
  assert.deepEqual(feed.items.map((i: { url: string }) => i.url), entries.slice(0, FEED_ITEMS).map((e) => SITE + e.url.slice(1)));
  const { record } = await readPublicationRecord(content);
  let undated = 0;
  for (const [i, item] of feed.items.entries()) {
    const { stated } = honestDates(entries[i], record);
    assert.equal(item.date_published, stated ?? undefined, entries[i].url);
    if (!stated) undated++;
    assert.deepEqual([item._ev_archive.year, item._ev_archive.month, item._ev_archive.day], [entries[i].date.year, entries[i].date.month, entries[i].date.day]);
  }
  assert.ok(undated > 0, "some articles state no full date and carry none");
});

test("the bundled articles without a year get their first-published time in Atom, never 1970", async () => {
  const { output } = await buildSite();
  const atom = await readFile(path.join(output, "feed.xml"), "utf8");
  const json = JSON.parse(await readFile(path.join(output, "feed.json"), "utf8"));
  const bundled: Entry[] = JSON.parse(await readFile(path.join(output, "entries.json"), "utf8"));
  const { record } = await readPublicationRecord(path.join(ROOT, "content"));
  assert.ok(bundled.some((e) => e.date.year === null), "the seeds include articles without a year");
  for (const e of bundled) {
    const { stated, firstPublished } = honestDates(e, record);
    const item = atom.slice(atom.indexOf(`${e.url}</id>`));
    assert.equal(/<updated>([^<]+)</.exec(item)?.[1], stated ?? firstPublished, e.url);
    assert.equal(json.items.find((i: { url: string }) => i.url.endsWith(e.url)).date_published, stated ?? undefined, e.url);
  }
  assert.ok(!atom.includes("1970") && !JSON.stringify(json).includes("1970-01-01"));
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
