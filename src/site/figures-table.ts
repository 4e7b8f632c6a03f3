import type { Entry, FigureFact } from "../entry";
import { dateTag, termLink } from "./components";
import { href, type SiteConfig } from "../settings/config";
import { comparableFigure, type ComparableFigure, type FigureKind } from "./figure-kinds";
import { html, type SafeHtml } from "./html";
import type { EntryField } from "./page-inputs";
import { perEntry } from "./per-entry";

/** What a figures table shows of an article besides its figures. */
export const FIGURE_ROW_FIELDS: readonly EntryField[] = ["figures", "url", "title", "date", "company"];

export interface FigureRow {
  figure: FigureFact;
  entry: Entry;
  /** Position of the figure in `entry.figures`. */
  index: number;
  comparable: ComparableFigure;
}

// An article's figures are listed on each of its term pages and on the figures pages: worked out once per entry.
const rowsOf = perEntry((_config: SiteConfig, entry: Entry): FigureRow[] =>
  entry.figures.map((figure, index) => ({ figure, entry, index, comparable: comparableFigure(figure) })),
);

/**
 * Every figure of the given articles, in the articles' order.
 * `ownOnly`: a company's or a city's page sums up the deals' and the companies' figures; context figures (a
 * market's, a region's, another company's) stay on their article.
 */
export function figureRows(config: SiteConfig, entries: Entry[], ownOnly = false): FigureRow[] {
  return entries.flatMap((entry) => rowsOf(config, entry)).filter((row) => !ownOnly || row.figure.scope !== "context");
}

/** Rows by kind of quantity, most figures first; within a kind largest first (equal values keep the archive's newest-first order). */
export function figuresByKind(rows: FigureRow[]): Array<{ kind: FigureKind; rows: FigureRow[] }> {
  const kinds = new Map<FigureKind, FigureRow[]>();
  for (const row of rows) {
    const list = kinds.get(row.comparable.kind);
    if (list) list.push(row);
    else kinds.set(row.comparable.kind, [row]);
  }
  return [...kinds]
    .map(([kind, list]) => ({ kind, rows: list.sort((a, b) => b.comparable.value - a.comparable.value) }))
    .sort((a, b) => b.rows.length - a.rows.length || (a.kind.label < b.kind.label ? -1 : 1));
}

/** The figure's value in its kind's unit, with the value as stated beside a converted one. */
export function figureValue(row: FigureRow): SafeHtml {
  const { display, stated } = row.comparable;
  return html`<span class="figure-value">${display}</span>${stated ? html` <span class="figure-stated">(${stated})</span>` : ""}`;
}

function source(figure: FigureFact): SafeHtml {
  if (figure.by === "editor") return html`<span class="by-editor">set by the editor</span>`;
  return figure.sentence
    ? html`<details class="source"><summary>Source sentence</summary><q class="source-sentence">${figure.sentence}</q></details>`
    : html`<span class="muted">no sentence recorded</span>`;
}

/**
 * Figures as a table; on a phone each row is a stacked card (value, as written, article), the source
 * sentence behind a <details>. Cells carry `data-sort` where their text does not sort by itself
 * (public/sortable-table.js sorts the rows of the page in the browser) and `data-label` for the cards.
 */
export function figuresTable(config: SiteConfig, rows: FigureRow[], options: { caption: string; showCompany: boolean; showKind?: boolean }): SafeHtml {
  const variant = `${options.showCompany ? "c" : ""}${options.showKind ? "k" : ""}`;
  return html`<table class="figures figures-all" data-sortable>
<caption>${options.caption}</caption>
<thead><tr>
  ${options.showKind ? html`<th scope="col">Kind</th>
  ` : ""}<th scope="col">Value</th>
  <th scope="col">As written</th>
  <th scope="col">Article</th>
  ${options.showCompany ? html`<th scope="col">Company</th>
  ` : ""}<th scope="col">Source</th>
</tr></thead>
<tbody>${rows.map((row) => rowsHtml(config, row.entry, variant)[row.index])}</tbody>
</table>`;
}

/** The table rows of an article's figures, in `entry.figures` order. */
const rowsHtml = perEntry((config: SiteConfig, entry: Entry, variant: string): SafeHtml[] =>
  rowsOf(config, entry).map(
    (row) => html`<tr>
  ${variant.includes("k") ? html`<td data-label="Kind">${row.comparable.kind.label}</td>
  ` : ""}<td class="num" data-label="Value" data-sort="${row.comparable.value}">${figureValue(row)}</td>
  <td data-label="As written">${row.figure.text}</td>
  <td data-label="Article" data-sort="${entry.date.year ?? 0}-${String(entry.date.month ?? 0).padStart(2, "0")}-${String(entry.date.day ?? 0).padStart(2, "0")}"><a href="${href(config, entry.url)}">${entry.title}</a><br>${dateTag(entry)}</td>
  ${variant.includes("c") ? html`<td data-label="Company">${entry.company.name ? termLink(config, "company", entry.company.name) : html`<span class="muted">not identified</span>`}</td>
  ` : ""}<td data-label="Source">${source(row.figure)}</td>
</tr>`,
  ),
);
