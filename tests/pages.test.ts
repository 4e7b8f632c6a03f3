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
  const heads = [
    ...pages.matchAll(
      /<h2 id="[^"]+">(?:<a href="([^"]+)">)?([^<]+)(?:<\/a>)?<\/h2>|<h3 id="[^"]+" class="month-heading">(?:<a href="([^"]+)">)?([^<]+)(?:<\/a>)?<\/h3>|<h4 class="entry-title"><a href="([^"]+)"/g,
    ),
  ];
  let year = "";
  let month = "";
  for (const [, yearLink, y, monthLink, m, url] of heads) {
    if (y) {
      year = y;
      // A stated year's heading links to its stable date archive.
      assert.equal(yearLink, y === "Year not stated" ? undefined : `/${y}/`);
    } else if (m) {
      month = m;
      if (year !== "Year not stated") assert.match(monthLink ?? "", new RegExp(`^/${year}/(?:\\d\\d|month-not-stated)/$`));
    } else {
      const { date } = entries.find((e) => e.url === url)!;
      assert.equal(year, date.year === null ? "Year not stated" : String(date.year), `${url} under its year`);
      const monthName = date.month === null ? null : new Date(Date.UTC(2000, date.month - 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
      const expected = date.year === null ? (monthName ?? "Month not stated") : monthName ? `${monthName} ${date.year}` : `${date.year}, month not stated`;
      assert.equal(month, expected, `${url} under its month`);
    }
  }
  const yearHeadings = [...pages.matchAll(/<h2 id="[^"]+">(?:<a[^>]+>)?([^<]+)/g)].map((m) => m[1]);
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

/** The rows of every page of a paginated figures list starting at `rel` (a folder), in order. */
async function figureRowsFrom(rel: string): Promise<string[]> {
  const rows: string[] = [];
  for (let n = 1, next: string | null = rel; next; n++) {
    const page = mainOf(await read(`${next}index.html`));
    rows.push(...[...page.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]).filter((r) => r.includes("<td")));
    next = page.includes('rel="next"') ? `${rel}page/${n + 1}/` : null;
  }
  return rows;
}

test("a company page sums up its partners and cities with counts, linking to its articles there, and its figures by kind", async () => {
  const nio = entries.filter((e) => e.company.name === "NIO");
  const page = mainOf(await read("companies/nio/index.html"));
  const partnerCounts = new Map<string, number>();
  for (const e of nio) for (const p of e.partners) partnerCounts.set(p.name, (partnerCounts.get(p.name) ?? 0) + 1);
  for (const [name, count] of partnerCounts) {
    assert.match(page, new RegExp(`href="/companies/nio/partners/${slugify(name)}/">${name}</a> <span class="count">\\(${count} articles?\\)`));
    const pair = mainOf(await read(`companies/nio/partners/${slugify(name)}/index.html`));
    assert.equal([...pair.matchAll(/<h3 class="entry-title">/g)].length, count, `NIO with ${name}: its ${count} articles`);
  }
  assert.match(page, /<h2>Cities<\/h2>[\s\S]*href="\/companies\/nio\/cities\/hefei\/"/);
  const hefei = mainOf(await read("companies/nio/cities/hefei/index.html"));
  const inHefei = nio.filter((e) => e.location.city === "Hefei");
  assert.deepEqual([...hefei.matchAll(/<h3 class="entry-title"><a href="([^"]+)"/g)].map((m) => m[1]), inHefei.map((e) => e.url));
  const figures = nio.flatMap((e) => e.figures);
  assert.ok(figures.length > 0);
  const kindLinks = [...page.matchAll(/<li><a href="(\/companies\/nio\/figures\/[^"]+\/)">/g)].map((m) => m[1]);
  assert.ok(kindLinks.length > 0, "figures linked by kind");
  const rows = (await Promise.all(kindLinks.map((url) => figureRowsFrom(url.slice(1))))).flat();
  assert.equal(rows.length, figures.length);
  for (const f of figures) assert.ok(rows.some((r) => r.includes(`<td data-label="As written">${escapeHtml(f.text)}</td>`)), `shows ${f.text}`);
});

test("the figures index links each kind; each kind's pages hold its figures largest first, every figure once, linked to its article", async () => {
  const index = mainOf(await read("figures/index.html"));
  const kinds = [...index.matchAll(/<li><a href="\/figures\/([^"/]+)\/">/g)].map((m) => m[1]);
  assert.ok(kinds.includes("energy") && kinds.includes("money") && kinds.includes("vehicles-a-year"), kinds.join());
  const byKind = new Map<string, string[]>();
  for (const kind of kinds) byKind.set(kind, await figureRowsFrom(`figures/${kind}/`));
  const rows = [...byKind.values()].flat();
  assert.equal(rows.length, entries.reduce((n, e) => n + e.figures.length, 0));
  for (const e of entries) {
    for (const f of e.figures) {
      assert.ok(rows.some((r) => r.includes(`<td data-label="As written">${escapeHtml(f.text)}</td>`) && r.includes(`href="${e.url}"`)), `${f.text} of ${e.url}`);
    }
  }
  for (const [kind, list] of byKind) {
    const values = list.map((r) => Number(/data-sort="([^"]+)"/.exec(r)![1]));
    assert.deepEqual(values, [...values].sort((a, b) => b - a), `${kind} largest first`);
  }
  assert.ok(byKind.get("energy")!.some((r) => r.includes('data-sort="40000000"><span class="figure-value">40 GWh')), "GWh compared in kWh, shown in GWh");
  assert.match(index, /href="\/figures\.csv"/);
  const csv = await read("figures.csv");
  assert.equal(csv.trim().split("\r\n").length - 1, rows.length, "one CSV row per figure");
  assert.match(await read("figures/money.csv"), /^kind,value,unit,/);
  // A term's figures of one kind, too: every figure of NIO's money pages, one row each.
  const nioMoney = await figureRowsFrom("companies/nio/figures/money/");
  assert.match(mainOf(await read("companies/nio/figures/money/index.html")), /href="\/companies\/nio\/figures\/money\.csv" download/);
  assert.equal((await read("companies/nio/figures/money.csv")).trim().split("\r\n").length - 1, nioMoney.length);
});

test("the timeline draws stated years as SVG bars with a text equivalent and counts the undated", async () => {
  const page = mainOf(await read("timeline/index.html"));
  assert.match(page, /<svg class="timeline-chart"[^>]*role="group" aria-labelledby="timeline-title timeline-desc"/);
  const bars = [...page.matchAll(/<rect class="bar[^"]*"[^>]*><title>[^<]*: (\d+) articles?<\/title>/g)].reduce((n, m) => n + Number(m[1]), 0);
  const dated = entries.filter((e) => e.date.year !== null).length;
  assert.equal(bars, dated);
  const undated = entries.length - dated;
  assert.ok(undated > 0);
  assert.match(page, new RegExp(`<strong>Year not stated</strong>: ${undated} articles?`));
});

test("the map places each named city from the gazetteer and lists places as text", async () => {
  const page = mainOf(await read("map/index.html"));
  assert.match(page, /<svg class="world-map"[^>]*role="group"/);
  assert.match(page, /<path class="land" d="M[\d,lMZ-]{1000,}"/);
  const cities = new Set(entries.map((e) => e.location.city).filter(Boolean));
  const circles = [...page.matchAll(/<circle class="place" cx="([\d.]+)" cy="([\d.]+)"[^>]*><title>([^,<]+)/g)];
  assert.deepEqual(new Set(circles.map((c) => c[3])), cities);
  const at = (name: string) => circles.find((c) => c[3] === name)!.slice(1, 3).map(Number);
  // Berlin lies west of Beijing and Hefei, and Beijing north of Hefei (SVG y grows downwards).
  assert.ok(at("Berlin")[0] < at("Beijing")[0]);
  assert.ok(at("Beijing")[1] < at("Hefei")[1]);
  assert.match(page, /href="\/cities\/hefei\/">Hefei<\/a>/);
  // Each circle is a link to its city.
  const linked = [...page.matchAll(/<a href="(\/cities\/[^"]+\/)" aria-label="[^"]+"><circle class="place"/g)].map((m) => m[1]);
  assert.deepEqual(new Set(linked), new Set([...cities].map((c) => `/cities/${slugify(c!)}/`)));
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
