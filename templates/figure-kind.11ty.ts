import { listPager, pageNumber } from "../src/site/components";
import { href } from "../src/settings/config";
import { RATES_NOTE } from "../src/site/figure-kinds";
import { figuresTable } from "../src/site/figures-table";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import { FIGURES_PER_PAGE, type FigureKindPage } from "../src/site/list-pages";
import type { PageInputs } from "../src/site/page-inputs";
import { pagePerItem } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

/** Worked out with the list (src/site/list-pages.ts). */
export const inputs = (item: FigureKindPage): PageInputs => item.inputs;

export const data = pagePerItem<FigureKindPage>("site.lists.figureKindPages", (item) => item.page.url, inputs);

export function render({ site, item }: { site: SiteData; item: FigureKindPage }): string {
  const { config } = site;
  const { scope, kind, count, page: list } = item;
  const of = scope ? ` about ${scope.name}` : "";
  const first = list.n * FIGURES_PER_PAGE;
  return page({
    config,
    title: `${kind.label}${scope ? `: ${scope.name}` : ""}${list.n ? `, page ${list.n + 1}` : ""}`,
    description: `${count} figures of ${kind.label.toLowerCase()} in articles${of}, largest first.`,
    path: list.url,
    prev: list.prev,
    next: list.next,
    scripts: ["/assets/sortable-table.js"],
    content: html`<p class="kicker"><a href="${href(config, scope ? scope.url : "/figures/")}">${scope ? scope.name : "Figures"}</a></p>
<h1>${kind.label}${scope ? html` <span class="h1-scope">in articles about ${scope.name}</span>` : ""}${pageNumber(list)}</h1>
<p>${count} ${count === 1 ? "figure" : "figures"}, largest first${list.total > 1 ? html`; ${first + 1}–${first + list.items.length} on this page` : ""}${kind.unit ? html`, compared in ${kind.unit}` : ""}. ${kind.slug === "money" ? RATES_NOTE : ""}${
      html` <a href="${href(config, item.csvUrl)}" download>Download as CSV</a>.`
    }</p>
${figuresTable(config, list.items, { caption: `${kind.label}${of}, largest first`, showCompany: true })}
${listPager(config, list, ["Larger", "Smaller"])}`,
  });
}
