// Extraction on every core: the main thread and, when the job is long, worker threads take batches of
// documents from one queue. The main thread starts at once; a long job starts the workers at once too,
// a shorter one only when the main thread's pace says the rest would take longer than a worker costs.
// Workers run the extractor bundled into one file (src/util/worker-bundle.ts).
import os from "node:os";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import type { RawDocument } from "../entry";
import { startWorkers } from "../util/worker-bundle";
import { prepareArticle, type PreparedArticle } from "./prepare-article";
import type { BatchReply, BatchRequest } from "./extract-worker";

const BATCH_SIZE = 20;
/** Jobs this long start workers at once: one thread would need over a second for them. */
const WORKERS_AT_ONCE = 500;
/** Otherwise start workers when the main thread alone would need longer than this for the rest. */
const WORKERS_WORTH_MS = 1000;
/** Batches a worker holds at a time: the one it extracts and the next. */
const WORKER_BATCHES_AHEAD = 2;
/** Batches the main thread extracts before judging its pace (the first one includes warming up). */
const PACE_BATCHES = 3;

/** The worker module; its bundle's digest is also the extraction cache's version. */
export const EXTRACT_WORKER = fileURLToPath(new URL("./extract-worker.ts", import.meta.url));

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

  const workers: Array<{ worker: Worker; holding: number }> = [];
  let started = false;
  let closed = false; // set once the job is over: workers whose code arrives later are not started
  const startWorkers = async () => {
    if (started) return;
    started = true;
    const spawned = await spawnWorkers(() => (closed ? 0 : Math.min(threads - 1, batches.length - next))).catch(fail);
    for (const worker of spawned ?? []) {
      const state = { worker, holding: 0 };
      const send = () => {
        if (next >= batches.length) return void (state.holding === 0 && worker.terminate());
        state.holding++;
        const request: BatchRequest = { batch: next, documents: batches[next++] };
        worker.postMessage(request);
      };
      worker.on("message", ({ batch, results: batchResults }: BatchReply) => {
        state.holding--;
        complete(batch, batchResults);
        send();
      });
      worker.on("error", fail);
      // Stopped by us when the queue is empty, or died holding a batch: only the second is an error.
      worker.on("exit", (code) => state.holding > 0 && fail(new Error(`an extraction worker stopped (exit code ${code})`)));
      workers.push(state);
      // Sent at once (they wait for the worker to load) and kept ahead: the main thread hands out the
      // next batch only between its own batches, so a worker with one batch would wait for it.
      for (let i = 0; i < WORKER_BATCHES_AHEAD; i++) send();
    }
  };

  try {
    // Waiting for the workers' code costs little: found in the cache folder in milliseconds, or built
    // once after the extractor changed, in a fraction of a second (slower to build while extracting).
    if (threads > 1 && documents.length >= WORKERS_AT_ONCE) await startWorkers();
    let paceFrom = 0;
    for (let extracted = 0; next < batches.length; extracted++) {
      if (extracted === 1) paceFrom = performance.now();
      if (extracted === PACE_BATCHES && threads > 1) {
        const msPerBatch = (performance.now() - paceFrom) / (PACE_BATCHES - 1);
        if (msPerBatch * (batches.length - next) > WORKERS_WORTH_MS) void startWorkers();
      }
      const batch = next++;
      complete(batch, batches[batch].map(prepareArticle));
      await new Promise((resolve) => setImmediate(resolve)); // let worker replies in between batches
    }
    // Workers still loading, or idle, are not needed any more; those holding a batch finish it.
    for (const w of workers) if (w.holding === 0) void w.worker.terminate();
    if (batches.length > 0) await done;
  } finally {
    closed = true;
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
  return results.flat();
}

/** Workers running the bundled extractor; `count` is asked once the code is ready. */
const spawnWorkers = (count: () => number): Promise<Worker[]> => startWorkers(EXTRACT_WORKER, count);
