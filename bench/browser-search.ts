// Search as a reader meets it: the built site served locally, the search page in Chromium, and what the
// first search costs (bytes over the wire, time to results) and how fast later queries answer.
import type { Page } from "playwright-core";
import { launchBrowser } from "../tests/support/browser";
import { serveFolder } from "../tests/support/server";

export type SearchMeasurement = {
  /** Bytes of every response from opening the search page to the first results (page, CSS, script and index data). */
  firstSearchBytes: number;
  /** Of those, the index data (JSON) alone. */
  firstSearchIndexBytes: number;
  /** From submitting the first (typed) query to its results on screen: the index parts not fetched while it was typed, and the results' files. */
  firstSearchMs: number;
  /** From submitting the first query to its ranked results known. */
  firstAnswerMs: number;
  /** Median time to results on screen of the later queries, the index parts they need possibly still to fetch. */
  medianQueryMs: number;
  /** Median time to ranked results of the later queries. */
  medianAnswerMs: number;
  queries: string[];
};

type QueryTimes = { shown: number; answered: number };

/** Time between keys as the bench types a query: a fast typist (most readers are slower, which only helps the page). */
const KEY_DELAY_MS = 50;

/**
 * Type a query as a reader does, key by key, submit it and wait until the status line reports its
 * results; the times are the client's own measures (src/search/client.ts) from the submit: ranked
 * results known, and results on screen.
 */
async function timeQuery(page: Page, query: string): Promise<QueryTimes> {
  const input = page.locator("#search-q");
  await input.fill("");
  await input.pressSequentially(query, { delay: KEY_DELAY_MS });
  return page.evaluate(
    (q) =>
      new Promise<QueryTimes>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>("#search-q")!;
        const form = document.querySelector<HTMLFormElement>("#search-form")!;
        const status = document.querySelector<HTMLElement>("#search-status")!;
        const observer = new MutationObserver(() => {
          if (status.classList.contains("search-error")) reject(new Error(`search for "${q}" failed: ${status.textContent}`));
          if (!(status.textContent ?? "").includes(q)) return;
          observer.disconnect();
          // (No helper function here: tsx would wrap it in a name helper the page does not have.)
          const [shown, answered] = ["search-shown", "search-answered"].map((name) => performance.getEntriesByName(name, "measure").at(-1)!.duration);
          resolve({ shown, answered });
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = q;
        form.requestSubmit();
      }),
    query,
  );
}

/** Body bytes of everything the page loaded so far, and of its JSON (the index data), from its own Resource Timing entries. */
function bytesLoaded(page: Page): Promise<{ all: number; json: number }> {
  return page.evaluate(() => {
    const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")] as PerformanceResourceTiming[];
    // (No named helper here: tsx would wrap it in a name helper the page does not have.)
    return entries.reduce(
      (total, e) => ({ all: total.all + e.decodedBodySize, json: total.json + (/\.json(\?|$)/.test(e.name) ? e.decodedBodySize : 0) }),
      { all: 0, json: 0 },
    );
  });
}

export async function measureSearch(siteDir: string, queries: string[]): Promise<SearchMeasurement> {
  const server = await serveFolder(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`, { waitUntil: "networkidle" });
    const [first, ...rest] = queries;
    const firstTimes = await timeQuery(page, first);
    await page.waitForLoadState("networkidle");
    // Counted by the page itself: reading response bodies back over the protocol would slow the page's own requests.
    const firstSearch = await bytesLoaded(page);
    const later: QueryTimes[] = [];
    for (const query of rest) later.push(await timeQuery(page, query));
    const median = (key: keyof QueryTimes) => {
      const sorted = later.map((t) => t[key]).sort((a, b) => a - b);
      return sorted.length ? sorted[Math.floor(sorted.length / 2)] : firstTimes[key];
    };
    return {
      firstSearchBytes: firstSearch.all,
      firstSearchIndexBytes: firstSearch.json,
      firstSearchMs: firstTimes.shown,
      firstAnswerMs: firstTimes.answered,
      medianQueryMs: median("shown"),
      medianAnswerMs: median("answered"),
      queries,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
