// Extraction on every core. A short job runs on the main thread (starting workers costs more than it
// saves); a long one in a tinypool pool of worker threads running the extractor bundled into one file
// (src/util/worker-bundle.ts), batches in, results out in the documents' order.
import os from "node:os";
import { fileURLToPath } from "node:url";
import Tinypool from "tinypool";
import type { RawDocument } from "../entry";
import { workerBundle } from "../util/worker-bundle";
import { prepareArticle, type PreparedArticle } from "./prepare-article";

const BATCH_SIZE = 20;
/** Jobs this long go to the workers: one thread would need about a second for them. */
const WORKERS_FROM = 500;

/** The worker module; its bundle's digest is also the extraction cache's version. */
export const EXTRACT_WORKER = fileURLToPath(new URL("./extract-worker.ts", import.meta.url));

export type PoolOptions = {
  /** Threads extracting; defaults to the cores available (EV_EXTRACT_THREADS overrides). */
  threads?: number;
  /** Called as documents finish, with how many finished. */
  onDone?: (count: number) => void;
};

export function defaultThreadCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.EV_EXTRACT_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? asked : os.availableParallelism();
}

/** Extract (and prepare) every document; results come back in the documents' order. */
export async function extractAll(documents: RawDocument[], options: PoolOptions = {}): Promise<PreparedArticle[]> {
  const { threads = defaultThreadCount(), onDone = () => {} } = options;
  const batches: RawDocument[][] = [];
  for (let i = 0; i < documents.length; i += BATCH_SIZE) batches.push(documents.slice(i, i + BATCH_SIZE));
  if (threads <= 1 || documents.length < WORKERS_FROM) {
    const results: PreparedArticle[] = [];
    for (const batch of batches) {
      results.push(...batch.map(prepareArticle));
      onDone(batch.length);
      await new Promise((resolve) => setImmediate(resolve)); // progress is drawn between batches
    }
    return results;
  }
  const { file } = await workerBundle(EXTRACT_WORKER);
  const pool = new Tinypool({ filename: file, minThreads: threads, maxThreads: threads });
  try {
    const results = await Promise.all(
      batches.map(async (batch) => {
        const prepared = (await pool.run(batch)) as PreparedArticle[];
        onDone(prepared.length);
        return prepared;
      }),
    );
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
