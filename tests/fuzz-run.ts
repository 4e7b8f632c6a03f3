// The two fuzz runs, shared by `npm run fuzz` (tests/fuzz.ts, 100,000 inputs) and `npm test` (tests/fuzz.test.ts, fewer).
import fc from "fast-check";
import { mkdir, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Entry } from "../src/entry";
import { listFiles } from "../src/load/read-content";
import type { BuildReport } from "../src/report/build-report";
import { archive } from "./fuzz-inputs";
import { runCli } from "./support/build";

// Workers do not inherit tsx's module hooks on Node 20: register them, then load the .ts worker.
const BOOT = `const { workerData } = require("node:worker_threads");
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.module); });`;

export type FuzzResult = { runs: number; ms: number; failure: string | null };

/**
 * Generated files through decode → front matter → extraction → rendering, in a worker thread. An input
 * that takes longer than `hangMs` is reported as a hang (a synchronous loop cannot be interrupted in
 * place, so the worker is stopped and the input named).
 */
export function fuzzPipeline(options: { runs: number; seed: number; hangMs: number; onProgress?: (run: number) => void }): Promise<FuzzResult> {
  const started = performance.now();
  const workerData = { runs: options.runs, seed: options.seed, tsx: import.meta.resolve("tsx/esm/api"), module: new URL("./fuzz-worker.ts", import.meta.url).href };
  const worker = new Worker(BOOT, { eval: true, workerData });
  return new Promise((resolve, reject) => {
    let last = { run: -1, input: "", at: performance.now() };
    const finish = (result: Omit<FuzzResult, "ms">) => {
      clearInterval(watchdog);
      void worker.terminate();
      resolve({ ...result, ms: performance.now() - started });
    };
    const watchdog = setInterval(() => {
      if (performance.now() - last.at > options.hangMs) {
        finish({ runs: last.run, failure: `input ${last.run} still running after ${options.hangMs} ms (seed ${options.seed}): ${last.input}` });
      }
    }, 250);
    worker.on("message", (m: { type: "input"; run: number; input: string } | { type: "done"; runs: number; failure: string | null }) => {
      if (m.type === "input") {
        last = { run: m.run, input: m.input, at: performance.now() };
        if (m.run % 10_000 === 0) options.onProgress?.(m.run);
      } else finish({ runs: m.runs, failure: m.failure });
    });
    worker.on("error", (error) => {
      clearInterval(watchdog);
      reject(error);
    });
  });
}

/** Write an archive to a fresh folder; files whose path clashes with a folder of the same name are left out. */
async function writeArchive(files: Array<[string, Uint8Array]>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ev-fuzz-"));
  for (const [name, bytes] of files) {
    try {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), bytes);
    } catch {
      // "a b" as a file and as a folder in one archive: only one can exist
    }
  }
  return dir;
}

/**
 * Whole builds of generated archives through the real CLI: each must exit 0 within `hangMs`, and every
 * file must end up either published or in the report, never lost without a word.
 */
export async function fuzzBuilds(options: { runs: number; seed: number; hangMs: number }): Promise<FuzzResult> {
  const started = performance.now();
  const details = await fc.check(
    fc.asyncProperty(archive, async (files) => {
      const content = await writeArchive(files);
      const output = path.join(await mkdtemp(path.join(os.tmpdir(), "ev-fuzz-site-")), "site");
      const at = performance.now();
      const { code, stderr } = await runCli(["build", "--content", content, "--output", output], { timeout: options.hangMs });
      if (performance.now() - at >= options.hangMs) throw new Error(`build of ${content} still running after ${options.hangMs} ms`);
      if (code !== 0) throw new Error(`build of ${content} exited ${code}: ${stderr.slice(-2000)}`);
      const entries: Entry[] = JSON.parse(await readFile(path.join(output, "entries.json"), "utf8"));
      const report: BuildReport = JSON.parse(await readFile(path.join(output, "report.json"), "utf8"));
      const reported = report.files.map((f) => f.file);
      for (const file of await listFiles(content)) {
        const accounted = entries.some((e) => e.source === file) || reported.some((r) => r === file || (r.endsWith("/") && file.startsWith(r)));
        if (!accounted) throw new Error(`${file} of ${content} is neither published nor reported`);
      }
      for (const entry of entries) await stat(path.join(output, entry.url, "index.html"));
    }),
    { numRuns: options.runs, seed: options.seed, endOnFailure: true },
  );
  return { runs: details.numRuns, ms: performance.now() - started, failure: details.failed ? `${fc.defaultReportMessage(details)}\n${details.errorInstance}` : null };
}
