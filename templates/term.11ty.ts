import type { TaxonomyKind } from "../src/archive/taxonomies";
import { entryList, listPager, pageNumber } from "../src/site/components";
import { href, type SiteConfig } from "../src/settings/config";
import { figureValue } from "../src/site/figures-table";
import { yearSpan } from "../src/facts/format";
import { html, type SafeHtml } from "../src/site/html";
import { page } from "../src/site/layout";
import { ARTICLES_PER_PAGE, type RelatedLink, type TermPage, type TermSummary } from "../src/site/list-pages";
import { listPageUrl } from "../src/site/pagination";
import { termTimelineSvg } from "../src/site/timeline";
import type { PageInputs } from "../src/site/page-inputs";
import { pagePerItem } from "../src/site/render-plan";
import { companyLd } from "../src/site/share-meta";
import type { SiteData } from "../src/site/site-data";

const NOUN: Record<TaxonomyKind, string> = { company: "Company", city: "City", country: "Country", partner: "Partner" };

/** Worked out with the list (src/site/list-pages.ts). */
export const inputs = (item: TermPage): PageInputs => item.inputs;

export const data = pagePerItem<TermPage>("site.lists.termPages", (item) => item.page.url, inputs);

const articles = (n: number) => `${n} ${n === 1 ? "article" : "articles"}`;

/** Related names shown before "more": the summary stays short, so the articles are near the top. */
const SHOWN_OPEN = 8;

function relatedList(config: SiteConfig, links: RelatedLink[]): SafeHtml {
  return html`<ul class="term-index">${links.map((l) => html`<li><a href="${href(config, l.url)}">${l.name}</a> <span class="count">(${articles(l.count)})</span></li>`)}</ul>`;
}

/** What the term's articles add up to: related names with counts, and its figures by kind with the largest of each. */
function summaryHtml(config: SiteConfig, name: string, summary: TermSummary): SafeHtml {
  return html`${
    summary.related.length
      ? html`<div class="term-summary">${summary.related.map(
          (r) => html`<section class="term-related">
<h2>${r.title}</h2>
${relatedList(config, r.links.slice(0, SHOWN_OPEN))}
${r.links.length > SHOWN_OPEN ? html`<details class="term-more"><summary>${r.links.length - SHOWN_OPEN} more</summary>${relatedList(config, r.links.slice(SHOWN_OPEN))}</details>` : ""}
${r.more ? html`<p class="muted">and ${r.more} more with fewer articles</p>` : ""}
</section>`,
        )}</div>`
      : ""
  }
${
  summary.figures.length
    ? html`<section class="term-figures" aria-labelledby="term-figures-heading">
<h2 id="term-figures-heading">Figures</h2>
<p>The largest figure of each kind in articles about ${name}; each kind links to all of them, largest first.</p>
<ul class="figure-kinds">${summary.figures.map(
        (f) => html`<li><a href="${href(config, f.url)}">${f.kind.label}</a> <span class="count">(${f.count} ${f.count === 1 ? "figure" : "figures"})</span>: largest ${figureValue(f.largest)}, in <a href="${href(config, f.largest.entry.url)}">${f.largest.entry.title}</a></li>`,
      )}</ul>
</section>`
    : ""
}`;
}

export function render({ site, item }: { site: SiteData; item: TermPage }): string {
  const { config } = site;
  const { taxonomy, term, page: list, summary } = item;
  const n = term.entries.length;
  return page({
    config,
    title: list.n ? `${term.name}, page ${list.n + 1}` : term.name,
    description: `${articles(n)} about ${term.name}.`,
    path: list.url,
    prev: list.prev,
    next: list.next,
    share: { type: "website", jsonLd: taxonomy.kind === "company" ? [companyLd(config, term)] : [] },
    content: html`<p class="kicker"><a href="${href(config, taxonomy.url)}">${taxonomy.title}</a></p>
<h1><span class="visually-hidden">${NOUN[taxonomy.kind]}: </span>${term.name}${pageNumber(list)}</h1>
<p class="term-lead">${articles(n)}; ${yearSpan(term.entries.map((e) => e.date))}.${list.n ? html` <a href="${href(config, term.url)}">Summary and first page</a>.` : ""}</p>
${summary ? html`${termTimelineSvg(config, term.name, term.entries, (n) => listPageUrl(term.url, n), ARTICLES_PER_PAGE)}
${summaryHtml(config, term.name, summary)}` : ""}
<h2>Articles</h2>
${entryList(config, list.items)}
${listPager(config, list)}`,
  });
}
