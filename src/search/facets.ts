// Facets (company, city, year) that narrow a result list. The table is small enough to ship whole
// (`facets.json`, three small numbers per article), so counts cover every result, not just the
// ones on screen.
import type { Hit } from "./rank";

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

function valueOf(table: FacetTable, ref: number, kind: FacetKind): string | null {
  const position = table.columns[kind][ref] ?? -1;
  return position >= 0 ? table.values[kind][position].value : null;
}

function passes(table: FacetTable, ref: number, selection: FacetSelection, except?: FacetKind): boolean {
  return FACET_KINDS.every((kind) => {
    if (kind === except || selection[kind].length === 0) return true;
    const value = valueOf(table, ref, kind);
    return value !== null && selection[kind].includes(value);
  });
}

/** Hits that have one of the selected values of every facet with a selection. */
export function filterHits(hits: Hit[], table: FacetTable, selection: FacetSelection): Hit[] {
  return hits.filter((hit) => passes(table, hit.ref, selection));
}

/**
 * Options of one facet with how many hits each would give, counted with the other facets' selection
 * applied, so ticking a second value of the same facet widens and the counts say by how much.
 * Selected values are kept even at zero, so they can be unticked.
 */
export function facetOptions(hits: Hit[], table: FacetTable, selection: FacetSelection, kind: FacetKind): FacetOption[] {
  const counts = new Map<string, number>();
  for (const hit of hits) {
    if (!passes(table, hit.ref, selection, kind)) continue;
    const value = valueOf(table, hit.ref, kind);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return table.values[kind]
    .filter((v) => counts.has(v.value) || selection[kind].includes(v.value))
    .map((v) => ({ ...v, count: counts.get(v.value) ?? 0, selected: selection[kind].includes(v.value) }))
    .sort((a, b) => (kind === "year" ? Number(b.value) - Number(a.value) : b.count - a.count || a.label.localeCompare(b.label, "en")));
}
