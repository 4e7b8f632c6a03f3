// Every company × city and company × partner link of a summary goes to the company's page for that
// place or partner, also where the place is not among the company's 50 most frequent.
import assert from "node:assert/strict";
import { test } from "node:test";
import { groupBy, type TaxonomyKind } from "../src/archive/taxonomies";
import type { Entry } from "../src/entry";
import { siteConfig } from "../src/settings/config";
import { listPages, RELATED_SHOWN } from "../src/site/list-pages";

let n = 0;
function entry(company: string, city: string, partners: string[] = []): Entry {
  const slug = `a${n++}`;
  return {
    source: `${slug}.txt`, slug, url: `/articles/${slug}/`, title: slug, titleBy: "editor",
    date: { year: 2023, month: 1, day: null, text: "", by: "editor" },
    company: { name: company, by: "editor" },
    location: { city, region: null, country: null, by: "editor" },
    partners: partners.map((name) => ({ name, by: "editor" as const })),
    figures: [], summary: "", body: "", captions: [], boilerplate: "",
  };
}

test("a city's page links each company to that company's articles in the city, beyond the company's top cities", () => {
  // NIO has two articles in each of 51 cities and one in Zhuhai: Zhuhai is not among its 50 most frequent.
  const entries = [
    ...Array.from({ length: 51 }, (_, i) => [entry("NIO", `City ${i}`, [`Partner ${i}`]), entry("NIO", `City ${i}`)]).flat(),
    entry("NIO", "Zhuhai", ["Gree"]),
    ...Array.from({ length: 4 }, () => entry("XPeng", "Zhuhai", ["Gree"])),
  ];
  const taxonomies = (["company", "city", "country", "partner"] as TaxonomyKind[]).map((kind) => ({ kind, title: kind, url: `/${kind}/`, terms: groupBy(entries, kind) }));
  const lists = listPages(siteConfig(), entries, taxonomies);
  const summaryOf = (url: string) => lists.termPages.find((p) => p.term.url === url && p.summary)!.summary!;
  const links = (url: string, kind: TaxonomyKind) => summaryOf(url).related.find((r) => r.kind === kind)!.links;

  assert.equal(links("/companies/nio/", "city").length, RELATED_SHOWN);
  assert.ok(!links("/companies/nio/", "city").some((l) => l.name === "Zhuhai"), "Zhuhai is beyond NIO's top cities");
  assert.deepEqual(links("/cities/zhuhai/", "company").map((l) => l.url), ["/companies/xpeng/cities/zhuhai/", "/companies/nio/cities/zhuhai/"]);
  assert.deepEqual(links("/partners/gree/", "company").map((l) => l.url), ["/companies/xpeng/partners/gree/", "/companies/nio/partners/gree/"]);
  // Each goes to a page that exists and lists the articles the two share.
  const zhuhai = lists.pairPages.find((p) => p.page.url === "/companies/nio/cities/zhuhai/");
  assert.deepEqual(zhuhai?.page.items.map((e) => e.location.city), ["Zhuhai"]);
  const pages = new Set(lists.pairPages.map((p) => p.page.url));
  for (const page of lists.termPages.filter((p) => p.summary)) {
    for (const related of page.summary!.related) {
      const paired = page.term.url.startsWith("/companies/") ? related.kind === "city" || related.kind === "partner" : related.kind === "company" && !page.term.url.startsWith("/countries/");
      for (const link of related.links) if (paired) assert.ok(pages.has(link.url), `${page.term.url} → ${link.url}`);
    }
  }
});
