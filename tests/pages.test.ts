import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Entry } from "../src/entry";
import { slugify } from "../src/archive/slug";
import { escapeHtml } from "../src/site/html";
import { fixtureArticles, fixtureSite } from "./support/archive-fixture";

const PAGE_SIZE = 50;
let output: string;
let entries: Entry[];
const read = (rel: string) => readFile(path.join(output, rel), "utf8");
const mainOf = (page: string) => page.slice(page.indexOf("<main"), page.indexOf("</main>"));
const hrefs = (html: string) => [...html.matchAll(/<h4 class="entry-title"><a href="([^"]+)"/g)].map((m) => m[1]);

before(async () => {
  ({ output } = await fixtureSite());
  entries = JSON.parse(await read("entries.json"));
});

test("the home page is paginated: every article once, in entries.json order, 50 per page, with rel prev/next", async () => {
  assert.equal(entries.length, fixtureArticles().length);
  const first = await read("index.html");
  const second = await read("page/2/index.html");
  assert.equal(hrefs(first).length, PAGE_SIZE);
  assert.deepEqual([...hrefs(first), ...hrefs(second)], entries.map((e) => e.url));
  assert.match(first, /<link rel="next" href="\/page\/2\/">/);
  assert.doesNotMatch(first, /rel="prev"/);
  assert.match(second, /<link rel="prev" href="\/">/);
  assert.match(mainOf(second), /<a rel="prev" href="\/">/);
  assert.doesNotMatch(second, /rel="next"/);
});

