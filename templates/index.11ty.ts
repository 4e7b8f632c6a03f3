import type { Entry } from "../src/entry";
import { groupedEntryList, pager, LISTING_FIELDS, yearNav } from "../src/site/components";
import { html } from "../src/site/html";
import { homePageUrl } from "../src/site/home-pages";
import { page } from "../src/site/layout";
import type { PageInputs } from "../src/site/page-inputs";
import { pagesToRender } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

type Item = { n: number; pageEntries: Entry[] };

/** A page shows its entries, the archive's size, the number of pages and the years with their counts. */
export const inputs = (item: Item, site: SiteData): PageInputs => ({
  entries: [{ fields: LISTING_FIELDS, of: item.pageEntries }],
  other: `${site.entries.length} ${site.homePages.length} ${site.lists.years.map((y) => `${y.year}:${y.count}`).join(",")}`,
});

export const data = {
  pagination: {
    data: "site.homePages",
    size: 1,
    alias: "item",
    before: (pages: Entry[][], { site }: { site: SiteData }): Item[] =>
      pagesToRender(
        pages.map((pageEntries, n) => ({ n, pageEntries })),
        (item) => homePageUrl(item.n),
        (item) => inputs(item, site),
      ),
  },
  permalink: ({ item }: { item: Item }) => `${homePageUrl(item.n)}index.html`,
};

export function render({ site, item }: { site: SiteData; item: Item }): string {
  const { config, entries } = site;
  const { n, pageEntries } = item;
  const total = site.homePages.length;
  const prev = n > 0 ? homePageUrl(n - 1) : undefined;
  const next = n + 1 < total ? homePageUrl(n + 1) : undefined;
  const first = n * config.homePageSize;
  return page({
    config,
    title: n === 0 ? config.title : `Articles, page ${n + 1}`,
    description: config.description,
    path: homePageUrl(n),
    prev,
    next,
    content: html`<h1>Articles${n > 0 ? html` <span class="page-number">(page ${n + 1} of ${total})</span>` : ""}</h1>
<p>${entries.length} ${entries.length === 1 ? "article" : "articles"}, newest first${
      total > 1 ? html`; ${first + 1}–${first + pageEntries.length} on this page` : ""
    }. Dates show only what the article states; articles whose year is not stated come last.</p>
${yearNav(config, site.lists.years)}
${entries.length ? groupedEntryList(config, pageEntries) : html`<p>No articles yet.</p>`}
${pager(config, { prev, next, current: n + 1, total })}`,
  });
}
