import { termIndex } from "../src/site/components";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { PageInputs } from "../src/site/page-inputs";
import { pagesToRender, termCounts } from "../src/site/render-plan";
import type { SiteData, Taxonomy } from "../src/site/site-data";

/** The index shows each term's name and count. */
export const inputs = (taxonomy: Taxonomy): PageInputs => ({ entries: [], other: termCounts(taxonomy.terms) });

export const data = {
  pagination: {
    data: "site.taxonomies",
    size: 1,
    alias: "taxonomy",
    before: (taxonomies: Taxonomy[]) => pagesToRender("site.taxonomies", taxonomies, (t) => t.url, inputs),
  },
  permalink: ({ taxonomy }: { taxonomy: Taxonomy }) => `${taxonomy.url}index.html`,
};

export function render({ site, taxonomy }: { site: SiteData; taxonomy: Taxonomy }): string {
  return page({
    config: site.config,
    title: taxonomy.title,
    path: taxonomy.url,
    content: html`<h1>${taxonomy.title}</h1>
${taxonomy.terms.length ? termIndex(site.config, taxonomy.terms) : html`<p>None yet.</p>`}`,
  });
}