test("home pages group articles under year and month headings; no stated year comes last, said honestly", async () => {
  const pages = (await Promise.all(["index.html", "page/2/index.html"].map(read))).map(mainOf).join("");
  const heads = [...pages.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>|<h3 id="[^"]+" class="month-heading">([^<]+)<\/h3>|<h4 class="entry-title"><a href="([^"]+)"/g)];
  let year = "";
  let month = "";
  for (const [, y, m, url] of heads) {
    if (y) year = y;
    else if (m) month = m;
    else {
      const { date } = entries.find((e) => e.url === url)!;
      assert.equal(year, date.year === null ? "Year not stated" : String(date.year), `${url} under its year`);
      const monthName = date.month === null ? null : new Date(Date.UTC(2000, date.month - 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
      const expected = date.year === null ? (monthName ?? "Month not stated") : monthName ? `${monthName} ${date.year}` : `${date.year}, month not stated`;
      assert.equal(month, expected, `${url} under its month`);
    }
  }
  const yearHeadings = [...pages.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
  assert.equal(yearHeadings.at(-1), "Year not stated");
});

test("each company, city, country and partner has a page listing its articles, and index pages count them", async () => {
  const kinds = [
    ["companies", (e: Entry) => [e.company.name]],
    ["cities", (e: Entry) => [e.location.city]],
    ["countries", (e: Entry) => [e.location.country]],
    ["partners", (e: Entry) => e.partners.map((p) => p.name)],
  ] as const;
  for (const [folder, namesOf] of kinds) {
    const index = await read(`${folder}/index.html`);
    const counts = new Map<string, number>();
    for (const e of entries) for (const name of namesOf(e)) if (name) counts.set(slugify(name), (counts.get(slugify(name)) ?? 0) + 1);
    assert.ok(counts.size > 0, `fixture has ${folder}`);
    for (const [slug, count] of counts) {
      const page = mainOf(await read(`${folder}/${slug}/index.html`));
      const listed = [...page.matchAll(/<h3 class="entry-title"><a href="([^"]+)"/g)].map((m) => m[1]);
      assert.equal(listed.length, count, `${folder}/${slug} lists its ${count} articles`);
      assert.match(index, new RegExp(`href="/${folder}/${slug}/">[^<]+</a> <span class="count">\\(${count} articles?\\)`));
    }
  }
});

test("a company page sums up its partners with counts, its cities and every figure of its articles", async () => {
  const nio = entries.filter((e) => e.company.name === "NIO");
  const page = mainOf(await read("companies/nio/index.html"));
  const partnerCounts = new Map<string, number>();
  for (const e of nio) for (const p of e.partners) partnerCounts.set(p.name, (partnerCounts.get(p.name) ?? 0) + 1);
  for (const [name, count] of partnerCounts) {
    assert.match(page, new RegExp(`href="/partners/${slugify(name)}/">${name}</a> <span class="count">\\(${count} articles?\\)`));
  }
  assert.match(page, /<h2>Cities<\/h2>[\s\S]*href="\/cities\/hefei\/"/);
  const figures = nio.flatMap((e) => e.figures);
  assert.ok(figures.length > 0);
  const rows = page.slice(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
  assert.equal(rows.split("<tr>").length - 1, figures.length);
  for (const f of figures) assert.ok(rows.includes(`<td>${escapeHtml(f.text)}</td>`), `shows ${f.text}`);
});

test("the figures page holds every figure once, normalised by unit, each linked to its article", async () => {
  const page = mainOf(await read("figures/index.html"));
  const rows = [...page.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]).filter((r) => r.includes("<td"));
  assert.equal(rows.length, entries.reduce((n, e) => n + e.figures.length, 0));
  for (const e of entries) {
    for (const f of e.figures) {
      assert.ok(rows.some((r) => r.includes(`<td>${escapeHtml(f.text)}</td>`) && r.includes(`href="${e.url}"`)), `${f.text} of ${e.url}`);
    }
  }
  assert.ok(rows.some((r) => r.includes("<td>Energy</td>") && r.includes('data-sort="40000000">40 GWh')), "GWh compared in kWh, shown in GWh");
  assert.ok(rows.some((r) => r.includes("<td>Vehicles per year</td>")));
  assert.match(page, /<td>Money \(USD\)<\/td>/);
  assert.match(await read("figures/index.html"), /<script type="module" src="\/assets\/sortable-table\.js">/);
});

test("the timeline draws stated years as SVG bars with a text equivalent and counts the undated", async () => {
  const page = mainOf(await read("timeline/index.html"));
  assert.match(page, /<svg class="timeline-chart"[^>]*role="img" aria-labelledby="timeline-title timeline-desc"/);
  const bars = [...page.matchAll(/<rect class="bar[^"]*"[^>]*><title>[^<]*: (\d+) articles?<\/title>/g)].reduce((n, m) => n + Number(m[1]), 0);
  const dated = entries.filter((e) => e.date.year !== null).length;
  assert.equal(bars, dated);
  const undated = entries.length - dated;
  assert.ok(undated > 0);
  assert.match(page, new RegExp(`<strong>Year not stated</strong>: ${undated} articles?`));
});

test("the map places each named city from the gazetteer and lists places as text", async () => {
  const page = mainOf(await read("map/index.html"));
  assert.match(page, /<svg class="world-map"[^>]*role="img"/);
  assert.match(page, /<path class="land" d="M[\d,lMZ-]{1000,}"/);
  const cities = new Set(entries.map((e) => e.location.city).filter(Boolean));
  const circles = [...page.matchAll(/<circle class="place" cx="([\d.]+)" cy="([\d.]+)"[^>]*><title>([^,<]+)/g)];
  assert.deepEqual(new Set(circles.map((c) => c[3])), cities);
  const at = (name: string) => circles.find((c) => c[3] === name)!.slice(1, 3).map(Number);
  // Berlin lies west of Beijing and Hefei, and Beijing north of Hefei (SVG y grows downwards).
  assert.ok(at("Berlin")[0] < at("Beijing")[0]);
  assert.ok(at("Beijing")[1] < at("Hefei")[1]);
  assert.match(page, /href="\/cities\/hefei\/">Hefei<\/a>/);
  assert.match(page, /names? a country but no city[^<]*<a href="\/countries\/germany\/">Germany<\/a>/);
  assert.doesNotMatch(page, /https?:\/\/(?!www\.w3\.org)/, "no tiles or other hosts");
});

test("every page has one h1, the site search box, and the nav marks where you are", async () => {
  for (const rel of ["index.html", "page/2/index.html", "figures/index.html", "timeline/index.html", "map/index.html", "companies/index.html", "404.html"]) {
    const page = await read(rel);
    assert.equal(page.match(/<h1[ >]/g)?.length, 1, `${rel} has one h1`);
    assert.match(page, /<form class="site-search" role="search"/);
  }
  assert.match(await read("figures/index.html"), /<a href="\/figures\/" aria-current="page">Figures<\/a>/);
});

test("each article links its newer and older neighbours with rel, in the home page's order", async () => {
  for (const i of [0, 1, entries.length - 1]) {
    const page = await read(path.join(entries[i].url, "index.html"));
    const newer = entries[i - 1];
    const older = entries[i + 1];
    if (newer) assert.match(page, new RegExp(`<a rel="prev" href="${newer.url}">`));
    else assert.doesNotMatch(page, /rel="prev"/);
    if (older) assert.match(page, new RegExp(`<a rel="next" href="${older.url}">`));
    else assert.doesNotMatch(page, /rel="next"/);
  }
});
