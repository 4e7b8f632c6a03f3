// A worker thread that builds and writes the search files, and the open-data export of the same entries,
// while the main thread renders the pages. For a watching process it keeps the articles of its last job,
// with their terms and export text, so the next job sends, counts and serialises only the articles that
// changed; after a one-off build's job it keeps nothing.
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { entryJson, updateEntriesExport, writeEntriesExport, type WrittenExport } from "../archive/entries-export";
import type { Entry } from "../entry";
import { href, type SiteConfig } from "../settings/config";
import { buildSearchFiles, SHARD_BYTES, termsOfArticle, type Counting, type IndexedArticle } from "./build-index";
import { LivePostings } from "./live-postings";
import type { ArticleTerms, FieldPostings } from "./postings";
import { termBytes } from "./shards";
import { writeSearchFiles } from "./write-search-files";
import { collectGarbage } from "../util/collect-garbage";

export type SearchJob = {
  output: string;
  config: SiteConfig;
  /** The archive's articles in order, by version. */
  order: string[];
  /** The articles of `order` this worker does not hold yet. */
  fresh: Array<[version: string, article: IndexedArticle]>;
  /** Keep the articles for the next job (a watching process), or let them go when this one is done. */
  keep: boolean;
};
/**
 * `files`: every file of the search index and the export (relative to the output folder), written or not;
 * `seconds`: the job's wall time on the worker's own clock (the main thread may read the reply late).
 */
export type SearchReply = { ok: true; written: number; files: string[]; seconds: number } | { ok: false; message: string };

const EXPORT_FILE = "entries.json";

let held = new Map<string, IndexedArticle>();
// Worked out once per article object, for as long as the worker holds that article.
const terms = new WeakMap<IndexedArticle, ArticleTerms>();
const exportText = new WeakMap<Entry, string>();
const keptTerms = (article: IndexedArticle) => terms.get(article) ?? terms.set(article, termsOfArticle(article)).get(article)!;
const keptJson = (entry: Entry) => exportText.get(entry) ?? exportText.set(entry, entryJson(entry)).get(entry)!;
// What a watching process last wrote to each export file: the next job rewrites it from the first entry that changed.
const exported = new Map<string, WrittenExport>();
// The postings, patched for the articles that changed; a term whose postings did not change keeps its size.
let live = new LivePostings(keptTerms);
const sizes = new WeakMap<FieldPostings, number>();
const keptCounting: Counting = {
  postingsOf: (articles) => live.update(articles),
  termBytes: (entry) => sizes.get(entry[1]) ?? sizes.set(entry[1], termBytes(entry)).get(entry[1])!,
};

/** The search files of `articles`, written; returns how many, and their names. The files' texts are not held past it. */
async function writeIndex(output: string, config: SiteConfig, articles: IndexedArticle[], keep: boolean): Promise<{ written: number; files: string[] }> {
  const files = buildSearchFiles(articles, (url) => href(config, url), SHARD_BYTES, keep ? keptCounting : undefined);
  return writeSearchFiles(output, files, keep);
}

parentPort?.on("message", async ({ output, config, order, fresh, keep }: SearchJob) => {
  let reply: SearchReply;
  const started = performance.now();
  try {
    for (const [version, article] of fresh) held.set(version, article);
    fresh = [];
    let articles: IndexedArticle[] | null = order.map((version) => held.get(version)!);
    held = keep ? new Map(order.map((version, i) => [version, articles![i]])) : new Map();
    const entries = articles.map((a) => a.entry);
    const { written, files } = await writeIndex(output, config, articles, keep);
    articles = null; // the export needs only the entries: the per-field search texts go (result texts stay, kept per entry by build-index.ts)
    // A one-off build's job runs beside the main thread's pages: what the index left is collected before the export.
    if (!keep) collectGarbage();
    const exportFile = path.join(output, EXPORT_FILE);
    if (keep) exported.set(exportFile, await updateEntriesExport(exportFile, entries, keptJson, exported.get(exportFile)));
    else await writeEntriesExport(exportFile, entries, entryJson);
    reply = { ok: true, written: written + 1, files: [...files, EXPORT_FILE], seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    held = new Map(); // the main thread sends everything again
    exported.clear();
    live = new LivePostings(keptTerms);
    reply = { ok: false, message: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
