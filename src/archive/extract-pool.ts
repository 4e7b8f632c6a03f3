// Extraction on every core: the main thread and, when the job is long, worker threads take batches of
// documents from one queue. The main thread starts at once; a long job starts the workers at once too,
// a shorter one only when the main thread's pace says the rest would take longer than a worker costs.
// Workers run the extractor bundled into one file (built with esbuild at first use and kept in the cache
// folder): loading it takes a few tens of milliseconds, where tsx compiling and resolving its ~570
// modules in each worker took most of a second of CPU.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Plugin } from "esbuild";
import type { RawDocument } from "../entry";
import { defaultCacheDir } from "./extraction-cache";
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

const WORKER_SOURCE = fileURLToPath(new URL("./extract-worker.ts", import.meta.url));
const POOL_SOURCE = fileURLToPath(import.meta.url);
const PROJECT = path.resolve(path.dirname(POOL_SOURCE), "../..");

// Without the bundle, workers load the .ts module through tsx; they do not inherit tsx's module hooks on
// Node 20, so each worker registers them first.
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

/** Workers running the bundled extractor, or through tsx when no bundle can be had; `count` is asked once the code is ready. */
async function spawnWorkers(count: () => number): Promise<Worker[]> {
  const bundle = await workerBundle().catch(() => undefined);
  return Array.from({ length: count() }, () =>
    bundle
      ? new Worker(bundle)
      : new Worker(BOOT, { eval: true, workerData: { tsx: import.meta.resolve("tsx/esm/api"), module: pathToFileURL(WORKER_SOURCE).href } }),
  );
}

/**
 * The worker's bundle: the one in the cache folder when its inputs are unchanged, else built now. Looked
 * up for every job (a few milliseconds), so a long-running `npm start` follows edits and a cleared cache.
 */
const workerBundle = (): Promise<string> => findOrBuildBundle(path.join(defaultCacheDir(), "extract-worker"));

type BundleManifest = { inputs: string[]; digest: string };

// Looked up with synchronous reads: the main thread is busy extracting, and its event loop turns only
// between batches, which would make hundreds of asynchronous reads in a row take seconds. One bundle is
// kept, replaced when its inputs change (a process that checked the old one then loads the new one,
// made from the sources on disk, as tsx would load them).
async function findOrBuildBundle(dir: string): Promise<string> {
  const file = path.join(dir, "extract-worker.mjs");
  const manifestFile = path.join(dir, "manifest.json");
  const manifest = readOrUndefined(manifestFile, (text) => JSON.parse(text) as BundleManifest);
  if (manifest && existsSync(file) && digestOf(manifest.inputs) === manifest.digest) return file;
  const { inputs, code } = await buildBundle();
  mkdirSync(dir, { recursive: true });
  writeAtomically(file, code);
  writeAtomically(manifestFile, JSON.stringify({ inputs, digest: digestOf(inputs) } satisfies BundleManifest));
  return file;
}

/** The worker and everything it imports as one ES module; `inputs` are the files it was made from. */
async function buildBundle(): Promise<{ inputs: string[]; code: string }> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [WORKER_SOURCE],
    absWorkingDir: PROJECT,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    outfile: "extract-worker.mjs",
    metafile: true,
    logLevel: "silent",
    // CommonJS packages inside the bundle require Node's modules; resolved from the project, as without the bundle.
    banner: { js: `import { createRequire as __createRequire } from "node:module"; const require = __createRequire(${JSON.stringify(pathToFileURL(WORKER_SOURCE).href)});` },
    plugins: [keepSourceUrls],
  });
  return { inputs: Object.keys(result.metafile.inputs).map((p) => path.resolve(PROJECT, p)), code: result.outputFiles[0].text };
}

// The extractor finds its data and loads compromise relative to its own file (import.meta.url): each
// source keeps its own URL in the bundle, so those paths do not depend on where the bundle is kept.
const keepSourceUrls: Plugin = {
  name: "keep-source-urls",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => ({
      contents: (await readFile(file, "utf8")).replaceAll("import.meta.url", JSON.stringify(pathToFileURL(file).href)),
      loader: "ts",
    }));
  },
};

/** Hash of the files a bundle was made from and of how it is made (this file). */
function digestOf(inputs: string[]): string {
  const hash = createHash("sha256");
  for (const file of [...inputs, POOL_SOURCE]) {
    hash.update(file + "\0");
    hash.update(readOrUndefined(file, (text) => text) ?? "\0missing");
  }
  return hash.digest("hex");
}

function readOrUndefined<T>(file: string, parse: (text: string) => T): T | undefined {
  try {
    return parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** Write then rename, so a process starting workers at the same time never reads half a file. */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
