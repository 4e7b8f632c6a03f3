// Headlines a reader can scan, measured on the benchmark's synthetic archive (its generator unchanged):
// at 10,000 articles at least 95% of titles are distinct and none reaches 100 characters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { generateArchive, loadTemplates } from "../bench/generate-archive";
import { readContent } from "../src/load/read-content";
import { extractAll } from "../src/prepare/extract-pool";
import { distinctTitles } from "../src/archive/distinct-titles";
import type { ExtractedEntry } from "../src/entry";
import { ROOT } from "./support/build";

const SIZE = Number(process.env.EV_HEADLINE_ARCHIVE ?? 10_000);

test(`on the benchmark's ${SIZE}-article archive, at least 95% of titles are distinct and every one is under 100 characters`, { timeout: 600_000 }, async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ev-headlines-"));
  await generateArchive({ dir, count: SIZE, templates: await loadTemplates(path.join(ROOT, "content")) });
  const { documents } = await readContent(dir);
  const entries = (await extractAll(documents)).map((r) => r.entry).filter((e): e is ExtractedEntry => e !== null);
  assert.equal(entries.length, SIZE);
  const titles = distinctTitles(entries).map((t) => t.title);
  const distinct = new Set(titles.map((t) => t.toLowerCase())).size;
  const long = titles.filter((t) => t.length >= 100);
  process.stdout.write(`# ${distinct} of ${titles.length} titles distinct (${((100 * distinct) / titles.length).toFixed(1)}%), longest ${Math.max(...titles.map((t) => t.length))} characters\n`);
  assert.deepEqual(long, []);
  assert.ok(distinct >= 0.95 * titles.length, `${distinct} of ${titles.length} distinct`);
  // A headline found in the text is used as it is, a qualifier only added after it.
  entries.forEach((e, i) => {
    if (e.titleBy === "headline" && e.title.length < 60) assert.ok(titles[i].startsWith(e.title), titles[i]);
  });
});

test("a title shared by several articles gets the fewest of their own facts that tell them apart", () => {
  const base = { titleBy: "headline" as const, partners: [] };
  const at = (city: string, year: number, month: number) => ({ ...base, title: "Big Win for the Maker", location: { city, region: null, country: null, by: "text" as const }, date: { year, month, day: null, text: "", by: "text" as const } });
  assert.deepEqual(
    distinctTitles([at("Hefei", 2021, 5), at("Wuhan", 2021, 5)]).map((t) => t.title),
    ["Big Win for the Maker (Hefei)", "Big Win for the Maker (Wuhan)"],
  );
  assert.deepEqual(
    distinctTitles([at("Hefei", 2021, 5), at("Hefei", 2022, 1), { ...at("Hefei", 2020, 1), title: "Another" }]).map((t) => t.title),
    ["Big Win for the Maker (May 2021)", "Big Win for the Maker (January 2022)", "Another"],
  );
});
