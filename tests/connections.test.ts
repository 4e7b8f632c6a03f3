// An article points to other coverage of the same deal and to related articles.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entry } from "../src/entry";
import { connectionsOf } from "../src/site/connections";

function entry(slug: string, company: string, city: string | null, year: number | null, month: number | null, partners: string[] = []): Entry {
  return {
    source: `${slug}.txt`, slug, url: `/articles/${slug}/`, title: slug, titleBy: "editor",
    date: { year, month, day: null, text: "", by: "editor" },
    company: { name: company, by: "editor" },
    location: { city, region: null, country: null, by: "editor" },
    partners: partners.map((name) => ({ name, by: "editor" as const })),
    figures: [], summary: "", body: "", captions: [], boilerplate: "",
  };
}

// Newest first, as the archive lists them.
const ARCHIVE = [
  entry("nio-hefei-jun", "NIO", "Hefei", 2023, 6),
  entry("xiaomi-beijing-may", "Xiaomi", "Beijing", 2023, 5, ["E-Town"]),
  entry("nio-hefei-apr", "NIO", "Hefei", 2023, 4, ["JAC Motor"]),
  entry("nio-shanghai-apr", "NIO", "Shanghai", 2023, 4, ["JAC Motor"]),
  entry("nio-wuhan-mar", "NIO", "Wuhan", 2023, 3),
  entry("nio-hefei-2021", "NIO", "Hefei", 2021, 1),
  entry("jac-hefei", "JAC Motor", "Hefei", 2023, 4),
  entry("nio-hefei-undated", "NIO", "Hefei", null, null),
];
const connections = connectionsOf(ARCHIVE);
const slugs = (list: Entry[]) => list.map((e) => e.slug);
const of = (slug: string) => connections.get(ARCHIVE.find((e) => e.slug === slug)!)!;

test("the same deal: the same company in the same city or with a shared partner, within three months", () => {
  assert.deepEqual(slugs(of("nio-hefei-apr").sameDeal), ["nio-shanghai-apr", "nio-hefei-jun"]);
  assert.deepEqual(slugs(of("nio-hefei-jun").sameDeal), ["nio-hefei-apr"]);
  assert.deepEqual(slugs(of("nio-hefei-2021").sameDeal), [], "years apart is another deal");
  assert.deepEqual(slugs(of("nio-wuhan-mar").sameDeal), [], "another city, no shared partner");
  assert.deepEqual(slugs(of("nio-hefei-undated").sameDeal), [], "without a date it cannot be told");
  assert.deepEqual(slugs(of("jac-hefei").sameDeal), [], "another company");
});

test("related articles: the same company or a shared partner, nearest first, never the deal's own coverage again", () => {
  const related = slugs(of("nio-hefei-apr").related);
  assert.ok(!related.includes("nio-shanghai-apr") && !related.includes("nio-hefei-apr"));
  assert.deepEqual(related.slice(0, 2), ["nio-wuhan-mar", "nio-hefei-2021"]);
  assert.ok(!related.includes("xiaomi-beijing-may"));
  assert.ok(slugs(of("nio-shanghai-apr").related).includes("nio-hefei-apr") === false, "it is the same deal (JAC Motor, April)");
  assert.deepEqual(slugs(of("xiaomi-beijing-may").related), []);
});
