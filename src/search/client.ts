// Browser side of search: the query and facets live in the URL; results, facets and snippets are
// built from DOM nodes and text nodes only (never innerHTML), so stored text cannot become markup.
// No inline styles either (the page's CSP forbids them): visibility is the `hidden` attribute.
import type { StoredDoc } from "./build-index";
import { createSearchEngine, RESULTS_PER_PAGE } from "./engine";
import { emptySelection, FACET_KINDS, FACET_LABELS, facetOptions, filterHits, type FacetKind, type FacetTable } from "./facets";
import type { Hit } from "./rank";
import { highlight, snippet, type Segment } from "./snippet";
import { searchFromState, stateFromSearch, type SearchState } from "./url-state";

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = document.querySelector<HTMLInputElement>("#search-q")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const facetsBox = document.querySelector<HTMLElement>("#search-facets")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;
const more = document.querySelector<HTMLButtonElement>("#search-more")!;
const empty = document.querySelector<HTMLElement>("#search-empty")!;
const pageTitle = document.title;

const engine = createSearchEngine(async (path) => {
  const response = await fetch(form.dataset.searchBase + path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
});

let state: SearchState = stateFromSearch(location.search);
let shown: { hits: Hit[]; run: number } = { hits: [], run: 0 };
let runs = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function segmentNodes(segments: Segment[]): Node[] {
  return segments.map((s) => (s.marked ? el("mark", s.text) : document.createTextNode(s.text)));
}

function resultItem(doc: StoredDoc, terms: string[]): HTMLLIElement {
  const link = el("a");
  link.href = doc.url;
  link.append(...segmentNodes(highlight(doc.title, terms)));
  const title = el("h2", undefined, "entry-title");
  title.append(link);
  const meta = el("p", [doc.date, doc.company, doc.city].filter(Boolean).join(" · "), "entry-meta");
  const text = el("p", undefined, "search-snippet");
  text.append(...segmentNodes(snippet(doc.text, terms)));
  const item = el("li", undefined, "search-result");
  item.append(title, meta, text);
  return item;
}

/** The facet fieldsets for these hits, built off the page (nothing is laid out until they are put in). */
function facetSets(hits: Hit[], table: FacetTable): HTMLFieldSetElement[] {
  return FACET_KINDS.map((kind) => ({ kind, options: facetOptions(hits, table, state.facets, kind) }))
    .filter((g) => g.options.length > 0)
    .map(({ kind, options }) => {
      const set = el("fieldset", undefined, "search-facet");
      set.append(el("legend", FACET_LABELS[kind]));
      for (const option of options) {
        const box = el("input");
        box.type = "checkbox";
        box.name = kind;
        box.value = option.value;
        box.checked = option.selected;
        const label = el("label");
        label.append(box, ` ${option.label} `, el("span", `(${option.count})`, "count"));
        set.append(label);
      }
      return set;
    });
}

function showFacets(sets: HTMLFieldSetElement[]): void {
  const focused = document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement) ? document.activeElement : null;
  facetsBox.replaceChildren(...sets);
  facetsBox.hidden = sets.length === 0;
  // Re-rendering replaces the checkboxes; keep keyboard focus on the one that was just toggled.
  if (focused) facetsBox.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`)?.focus();
}

function countText(total: number): string {
  const narrowed = FACET_KINDS.flatMap((kind) => state.facets[kind]).length > 0 ? ", narrowed by your choices" : "";
  const found = total === 0 ? "No articles found" : `${total} ${total === 1 ? "article" : "articles"} found`;
  return `${found} for “${state.query.trim()}”${narrowed}.`;
}

/** A page of results from `start`: the hits and their result items, built off the page. */
async function pageItems(hits: Hit[], start: number): Promise<HTMLLIElement[]> {
  const page = hits.slice(start, start + RESULTS_PER_PAGE);
  const docs = await engine.docs(page.map((hit) => hit.ref));
  return docs.map((doc, i) => resultItem(doc, page[i].terms));
}

function updateMore(): void {
  const left = shown.hits.length - list.children.length;
  more.hidden = left <= 0;
  more.textContent = `Show ${Math.min(left, RESULTS_PER_PAGE)} more of ${left} remaining`;
}

async function appendPage(run: number): Promise<void> {
  const items = await pageItems(shown.hits, list.children.length);
  if (run !== runs) return;
  list.append(...items);
  updateMore();
}

function clear(message: string, isError = false): void {
  list.replaceChildren();
  facetsBox.replaceChildren();
  facetsBox.hidden = true;
  more.hidden = true;
  empty.hidden = true;
  status.classList.toggle("search-error", isError);
  status.textContent = message;
}

async function show(): Promise<void> {
  const run = ++runs;
  input.value = state.query;
  document.title = state.query.trim() ? `${state.query.trim()} · ${pageTitle}` : pageTitle;
  if (!state.query.trim()) return clear("Type a company, city, partner or any word.");
  list.setAttribute("aria-busy", "true");
  const started = performance.now();
  try {
    const outcome = await engine.search(state.query);
    if (run !== runs) return;
    if (!outcome.ok) return clear(outcome.message, true);
    // Timings for the benchmark (bench/browser-search.ts): ranked results known, then on screen.
    performance.measure("search-answered", { start: started });
    const table = outcome.facets;
    const hits = filterHits(outcome.hits, table, state.facets);
    const first = pageItems(hits, 0);
    // While the first page's files come: the facets, off the page. Then everything changes at once,
    // so the page is laid out once, with the earlier results on screen until then.
    const sets = facetSets(outcome.hits, table);
    const items = await first;
    if (run !== runs) return;
    shown = { hits, run };
    list.replaceChildren(...items);
    showFacets(sets);
    updateMore();
    empty.hidden = shown.hits.length > 0;
    status.classList.remove("search-error");
    status.textContent = countText(shown.hits.length);
    performance.measure("search-shown", { start: started });
  } catch (error) {
    if (run === runs) clear(`The search index could not be loaded (${(error as Error).message}). The lists below still lead to every article.`, true);
  } finally {
    if (run === runs) list.removeAttribute("aria-busy");
  }
}

/** Results follow the typing once the reader pauses this long (each keystroke would be a search otherwise). */
const LIVE_DELAY_MS = 300;
let liveTimer: ReturnType<typeof setTimeout> | undefined;
// While the reader types, one history entry follows the query (replaced, not pushed at every pause),
// so that Back leaves the typing at once, to the search before it.
let typingEntry = false;

function go(next: SearchState, replace = false): void {
  state = next;
  if (replace) history.replaceState(null, "", searchFromState(state));
  else history.pushState(null, "", searchFromState(state));
  void show();
}

// What every search needs (the manifest and the facets, ~90 KB at 10,000 articles) is fetched as the page
// opens: a reader takes longer to type the first query than it takes to come, one round trip less for it.
engine.prepare();
// While the reader types, the shard of each word typed so far that needs only one (engine.prefetch):
// the search after Enter finds it fetched or on its way.
input.addEventListener("input", () => {
  engine.prefetch(input.value);
  clearTimeout(liveTimer);
  liveTimer = setTimeout(() => {
    if (input.value === state.query) return;
    go({ query: input.value, facets: emptySelection() }, typingEntry);
    typingEntry = true;
  }, LIVE_DELAY_MS);
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(liveTimer);
  go({ query: input.value, facets: emptySelection() }, typingEntry);
  typingEntry = false;
});

facetsBox.addEventListener("change", () => {
  const facets = Object.fromEntries(
    FACET_KINDS.map((kind) => [kind, [...facetsBox.querySelectorAll<HTMLInputElement>(`input[name="${kind}"]:checked`)].map((b) => b.value)]),
  ) as Record<FacetKind, string[]>;
  typingEntry = false;
  go({ query: state.query, facets });
});

more.addEventListener("click", async () => {
  const first = list.children.length;
  await appendPage(shown.run);
  // The button may now be hidden: keep keyboard focus on the first newly shown result.
  list.children[first]?.querySelector("a")?.focus();
});

window.addEventListener("popstate", () => {
  clearTimeout(liveTimer);
  typingEntry = false;
  state = stateFromSearch(location.search);
  void show();
});

// The search page is for typing: the field has the focus as it opens.
input.focus();
void show();
