// Browser side of search: loads the prebuilt index, reads the query from the URL, renders results
// with DOM text nodes only (never innerHTML), so stored text cannot become markup.
import lunr from "lunr";
import type { SearchPayload, StoredResult } from "./build-index";
import { searchWords } from "./normalise";

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = document.querySelector<HTMLInputElement>("#search-q")!;
const list = document.querySelector<HTMLOListElement>("#search-results")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const indexUrl = form.dataset.searchIndex!;

let loaded: Promise<{ index: lunr.Index; store: StoredResult[] }> | null = null;
function load() {
  loaded ??= fetch(indexUrl)
    .then((r) => r.json() as Promise<SearchPayload>)
    .then((p) => ({ index: lunr.Index.load(p.index), store: p.store }));
  return loaded;
}

function run(index: lunr.Index, query: string): lunr.Index.Result[] {
  const words = searchWords(query);
  return index.query((q) => {
    for (const word of words) {
      q.term(word, { boost: 10 });
      q.term(word, { boost: 2, wildcard: lunr.Query.wildcard.TRAILING });
      if (word.length > 3) q.term(word, { boost: 1, editDistance: 1 });
    }
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function render(results: StoredResult[], query: string): void {
  list.replaceChildren(
    ...results.map((r) => {
      const li = el("li", undefined, "search-result");
      const a = el("a", r.title);
      a.href = r.url;
      const h = el("h2", undefined, "entry-title");
      h.append(a);
      const meta = el("p", [r.date, r.company, r.city].filter(Boolean).join(" · "), "entry-meta");
      li.append(h, meta, el("p", r.summary, "entry-summary"));
      return li;
    }),
  );
  status.textContent = query
    ? `${results.length} ${results.length === 1 ? "article" : "articles"} found for “${query}”.`
    : "Type a company, city or partner.";
}

async function search(query: string): Promise<void> {
  input.value = query;
  if (!query.trim()) return render([], "");
  const { index, store } = await load();
  try {
    render(run(index, query).map((r) => store[Number(r.ref)]), query);
  } catch (error) {
    list.replaceChildren();
    status.textContent = `That query could not be run (${(error as Error).message}). Try plain words.`;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = input.value;
  history.pushState(null, "", `?q=${encodeURIComponent(query)}`);
  void search(query);
});
window.addEventListener("popstate", () => void search(new URLSearchParams(location.search).get("q") ?? ""));
void search(new URLSearchParams(location.search).get("q") ?? "");
