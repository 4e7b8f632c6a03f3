import type { Entry, FigureFact } from "../entry";
import { dateTag, termLink } from "./components";
import { href, type SiteConfig } from "./config";
import { normaliseFigure, quantityLabel, type NormalisedFigure } from "./figure-units";
import { html, type SafeHtml } from "./html";

export interface FigureRow {
  figure: FigureFact;
  entry: Entry;
  normalised: NormalisedFigure;
  quantity: string;
}

/** Every figure of the given articles, grouped by quantity (like with like), largest first within each. */
export function figureRows(entries: Entry[]): FigureRow[] {
  const rows = entries.flatMap((entry) =>
    entry.figures.map((figure) => {
      const normalised = normaliseFigure(figure);
      return { figure, entry, normalised, quantity: quantityLabel(normalised) };
    }),
  );
  // Array.prototype.sort is stable, so equal values keep the archive's newest-first order.
  return rows.sort((a, b) => a.quantity.localeCompare(b.quantity, "en") || b.normalised.value - a.normalised.value);
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
<tbody>${rows.map(
    ({ figure, entry, normalised, quantity }) => html`<tr>
  <td>${quantity}</td>
  <td class="num" data-sort="${normalised.value}">${normalised.display}</td>
  <td>${figure.text}</td>
  <td data-sort="${entry.date.year ?? 0}-${String(entry.date.month ?? 0).padStart(2, "0")}-${String(entry.date.day ?? 0).padStart(2, "0")}"><a href="${href(config, entry.url)}">${entry.title}</a><br>${dateTag(entry)}</td>
  ${options.showCompany ? html`<td>${entry.company.name ? termLink(config, "company", entry.company.name) : html`<span class="muted">not identified</span>`}</td>
  ` : ""}<td>${source(figure)}</td>
</tr>`,
  )}</tbody>
</table>
</section>`;
}
