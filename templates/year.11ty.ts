import { href } from "../src/settings/config";
import { MONTHS } from "../src/facts/format";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { YearPage } from "../src/site/list-pages";
import type { PageInputs } from "../src/site/page-inputs";
import { pagePerItem } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

// /2023/: the year's months with their article counts, each linking to its month page.
/** Worked out with the list (src/site/list-pages.ts). */
export const inputs = (item: YearPage): PageInputs => item.inputs;

export const data = pagePerItem<YearPage>("site.lists.years", (item) => item.url, inputs);

const articles = (n: number) => `${n} ${n === 1 ? "article" : "articles"}`;

export function render({ site, item }: { site: SiteData; item: YearPage }): string {
  const { config } = site;
  const years = site.lists.years;
  const i = years.indexOf(item);
  const newer = years[i - 1];
  const older = years[i + 1];
  return page({
    config,
    title: String(item.year),
    description: `${articles(item.count)} from ${item.year}, month by month.`,
    path: item.url,
    prev: newer?.url,
    next: older?.url,
    content: html`<p class="kicker"><a href="${href(config, "/timeline/")}">Timeline</a></p>
<h1>${item.year}</h1>
<p>${articles(item.count)} from ${item.year}, newest month first.</p>
<ul class="month-list">${item.months.map(
      (m) => html`<li><a href="${href(config, m.url)}">${m.month === null ? "Month not stated" : MONTHS[m.month - 1]}</a> <span class="count">(${articles(m.entries.length)})</span></li>`,
    )}</ul>
<nav class="pager" aria-label="Years">
  ${newer ? html`<a rel="prev" href="${href(config, newer.url)}">← ${newer.year}</a>` : html`<span class="pager-edge">← Newer</span>`}
  ${older ? html`<a rel="next" href="${href(config, older.url)}">${older.year} →</a>` : html`<span class="pager-edge">Older →</span>`}
</nav>`,
  });
}
