import { CSV_FIELDS, figuresCsv } from "../src/site/figures-csv";
import type { FigureRow } from "../src/site/figures-table";
import type { PageInputs } from "../src/site/page-inputs";
import { pagesToRender } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

// /figures.csv (every figure, by kind, largest first), /figures/<kind>.csv and each term's /companies/nio/figures/<kind>.csv.
type Item = { url: string; rows: FigureRow[] };

/** A row per figure: its article's figures, title, URL, date, company and place; the rows' order. */
export const inputs = (item: Item): PageInputs => ({
  entries: [{ fields: CSV_FIELDS, of: item.rows.map((r) => r.entry) }],
  other: item.rows.map((r) => r.index).join(","),
});

export const data = {
  pagination: {
    data: "site.lists.figureCsvs", // never empty: /figures.csv is written for an archive without figures too
    size: 1,
    alias: "item",
    before: (items: Item[]): Item[] => pagesToRender("site.lists.figureCsvs", items, (item) => item.url, inputs),
  },
  permalink: ({ item }: { item: Item }) => item.url,
  eleventyExcludeFromCollections: true,
};

export function render({ site, item }: { site: SiteData; item: Item }): string {
  return figuresCsv(site.config, item.rows);
}
