// A worker thread that builds and writes the search files, and the open-data export of the same entries,
// while the main thread renders the pages. It keeps the articles of its last job, so a watching process
// sends only the articles that changed.
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { writeEntriesExport } from "../archive/entries-export";
import { href, type SiteConfig } from "../settings/config";
import { buildSearchFiles, type IndexedArticle } from "./build-index";
import { writeSearchFiles } from "./write-search-files";

export type SearchJob = {
  output: string;
  config: SiteConfig;
  /** The archive's articles in order, by version. */
  order: string[];
  /** The articles of `order` this worker does not hold yet. */
  fresh: Array<[version: string, article: IndexedArticle]>;
};
/** `seconds`: the job's wall time on the worker's own clock (the main thread may read the reply late). */
export type SearchReply = { ok: true; written: number; seconds: number } | { ok: false; message: string };

let held = new Map<string, IndexedArticle>();

parentPort?.on("message", async ({ output, config, order, fresh }: SearchJob) => {
  let reply: SearchReply;
  const started = performance.now();
  try {
    for (const [version, article] of fresh) held.set(version, article);
    const articles = order.map((version) => held.get(version)!);
    held = new Map(order.map((version, i) => [version, articles[i]]));
    const written = await writeSearchFiles(output, buildSearchFiles(articles, (url) => href(config, url)));
    await writeEntriesExport(path.join(output, "entries.json"), articles.map((a) => a.entry));
    reply = { ok: true, written: written + 1, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    held = new Map(); // the main thread sends everything again
    reply = { ok: false, message: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
