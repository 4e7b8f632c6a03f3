// Link previews and search engines are told only what the entry has: OpenGraph and Twitter card tags on
// every page, schema.org JSON-LD on article (NewsArticle) and company (Organization) pages, checked
// against the schema.org types' properties and the properties search engines require of them.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Entry } from "../src/entry";
import { isoDate } from "../src/facts/format";
import { writeFixtureArchive } from "./support/archive-fixture";
import { buildSite } from "./support/build";

const SITE = "https://news.example.org/archive/";
let output: string;
let entries: Entry[];
const read = (url: string) => readFile(path.join(output, url, url.endsWith("/") ? "index.html" : ""), "utf8");

/**
 * schema.org types used, each with the properties it may carry here (all are properties of the type or
 * of a type it extends, per schema.org) and those required (Google's Article and Organization rules;
 * schema.org itself requires none), and the type each nested property must have.
 */
const TYPES: Record<string, { allowed: string[]; required: string[] }> = {
  NewsArticle: {
    allowed: ["headline", "description", "url", "mainEntityOfPage", "inLanguage", "datePublished", "publisher", "about", "contentLocation", "mentions"],
    required: ["headline", "url", "publisher"],
  },
  Organization: { allowed: ["name", "url", "subjectOf"], required: ["name"] },
  Place: { allowed: ["name", "address"], required: ["name"] },
  PostalAddress: { allowed: ["addressLocality", "addressRegion", "addressCountry"], required: [] },
};
const RANGE: Record<string, string[]> = {
  publisher: ["Organization"],
  about: ["Organization"],
  mentions: ["Organization"],
  contentLocation: ["Place"],
  address: ["PostalAddress"],
  subjectOf: ["NewsArticle"],
};
const TEXT = ["headline", "description", "name", "inLanguage", "addressLocality", "addressRegion", "addressCountry"];
const URLS = ["url", "mainEntityOfPage"];

/** Problems of one JSON-LD node and the nodes inside it ("" when valid). */
function problems(node: Record<string, unknown>, where: string, nested = false): string[] {
  const out: string[] = [];
  const type = node["@type"] as string;
  const schema = TYPES[type];
  if (!schema) return [`${where}: unknown @type ${type}`];
  if (!nested && node["@context"] !== "https://schema.org") out.push(`${where}: @context`);
  for (const key of Object.keys(node)) {
    if (key === "@type" || (!nested && key === "@context")) continue;
    if (!schema.allowed.includes(key)) out.push(`${where}: ${type} has no property ${key}`);
    const value = node[key];
    if (TEXT.includes(key) && (typeof value !== "string" || value.trim() === "")) out.push(`${where}.${key}: text expected`);
    if (URLS.includes(key) && !(typeof value === "string" && value.startsWith(SITE))) out.push(`${where}.${key}: absolute URL on the site expected, got ${value}`);
    if (key === "datePublished" && !/^\d{4}(-\d\d(-\d\d)?)?$/.test(String(value))) out.push(`${where}.datePublished: ISO 8601 date expected`);
    if (RANGE[key]) {
      for (const [i, child] of (Array.isArray(value) ? value : [value]).entries()) {
        const childType = (child as Record<string, unknown>)["@type"] as string;
        if (!RANGE[key].includes(childType)) out.push(`${where}.${key}: ${RANGE[key].join("/")} expected, got ${childType}`);
        else out.push(...problems(child as Record<string, unknown>, `${where}.${key}[${i}]`, true));
      }
    }
  }
  for (const key of schema.required) if (!(key in node)) out.push(`${where}: ${type} requires ${key}`);
  return out;
}

const jsonLd = (page: string) => [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
const meta = (page: string, key: string) =>
  [...page.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[.+]/g, "\\$&")}" content="([^"]*)">`, "g"))].map((m) =>
    m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
  );

before(async () => {
  const content = await writeFixtureArchive();
  output = (await buildSite({ content, args: ["--base-url", "https://news.example.org", "--path-prefix", "/archive/"] })).output;
  entries = JSON.parse(await readFile(path.join(output, "entries.json"), "utf8"));
});

test("the validator itself rejects what schema.org or search engines would", () => {
  const good = { "@context": "https://schema.org", "@type": "NewsArticle", headline: "h", url: `${SITE}x/`, publisher: { "@type": "Organization", name: "EV" } };
  assert.deepEqual(problems(good, "good"), []);
  const { headline, ...headless } = good;
  assert.ok(headline);
  assert.deepEqual(problems({ ...headless, author: "x" }, "bad"), ["bad: NewsArticle has no property author", "bad: NewsArticle requires headline"]);
  assert.match(problems({ ...good, publisher: { "@type": "Place", name: "x" } }, "bad").join(), /Organization expected/);
  assert.match(problems({ ...good, datePublished: "1970-01-01T00:00:00Z" }, "bad").join(), /ISO 8601 date/);
});

test("every article page has a valid NewsArticle with only the facts its entry has", async () => {
  for (const entry of entries) {
    const page = await read(entry.url);
    const nodes = jsonLd(page);
    assert.equal(nodes.length, 1, entry.url);
    const [article] = nodes;
    assert.deepEqual(problems(article, entry.url), []);
    assert.equal(article.url, SITE + entry.url.slice(1));
    assert.ok(entry.title.startsWith(article.headline.replace(/…$/, "")) && article.headline.length <= 110, "headline");
    assert.equal(article.datePublished, isoDate(entry.date) ?? undefined, `${entry.url}: date as precise as stated, or none`);
    assert.equal(article.about?.name, entry.company.name ?? undefined);
    assert.equal(article.contentLocation?.address.addressLocality, entry.location.city ?? undefined);
    assert.deepEqual((article.mentions ?? []).map((m: { name: string }) => m.name), entry.partners.map((p) => p.name));
    assert.equal(article.publisher.url, SITE);
  }
});

test("article pages carry OpenGraph article tags and a Twitter card; the published time only where a date is stated", async () => {
  let undated = 0;
  for (const entry of entries) {
    const page = await read(entry.url);
    assert.deepEqual(meta(page, "og:type"), ["article"]);
    assert.deepEqual(meta(page, "og:title"), [entry.title]);
    assert.deepEqual(meta(page, "og:url"), [SITE + entry.url.slice(1)]);
    assert.deepEqual(meta(page, "og:description"), [entry.summary]);
    assert.deepEqual(meta(page, "twitter:card"), ["summary"]);
    assert.deepEqual(meta(page, "article:published_time"), isoDate(entry.date) ? [isoDate(entry.date)] : []);
    if (!isoDate(entry.date)) undated++;
  }
  assert.ok(undated > 0, "the fixture has articles without a year");
});

test("company pages describe the company as a valid schema.org Organization; other pages have OpenGraph without JSON-LD", async () => {
  const company = entries.find((e) => e.company.name === "NIO")!;
  const page = await read("/companies/nio/");
  const [org] = jsonLd(page);
  assert.deepEqual(problems(org, "/companies/nio/"), []);
  assert.equal(org.name, company.company.name);
  assert.equal(org.url, `${SITE}companies/nio/`);
  assert.ok(org.subjectOf.length > 0 && org.subjectOf.every((a: { url: string }) => entries.some((e) => SITE + e.url.slice(1) === a.url)));
  for (const other of ["/", "/cities/hefei/", "/search/"]) {
    const text = await read(other);
    assert.deepEqual(jsonLd(text), [], other);
    assert.deepEqual(meta(text, "og:type"), ["website"], other);
    assert.deepEqual(meta(text, "og:url"), [SITE + other.slice(1)], other);
  }
});
