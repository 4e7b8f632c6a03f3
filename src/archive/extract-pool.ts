// Extraction on every core: a pool of worker threads, each running the extractor on batches of documents.
// Small jobs stay on the main thread, where they finish before a worker would have loaded.
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { RawDocument } from "../entry";
import { extractSafely, type ExtractionResult } from "./extract-safely";
import type { BatchReply, BatchRequest } from "./extract-worker";

/** Below this many documents, starting workers (about a second each: tsx + the extractor's data) costs more than it saves. */
export const MIN_DOCUMENTS_FOR_WORKERS = 200;
const BATCH_SIZE = 20;

// Workers do not inherit tsx's module hooks on Node 20, so each worker registers them before loading the .ts module.
const BOOT = `
const { workerData } = require("node:worker_threads");
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.module); });
`;

export type PoolOptions = {
  /** Number of worker threads; defaults to the cores available (EV_WORKERS overrides). */
  workers?: number;
  /** Called as documents finish, with how many finished. */
  onDone?: (count: number) => void;
};

export function defaultWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.EV_WORKERS);
  return Number.isInteger(asked) && asked >= 1 ? asked : os.availableParallelism();
}

/** Extract every document; results come back in the documents' order. */
export async function extractAll(documents: RawDocument[], options: PoolOptions = {}): Promise<ExtractionResult[]> {
  const { workers = defaultWorkerCount(), onDone = () => {} } = options;
  if (workers <= 1 || documents.length < MIN_DOCUMENTS_FOR_WORKERS) {
    return documents.map((doc) => {
      const result = extractSafely(doc);
      onDone(1);
      return result;
    });
  }
  return extractInWorkers(documents, Math.min(workers, Math.ceil(documents.length / BATCH_SIZE)), onDone);
}

function extractInWorkers(documents: RawDocument[], workerCount: number, onDone: (count: number) => void): Promise<ExtractionResult[]> {
  const batches: RawDocument[][] = [];
  for (let i = 0; i < documents.length; i += BATCH_SIZE) batches.push(documents.slice(i, i + BATCH_SIZE));
  const results: ExtractionResult[][] = new Array(batches.length);
  const workerData = {
    tsx: import.meta.resolve("tsx/esm/api"),
    module: new URL("./extract-worker.ts", import.meta.url).href,
  };
  const pool = Array.from({ length: workerCount }, () => new Worker(BOOT, { eval: true, workerData }));
  let next = 0;
  let finished = 0;

  return new Promise<ExtractionResult[]>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      void Promise.all(pool.map((w) => w.terminate())).then(finish);
    };
    const send = (worker: Worker) => {
      if (next >= batches.length) return;
      const request: BatchRequest = { batch: next, documents: batches[next++] };
      worker.postMessage(request);
    };
    for (const worker of pool) {
      worker.on("message", ({ batch, results: batchResults }: BatchReply) => {
        results[batch] = batchResults;
        onDone(batchResults.length);
        if (++finished === batches.length) settle(() => resolve(results.flat()));
        else send(worker);
      });
      worker.on("error", (error) => settle(() => reject(error)));
      worker.on("exit", (code) => settle(() => reject(new Error(`an extraction worker stopped (exit code ${code})`))));
      send(worker);
    }
  });
}
