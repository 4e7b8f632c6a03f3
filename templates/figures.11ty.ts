import { href } from "../src/settings/config";
import { RATES_NOTE } from "../src/site/figure-kinds";
import { figureValue } from "../src/site/figures-table";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import { figuresUrl } from "../src/site/list-pages";
import type { PageInputs } from "../src/site/page-inputs";
import { onePage } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

/** The index shows each kind's count and its largest figure, with that figure's article. */
export const inputs = (site: SiteData): PageInputs => ({
  entries: [
    { fields: ["figures"], of: site.entries },
    { fields: ["url", "title"], of: site.lists.figureKinds.map(({ rows }) => rows[0].entry) },
  ],
});

export const data = {
  pagination: onePage("/figures/", inputs),
  permalink: "/figures/index.html",
};

export function render({ site }: { site: SiteData }): string {
  const { config } = site;
  const kinds = site.lists.figureKinds;
  const total = kinds.reduce((n, k) => n + k.rows.length, 0);
  return page({
    config,
    title: "Figures",
    description: "The archive's figures by kind of quantity: money, vehicles, energy, area, jobs and more, each kind largest first.",
    path: "/figures/",
    content: html`<h1>Figures</h1>
<p>${total} ${total === 1 ? "figure" : "figures"} from the archive's articles, by kind of quantity. Figures can be compared within a kind: each kind's pages list them largest first, each with its article and the sentence it was read from. ${RATES_NOTE}</p>
${
  kinds.length
    ? html`<ul class="figure-kinds">${kinds.map(
        ({ kind, rows }) => html`<li><a href="${href(config, figuresUrl(kind))}">${kind.label}</a> <span class="count">(${rows.length} ${rows.length === 1 ? "figure" : "figures"})</span>: largest ${figureValue(rows[0])}, in <a href="${href(config, rows[0].entry.url)}">${rows[0].entry.title}</a> · <a href="${href(config, `/figures/${kind.slug}.csv`)}" download>CSV</a></li>`,
      )}</ul>
<p><a href="${href(config, "/figures.csv")}" download>Download every figure as CSV</a> (one row per figure: kind, compared value, value as stated, article, date, company, place, source sentence).</p>`
    : html`<p>No figures found yet.</p>`
}`,
  });
}
