import type { Entry, FigureFact } from "../entry";
import { dateTag, termLink } from "./components";
import { href, type SiteConfig } from "../settings/config";
import { normaliseFigure, quantityLabel, type NormalisedFigure } from "../facts/figure-units";
import { html, type SafeHtml } from "./html";
import type { EntryField } from "./page-inputs";
import { perEntry } from "./per-entry";
import { compareEnglish } from "../util/compare-english";

/** What a figures table shows of an article besides its figures. */
export const FIGURE_ROW_FIELDS: readonly EntryField[] = ["figures", "url", "title", "date", "company"];

export interface FigureRow {
  figure: FigureFact;
  entry: Entry;
  /** Position of the figure in `entry.figures`. */
  index: number;
  normalised: NormalisedFigure;
  quantity: string;
}

// An article's figures are listed on each of its term pages and on the figures page: worked out once per entry.
const rowsOf = perEntry((_config: SiteConfig, entry: Entry): FigureRow[] =>
  entry.figures.map((figure, index) => {
    const normalised = normaliseFigure(figure);
    return { figure, entry, index, normalised, quantity: quantityLabel(normalised) };
  }),
);

/**
 * Every figure of the given articles, grouped by quantity (like with like), largest first within each.
 * `ownOnly`: a company's or a city's page sums up the deals' and the companies' figures; context figures (a
 * market's, a region's, another company's) stay on their article.
 */
export function figureRows(config: SiteConfig, entries: Entry[], ownOnly = false): FigureRow[] {
  const rows = entries.flatMap((entry) => rowsOf(config, entry)).filter((row) => !ownOnly || row.figure.scope !== "context");
  // Array.prototype.sort is stable, so equal values keep the archive's newest-first order.
  return rows.sort((a, b) => compareEnglish(a.quantity, b.quantity) || b.normalised.value - a.normalised.value);
}

/** Figures per quantity label, for a short summary above the table. */
export function countByQuantity(rows: FigureRow[]): Array<[label: string, count: number]> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.quantity, (counts.get(row.quantity) ?? 0) + 1);
  return [...counts];
}

function source(figure: FigureFact): SafeHtml {
  if (figure.by === "editor") return html`<span class="by-editor">set by the editor</span>`;
  return figure.sentence ? html`<q class="source-sentence">${figure.sentence}</q>` : html`<span class="muted">no sentence recorded</span>`;
}

/**
 * The figures as one table. Cells carry `data-sort` where their text does not sort by itself, so that
 * public/sortable-table.js can sort in the browser; without the script the table reads in its built order.
 */
export function figuresTable(config: SiteConfig, rows: FigureRow[], options: { caption: string; showCompany: boolean }): SafeHtml {
  // Wide tables scroll sideways on phones; the scrolling box is focusable so keyboards can scroll it too.
  return html`<section class="table-scroll" tabindex="0" aria-label="${options.caption}">
<table class="figures figures-all" data-sortable>
<caption>${options.caption}</caption>
<thead><tr>
  <th scope="col">Quantity</th>
  <th scope="col">Value</th>
  <th scope="col">As written</th>
  <th scope="col">Article</th>
  ${options.showCompany ? html`<th scope="col">Company</th>
  ` : ""}<th scope="col">Source sentence</th>
</tr></thead>
<tbody>${rows.map((row) => rowsHtml(config, row.entry, options.showCompany)[row.index])}</tbody>
</table>
</section>`;
}

/** The table rows of an article's figures, in `entry.figures` order. */
const rowsHtml = perEntry((config: SiteConfig, entry: Entry, showCompany: boolean): SafeHtml[] =>
  rowsOf(config, entry).map(
    ({ figure, normalised, quantity }) => html`<tr>
  <td>${quantity}</td>
  <td class="num" data-sort="${normalised.value}">${normalised.display}</td>
  <td>${figure.text}</td>
  <td data-sort="${entry.date.year ?? 0}-${String(entry.date.month ?? 0).padStart(2, "0")}-${String(entry.date.day ?? 0).padStart(2, "0")}"><a href="${href(config, entry.url)}">${entry.title}</a><br>${dateTag(entry)}</td>
  ${showCompany ? html`<td>${entry.company.name ? termLink(config, "company", entry.company.name) : html`<span class="muted">not identified</span>`}</td>
  ` : ""}<td>${source(figure)}</td>
</tr>`,
  ),
);
