import type { Entry } from "../src/entry";
import { groupedEntryList, pager, LISTING_FIELDS, yearNav } from "../src/site/components";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { PageInputs } from "../src/site/page-inputs";
import { pagesToRender } from "../src/site/render-plan";
import type { ListPage } from "../src/site/pagination";
import type { SiteData } from "../src/site/site-data";

type Item = ListPage<Entry>;

/** A page shows its entries, the archive's size, the number of pages and the years with their counts. */
export const inputs = (item: Item, site: SiteData): PageInputs => ({
  entries: [{ fields: LISTING_FIELDS, of: item.items }],
  other: `${site.entries.length} ${site.homePages.length} ${site.lists.years.map((y) => `${y.year}:${y.count}`).join(",")}`,
});

export const data = {
  pagination: {
    data: "site.homePages",
    size: 1,
    alias: "item",
    before: (pages: Item[], { site }: { site: SiteData }): Item[] => pagesToRender("site.homePages", pages, (item) => item.url, (item) => inputs(item, site)),
  },
  permalink: ({ item }: { item: Item }) => `${item.url}index.html`,
};

export function render({ site, item }: { site: SiteData; item: Item }): string {
  const { config, entries } = site;
  const { n, total, items: pageEntries, prev, next } = item;
  const first = n * config.homePageSize;
  return page({
    config,
    title: n === 0 ? config.title : `Articles, page ${n + 1}`,
    description: config.description,
    path: item.url,
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
