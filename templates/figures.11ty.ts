import { countByQuantity, FIGURE_ROW_FIELDS, figureRows, figuresTable } from "../src/site/figures-table";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { PageInputs } from "../src/site/page-inputs";
import { onePage } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

/** Every article's figures, and the articles they are from. */
export const inputs = (site: SiteData): PageInputs => ({
  entries: [
    { fields: ["figures"], of: site.entries },
    { fields: FIGURE_ROW_FIELDS, of: site.entries.filter((e) => e.figures.length > 0) },
  ],
});

export const data = {
  pagination: onePage("/figures/", inputs),
  permalink: "/figures/index.html",
};

export function render({ site }: { site: SiteData }): string {
  const { config } = site;
  const rows = figureRows(config, site.entries);
  return page({
    config,
    title: "Figures",
    description: "Every figure in the archive in one table: investments, vehicles, capacities and shares, each with its article and source sentence.",
    path: "/figures/",
    scripts: ["/assets/sortable-table.js"],
    content: html`<h1>Figures</h1>
<p>${rows.length} ${rows.length === 1 ? "figure" : "figures"} from ${new Set(rows.map((r) => r.entry)).size} articles, grouped by what they measure and converted to one unit per quantity (money stays in its own currency). Each links to its article and quotes the sentence it was read from. Select a column heading to sort.</p>
${
  rows.length
    ? html`<ul class="quantity-counts">${countByQuantity(rows).map(([label, count]) => html`<li>${label}: ${count}</li>`)}</ul>
${figuresTable(config, rows, { caption: "Figures across the archive", showCompany: true })}`
    : html`<p>No figures found yet.</p>`
}`,
  });
}
