// Every HTML page small and quick: the largest page of a built site, and the load time (load event,
// Chromium, local server) of the pages most likely to be slowest: the largest ones by bytes, plus the
// largest page of every kind (the first two folders of its path, digits alike), since a page's weight is
// mostly its HTML. Every page is not timed: at 16,000 pages that would take the bench longer than the build.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { launchBrowser } from "../tests/support/browser";
import { serveFolder } from "../tests/support/server";

export type PageLoads = { largestPage: string; largestPageBytes: number; slowestPage: string; slowestPageMs: number; pagesTimed: number };

/** Site-relative URLs of every HTML page ("companies/nio/") with its size, largest first. */
async function pagesBySize(site: string): Promise<Array<{ rel: string; bytes: number }>> {
  const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith(".html"));
  const sized = await Promise.all(files.map(async (f) => ({ rel: f.replace(/index\.html$/, ""), bytes: (await stat(path.join(site, f))).size })));
  return sized.sort((a, b) => b.bytes - a.bytes);
}

export const LARGEST_TIMED = 40;

export async function measurePageLoads(site: string, largest = LARGEST_TIMED): Promise<PageLoads> {
  const pages = await pagesBySize(site);
  // The largest pages, and the largest of each kind (pages are sorted largest first).
  const kinds = new Map<string, string>();
  for (const { rel } of pages) {
    const shape = rel.split("/").slice(0, 2).join("/").replace(/\d+/g, "#");
    if (!kinds.has(shape)) kinds.set(shape, rel);
  }
  const chosen = [...new Set([...pages.slice(0, largest).map((p) => p.rel), ...kinds.values()])];
  const server = await serveFolder(site);
  const browser = await launchBrowser();
  let slowest = { rel: "", ms: 0 };
  try {
    const page = await browser.newPage();
    await page.goto(server.url); // warm up the browser
    for (const rel of chosen) {
      // A page that has not loaded in 30 s counts as 30 s (the site before pagination had such pages).
      const loaded = await page.goto(server.url + rel, { waitUntil: "load", timeout: 30_000 }).then(() => true, () => false);
      const ms = loaded ? await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd) : 30_000;
      if (ms > slowest.ms) slowest = { rel, ms };
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { largestPage: `/${pages[0]?.rel ?? ""}`, largestPageBytes: pages[0]?.bytes ?? 0, slowestPage: `/${slowest.rel}`, slowestPageMs: slowest.ms, pagesTimed: chosen.length };
}
