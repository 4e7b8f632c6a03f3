// Facets (company, city, year) that narrow a result list. The table is small enough to ship whole
// (`facets.json`, three small numbers per article), so counts cover every result, not just the
// ones on screen.
import type { Hit } from "./rank";
import { compareEnglish } from "../util/compare-english";

export type FacetKind = "company" | "city" | "year";
export const FACET_KINDS: readonly FacetKind[] = ["company", "city", "year"];
export const FACET_LABELS: Readonly<Record<FacetKind, string>> = { company: "Company", city: "City", year: "Year" };

export interface FacetValue {
  /** Stable key used in the URL ("nio", "2021"). */
  value: string;
  label: string;
}

export interface FacetTable {
  values: Record<FacetKind, FacetValue[]>;
  /** Per facet, per document: the position of its value in `values`, -1 when unknown. */
  columns: Record<FacetKind, number[]>;
}

export type FacetSelection = Record<FacetKind, string[]>;

export interface FacetOption extends FacetValue {
  count: number;
  selected: boolean;
}

export function emptySelection(): FacetSelection {
  return { company: [], city: [], year: [] };
}

/** Per facet with a selection (other than `except`), which positions of `values` are selected. */
function selectedPositions(table: FacetTable, selection: FacetSelection, except?: FacetKind): Array<[number[], Set<number>]> {
  return FACET_KINDS.filter((kind) => kind !== except && selection[kind].length > 0).map((kind) => {
    const chosen = new Set<number>();
    table.values[kind].forEach((v, i) => {
      if (selection[kind].includes(v.value)) chosen.add(i);
    });
    return [table.columns[kind], chosen];
  });
}

function passes(ref: number, selected: Array<[number[], Set<number>]>): boolean {
  for (const [column, chosen] of selected) if (!chosen.has(column[ref] ?? -1)) return false;
  return true;
}

/** Hits that have one of the selected values of every facet with a selection. */
export function filterHits(hits: Hit[], table: FacetTable, selection: FacetSelection): Hit[] {
  const selected = selectedPositions(table, selection);
  return selected.length === 0 ? hits.slice() : hits.filter((hit) => passes(hit.ref, selected));
}

/**
 * Options of one facet with how many hits each would give, counted with the other facets' selection
 * applied, so ticking a second value of the same facet widens and the counts say by how much.
 * Selected values are kept even at zero, so they can be unticked.
 */
export function facetOptions(hits: Hit[], table: FacetTable, selection: FacetSelection, kind: FacetKind): FacetOption[] {
  const selected = selectedPositions(table, selection, kind);
  const column = table.columns[kind];
  const counts = new Array<number>(table.values[kind].length).fill(0);
  for (const hit of hits) {
    const position = column[hit.ref] ?? -1;
    if (position >= 0 && passes(hit.ref, selected)) counts[position]++;
  }
  return table.values[kind]
    .map((v, i) => ({ ...v, count: counts[i], selected: selection[kind].includes(v.value) }))
    .filter((option) => option.count > 0 || option.selected)
    .sort((a, b) => (kind === "year" ? Number(b.value) - Number(a.value) : b.count - a.count || compareEnglish(a.label, b.label)));
}
