// `npm run fuzz [-- --runs 100000 --builds 20 --seed N --hang-ms 10000]`: the extractor and loader on
// generated files (split over worker threads), then whole builds of generated archives. Exit 1 on a
// throw or a hang, with the input that caused it.
import os from "node:os";
import { parseArgs } from "node:util";
import { fuzzBuilds, fuzzPipeline, type FuzzResult } from "./fuzz-run";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "100000" },
    builds: { type: "string", default: "20" },
    seed: { type: "string", default: String(Date.now() % 1_000_000) },
    "hang-ms": { type: "string", default: "10000" },
    threads: { type: "string", default: String(Math.max(1, os.availableParallelism() - 1)) },
  },
});
const runs = Number(values.runs), builds = Number(values.builds), seed = Number(values.seed), hangMs = Number(values["hang-ms"]);
const threads = Math.min(Number(values.threads), runs);

const say = (line: string) => process.stdout.write(line + "\n");
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

say(`fuzz: ${runs} generated files through loader + extractor + renderer on ${threads} threads, seed ${seed}`);
const started = performance.now();
const share = (i: number) => Math.floor(runs / threads) + (i < runs % threads ? 1 : 0);
const pipelines: FuzzResult[] = await Promise.all(
  Array.from({ length: threads }, (_, i) =>
    fuzzPipeline({ runs: share(i), seed: seed + i, hangMs, onProgress: (n) => n > 0 && say(`  thread ${i + 1}: ${n} inputs`) }),
  ),
);
const pipelineRuns = pipelines.reduce((n, r) => n + r.runs, 0);
say(`loader + extractor: ${pipelineRuns} inputs in ${seconds(performance.now() - started)}`);

say(`fuzz: ${builds} whole builds of generated archives, seed ${seed}`);
const build = builds > 0 ? await fuzzBuilds({ runs: builds, seed, hangMs: hangMs * 12 }) : { runs: 0, ms: 0, failure: null };
say(`whole builds: ${build.runs} in ${seconds(build.ms)}`);

const failures = [...pipelines, build].flatMap((r) => (r.failure ? [r.failure] : []));
for (const failure of failures) say(`FAILED: ${failure}`);
say(failures.length ? `fuzz failed (seed ${seed})` : "fuzz passed: nothing threw or hung");
process.exitCode = failures.length ? 1 : 0;
