import { entryList, listPager, pageNumber } from "../src/site/components";
import { href } from "../src/settings/config";
import { yearSpan } from "../src/facts/format";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { PairPage } from "../src/site/list-pages";
import type { PageInputs } from "../src/site/page-inputs";
import { pagePerItem } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

// A company's articles in one city (/companies/nio/cities/hefei/) or with one partner (/companies/nio/partners/jac-motor/).
/** Worked out with the list (src/site/list-pages.ts). */
export const inputs = (item: PairPage): PageInputs => item.inputs;

export const data = pagePerItem<PairPage>("site.lists.pairPages", (item) => item.page.url, inputs);

export function render({ site, item }: { site: SiteData; item: PairPage }): string {
  const { config } = site;
  const { company, kind, other, page: list } = item;
  const n = other.entries.length;
  const relation = kind === "city" ? "in" : "with";
  const title = `${company.name} ${relation} ${other.name}`;
  return page({
    config,
    title: list.n ? `${title}, page ${list.n + 1}` : title,
    description: `${n} ${n === 1 ? "article" : "articles"} about ${company.name} ${relation} ${other.name}.`,
    path: list.url,
    prev: list.prev,
    next: list.next,
    content: html`<p class="kicker"><a href="${href(config, company.url)}">${company.name}</a></p>
<h1>${company.name} <span class="h1-scope">${relation} ${other.name}</span>${pageNumber(list)}</h1>
<p class="term-lead">${n} ${n === 1 ? "article" : "articles"} about ${company.name} ${kind === "city" ? "placed in" : "naming as partner"} ${other.name}; ${yearSpan(other.entries.map((e) => e.date))}. All about <a href="${href(config, company.url)}">${company.name}</a>; all about <a href="${href(config, other.url)}">${other.name}</a>.</p>
<h2>Articles</h2>
${entryList(config, list.items)}
${listPager(config, list)}`,
  });
}
