// The search lives in the URL ("/search/?q=hefei&company=nio"), so results can be linked and the
// back button steps through earlier searches.
import { emptySelection, FACET_KINDS, type FacetSelection } from "./facets";

export interface SearchState {
  query: string;
  facets: FacetSelection;
}

export function stateFromSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const facets = emptySelection();
  for (const kind of FACET_KINDS) facets[kind] = [...new Set(params.getAll(kind).filter(Boolean))];
  return { query: params.get("q") ?? "", facets };
}

/** "?q=…&company=…": the query first, then each facet's values in a stable order. */
export function searchFromState(state: SearchState): string {
  const params = new URLSearchParams({ q: state.query });
  for (const kind of FACET_KINDS) for (const value of [...state.facets[kind]].sort()) params.append(kind, value);
  return `?${params}`;
}
