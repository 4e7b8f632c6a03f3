import { entryList, listPager, pageNumber } from "../src/site/components";
import { href } from "../src/settings/config";
import { MONTHS } from "../src/facts/format";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { MonthPage } from "../src/site/list-pages";
import type { PageInputs } from "../src/site/page-inputs";
import { pagePerItem } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

// /2023/05/ (and /2023/month-not-stated/): a month's articles, newest first, 50 a page.
/** Worked out with the list (src/site/list-pages.ts). */
export const inputs = (item: MonthPage): PageInputs => item.inputs;

export const data = pagePerItem<MonthPage>("site.lists.monthPages", (item) => item.page.url, inputs);

export function render({ site, item }: { site: SiteData; item: MonthPage }): string {
  const { config } = site;
  const { year, month, page: list } = item;
  const label = month === null ? `${year}, month not stated` : `${MONTHS[month - 1]} ${year}`;
  return page({
    config,
    title: list.n ? `${label}, page ${list.n + 1}` : label,
    description: `Articles from ${label}.`,
    path: list.url,
    prev: list.prev,
    next: list.next,
    content: html`<p class="kicker"><a href="${href(config, item.yearUrl)}">${year}</a></p>
<h1>${label}${pageNumber(list)}</h1>
<h2 class="visually-hidden">Articles</h2>
${entryList(config, list.items)}
${listPager(config, list)}`,
  });
}
