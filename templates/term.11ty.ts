import { entryList, LISTING_FIELDS, termIndex } from "../src/site/components";
import { href } from "../src/settings/config";
import { FIGURE_ROW_FIELDS, figureRows, figuresTable } from "../src/site/figures-table";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { PageInputs } from "../src/site/page-inputs";
import { pagesToRender } from "../src/site/render-plan";
import { companyLd } from "../src/site/share-meta";
import type { SiteData, Taxonomy } from "../src/site/site-data";
import { relatedTerms, type TaxonomyKind, type Term } from "../src/archive/taxonomies";
import { yearSpan } from "../src/facts/format";

type Item = { taxonomy: Taxonomy; term: Term };

const NOUN: Record<TaxonomyKind, string> = { company: "Company", city: "City", country: "Country", partner: "Partner" };

// What each kind of page sums up from its articles: a company's partners and places, a city's companies, ...
const RELATED: Record<TaxonomyKind, Array<[TaxonomyKind, string]>> = {
  company: [["partner", "Partners"], ["city", "Cities"], ["country", "Countries"]],
  city: [["company", "Companies"], ["partner", "Partners"]],
  country: [["company", "Companies"], ["city", "Cities"], ["partner", "Partners"]],
  partner: [["company", "Companies"], ["city", "Cities"]],
};

/** A term page sums up its articles (their names and places) and lists them with their figures. */
export const inputs = (item: Item): PageInputs => ({
  entries: [{ fields: [...new Set([...LISTING_FIELDS, ...FIGURE_ROW_FIELDS, "partners" as const])], of: item.term.entries }],
  other: item.taxonomy.kind,
});

export const data = {
  pagination: {
    data: "site.termPages",
    size: 1,
    alias: "item",
    before: (items: Item[]): Item[] => pagesToRender(items, (item) => item.term.url, inputs),
  },
  permalink: ({ item }: { item: Item }) => `${item.term.url}index.html`,
};

export function render({ site, item }: { site: SiteData; item: Item }): string {
  const { config } = site;
  const { taxonomy, term } = item;
  const n = term.entries.length;
  const related = RELATED[taxonomy.kind]
    .map(([kind, title]) => ({ title, terms: relatedTerms(term, kind) }))
    .filter((r) => r.terms.length > 0);
  const figures = figureRows(config, term.entries, true);
  return page({
    config,
    title: term.name,
    description: `${n} ${n === 1 ? "article" : "articles"} about ${term.name}.`,
    path: term.url,
    scripts: figures.length ? ["/assets/sortable-table.js"] : [],
    share: { type: "website", jsonLd: taxonomy.kind === "company" ? [companyLd(config, term)] : [] },
    content: html`<p class="kicker"><a href="${href(config, taxonomy.url)}">${taxonomy.title}</a></p>
<h1><span class="visually-hidden">${NOUN[taxonomy.kind]}: </span>${term.name}</h1>
<p class="term-lead">${n} ${n === 1 ? "article" : "articles"}; ${yearSpan(term.entries.map((e) => e.date))}.</p>
${
  related.length
    ? html`<div class="term-summary">${related.map(
        (r) => html`<section class="term-related">
<h2>${r.title}</h2>
${termIndex(config, r.terms)}
</section>`,
      )}</div>`
    : ""
}
${figures.length ? html`<h2>Figures</h2>
${figuresTable(config, figures, { caption: `Figures in articles about ${term.name}`, showCompany: taxonomy.kind !== "company" })}` : ""}
<h2>Articles</h2>
${entryList(config, term.entries)}`,
  });
}
