// The main thread's side of the search worker (search-worker.ts): one worker at a time, one job at a
// time; a watching process keeps it, and each job sends only the articles it does not hold from the job before.
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { SiteConfig } from "../settings/config";
import { startWorkers, workerBundle } from "../util/worker-bundle";
import type { IndexedArticle } from "./build-index";
import type { SearchJob, SearchReply } from "./search-worker";

const SOURCE = fileURLToPath(new URL("./search-worker.ts", import.meta.url));

let worker: Promise<Worker> | null = null;
/** Versions the worker holds (as of its last job that succeeded). */
let held = new Set<string>();
let queue: Promise<unknown> = Promise.resolve();

/** The version of what the search thread makes of its articles: the digest of its bundle (every module it runs). */
export const searchCodeVersion = async (): Promise<string> => (await workerBundle(SOURCE)).digest;

function searchWorker(): Promise<Worker> {
  worker ??= startWorkers(SOURCE, () => 1).then(([w]) => {
    w.unref(); // an idle worker does not keep a finished build's process alive
    w.on("error", () => ((worker = null), (held = new Set())));
    return w;
  });
  return worker;
}

function searchJob(output: string, config: SiteConfig, order: string[], keep: boolean, articles: Array<IndexedArticle & { version: string }>): SearchJob {
  return { output, config, order, keep, fresh: articles.filter((a) => !held.has(a.version)).map(({ version, entry, fields, text }) => [version, { entry, fields, text }]) };
}

/**
 * Build the search files of `articles` (each with its entry's version) and write them under `output`,
 * on another thread. `keep`: a watching process, whose next job sends only the articles that changed.
 * Resolves with the number of files written, every file of the index and the export, and the seconds the worker took.
 */
export function writeSearchFilesAside(
  output: string,
  config: SiteConfig,
  articles: Array<IndexedArticle & { version: string }>,
  keep: boolean,
): Promise<{ written: number; files: string[]; seconds: number }> {
  const order = articles.map((a) => a.version);
  // The articles' texts are the worker's once sent: not held here while it works (and the pages are rendered).
  let toSend: typeof articles | null = articles;
  const job = queue.then(async () => {
    const w = await searchWorker();
    const reply = await new Promise<SearchReply>((resolve, reject) => {
      const onExit = (code: number) => reject(new Error(`the search worker stopped (exit code ${code})`));
      w.once("exit", onExit);
      w.once("message", (r: SearchReply) => (w.off("exit", onExit), resolve(r)));
      w.ref(); // kept alive while it works
      w.postMessage(searchJob(output, config, order, keep, toSend!));
      toSend = null;
    }).finally(() => w.unref());
    held = reply.ok && keep ? new Set(order) : new Set();
    // A one-off build's worker ends with its job: its heap, grown to index every article, goes with it.
    if (!keep) {
      worker = null;
      await w.terminate();
    }
    if (!reply.ok) throw new Error(`search files: ${reply.message}`);
    return { written: reply.written, files: reply.files, seconds: reply.seconds };
  });
  queue = job.catch(() => {});
  return job;
}
