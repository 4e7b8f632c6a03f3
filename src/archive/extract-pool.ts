// Extraction on every core: the main thread and, when the job is long, worker threads take batches of
// documents from one queue. The main thread starts at once and measures its own pace; workers (about a
// second of CPU each to load tsx and the extractor's data) are started only when the work left would
// take longer than that, so short jobs never pay for them.
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { RawDocument } from "../entry";
import { prepareArticle, type PreparedArticle } from "./prepare-article";
import type { BatchReply, BatchRequest } from "./extract-worker";

const BATCH_SIZE = 20;
/** Start workers when the main thread alone would need longer than this for the rest. */
const WORKERS_WORTH_MS = 3000;
/** Batches the main thread extracts before judging its pace (the first one includes warming up). */
const PACE_BATCHES = 3;

// Workers do not inherit tsx's module hooks on Node 20, so each worker registers them before loading the .ts module.
const BOOT = `
const { workerData } = require("node:worker_threads");
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.module); });
`;

export type PoolOptions = {
  /** Threads extracting, the main one included; defaults to the cores available (EV_EXTRACT_THREADS overrides). */
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
  const results: PreparedArticle[][] = new Array(batches.length);
  let next = 0;
  let finished = 0;
  let allDone!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => ((allDone = resolve), (fail = reject)));
  done.catch(() => {}); // a failure is thrown where `done` is awaited, not reported as unhandled
  const complete = (batch: number, batchResults: PreparedArticle[]) => {
    results[batch] = batchResults;
    onDone(batchResults.length);
    if (++finished === batches.length) allDone();
  };

  const workers: Array<{ worker: Worker; holding: boolean }> = [];
  const startWorkers = () => {
    for (const worker of spawnWorkers(Math.min(threads - 1, batches.length - next))) {
      const state = { worker, holding: false };
      const send = () => {
        if (next >= batches.length) return void worker.terminate();
        state.holding = true;
        const request: BatchRequest = { batch: next, documents: batches[next++] };
        worker.postMessage(request);
      };
      worker.on("online", send);
      worker.on("message", ({ batch, results: batchResults }: BatchReply) => {
        state.holding = false;
        complete(batch, batchResults);
        send();
      });
      worker.on("error", fail);
      // Stopped by us when the queue is empty, or died holding a batch: only the second is an error.
      worker.on("exit", (code) => state.holding && fail(new Error(`an extraction worker stopped (exit code ${code})`)));
      workers.push(state);
    }
  };

  try {
    let paceFrom = 0;
    for (let extracted = 0; next < batches.length; extracted++) {
      if (extracted === 1) paceFrom = performance.now();
      if (extracted === PACE_BATCHES && threads > 1) {
        const msPerBatch = (performance.now() - paceFrom) / (PACE_BATCHES - 1);
        if (msPerBatch * (batches.length - next) > WORKERS_WORTH_MS) startWorkers();
      }
      const batch = next++;
      complete(batch, batches[batch].map(prepareArticle));
      await new Promise((resolve) => setImmediate(resolve)); // let worker replies in between batches
    }
    // Workers still loading, or idle, are not needed any more; those holding a batch finish it.
    for (const w of workers) if (!w.holding) void w.worker.terminate();
    if (batches.length > 0) await done;
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
  return results.flat();
}

function spawnWorkers(count: number): Worker[] {
  if (count <= 0) return [];
  const workerData = {
    tsx: import.meta.resolve("tsx/esm/api"),
    module: new URL("./extract-worker.ts", import.meta.url).href,
  };
  return Array.from({ length: count }, () => new Worker(BOOT, { eval: true, workerData }));
}
