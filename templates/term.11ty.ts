import { entryList } from "../src/site/components";
import { href } from "../src/site/config";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { SiteData, Taxonomy } from "../src/site/site-data";
import type { Term } from "../src/archive/taxonomies";

type Item = { taxonomy: Taxonomy; term: Term };

const NOUN: Record<Taxonomy["kind"], string> = { company: "Company", city: "City", country: "Country", partner: "Partner" };

export const data = {
  pagination: { data: "site.termPages", size: 1, alias: "item", addAllPagesToCollections: false },
  permalink: ({ item }: { item: Item }) => `${item.term.url}index.html`,
};

export function render({ site, item }: { site: SiteData; item: Item }): string {
  const { taxonomy, term } = item;
  const n = term.entries.length;
  return page({
    config: site.config,
    title: term.name,
    description: `${n} ${n === 1 ? "article" : "articles"} about ${term.name}.`,
    path: term.url,
    content: html`<p class="kicker"><a href="${href(site.config, taxonomy.url)}">${taxonomy.title}</a></p>
<h1><span class="visually-hidden">${NOUN[taxonomy.kind]}: </span>${term.name}</h1>
<p>${n} ${n === 1 ? "article" : "articles"}, newest first.</p>
${entryList(site.config, term.entries)}`,
  });
}
