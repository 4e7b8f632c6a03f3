// The benchmark's results as markdown: machine, one row per size, where the first build's time goes,
// the targets checked at the largest size.
import os from "node:os";
import { LARGEST_TIMED } from "./page-loads";
import type { StageTime } from "../src/util/stage-profile";

export type SizeResult = {
  articles: number;
  buildSeconds: number;
  /** CPU time (user + system) of (a), null without GNU time. */
  buildCpuSeconds: number | null;
  eleventySeconds: number;
  /** CPU time (user + system) of (b), null without GNU time. */
  eleventyCpuSeconds: number | null;
  copySeconds: number;
  ratio: number;
  extractionPerSecond: number;
  buildPeakMB: number | null;
  eleventyPeakMB: number | null;
  indexBytes: number;
  firstSearchBytes: number;
  firstSearchIndexBytes: number;
  /** First query: ranked results known, and results on screen (index fetch included). */
  firstAnswerMs: number;
  firstSearchMs: number;
  /** Later queries, median: ranked results known, and results on screen. */
  medianAnswerMs: number;
  medianQueryMs: number;
  /** The first build's stages (from \`build --profile\`). */
  profile: StageTime[];
  /** A build with the extraction cache kept into a new output folder (a CI job that caches .cache/). */
  newOutputSeconds: number;
  newOutputPeakMB: number | null;
  /** Rebuild after one article changes: a new build process with a warm cache over the site it built, as every build after the first. */
  rebuildSeconds: number;
  /** The extractor's code changed between (a) and that rebuild (others editing it), so it extracted everything again. */
  rebuildReextracted: boolean;
  /** Rebuild after one article changes in a watching `npm start` process, as its user waits for it. */
  watchRebuildSeconds: number;
  /** The largest HTML page, and the slowest to load (load event) of the pages timed in Chromium. */
  largestPage: string;
  largestPageBytes: number;
  slowestPage: string;
  slowestPageMs: number;
  pagesTimed: number;
};

export type Machine = { date: string; cpu: string; cores: number; memoryGB: number; os: string; node: string; loadBefore: number[]; loadAfter: number[] };

export const TARGETS = { firstBuildRatio: 2.5, memoryRatio: 2, newOutputRatio: 1.5, previousSiteRatio: 1, firstSearchKB: 300, queryMs: 50, rebuildSeconds: 2, peakMBAt50k: 4096, pageKB: 250, pageLoadMs: 1000 };

export function describeMachine(loadBefore: number[]): Machine {
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadBefore,
    loadAfter: os.loadavg(),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (value: number | null) => (value === null ? "n/a" : `${value.toFixed(0)} MB`);
const s = (seconds: number) => `${seconds.toFixed(2)} s`;
const cpu = (seconds: number | null) => (seconds === null ? "n/a" : s(seconds));
const ms = (value: number) => `${value.toFixed(1)} ms`;
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");

/** How time grows with size between the smallest and largest run: 1 is linear, 2 quadratic. */
export function growthExponent(results: SizeResult[]): number | null {
  if (results.length < 2) return null;
  const [a, b] = [results[0], results[results.length - 1]];
  return Math.log(b.buildSeconds / a.buildSeconds) / Math.log(b.articles / a.articles);
}

/** A build with a warm extraction cache over the site it built (a new process after one edit) against plain Eleventy. */
const warmRatio = (r: SizeResult) => r.rebuildSeconds / r.eleventySeconds;
/** A build with a warm extraction cache into a new output folder against plain Eleventy. */
const newOutputRatio = (r: SizeResult) => r.newOutputSeconds / r.eleventySeconds;
/** Peak memory of the first build against plain Eleventy's. */
const memoryRatio = (r: SizeResult) => (r.buildPeakMB !== null && r.eleventyPeakMB ? r.buildPeakMB / r.eleventyPeakMB : null);

function profileTable(r: SizeResult): string {
  const rows = r.profile.map((t) => `| ${t.stage} | ${s(t.wallSeconds)} | ${cpu(t.cpuSeconds)} |`);
  return `| stage | wall | CPU (all threads) |
| --- | ---: | ---: |
${rows.join("\n")}
| plain Eleventy, whole process | ${s(r.eleventySeconds)} | ${cpu(r.eleventyCpuSeconds)} |`;
}

function verdict(ok: boolean): string {
  return ok ? "met" : "**not met**";
}

export function renderReport(results: SizeResult[], machine: Machine, analysis: string): string {
  const largest = results[results.length - 1];
  const exponent = growthExponent(results);
  const rows = results.map((r) =>
    [
      r.articles.toLocaleString("en"), s(r.buildSeconds), cpu(r.buildCpuSeconds), s(r.newOutputSeconds), `${s(r.rebuildSeconds)}${r.rebuildReextracted ? " †" : ""}`, s(r.eleventySeconds), cpu(r.eleventyCpuSeconds), s(r.copySeconds),
      r.ratio.toFixed(2), newOutputRatio(r).toFixed(2), warmRatio(r).toFixed(2), r.extractionPerSecond.toFixed(0), mb(r.buildPeakMB), mb(r.newOutputPeakMB), mb(r.eleventyPeakMB), memoryRatio(r)?.toFixed(2) ?? "n/a", kb(r.indexBytes),
      `${kb(r.firstSearchBytes)} (${kb(r.firstSearchIndexBytes)} index)`, `${ms(r.firstAnswerMs)} / ${ms(r.firstSearchMs)}`, `${ms(r.medianAnswerMs)} / ${ms(r.medianQueryMs)}`, s(r.watchRebuildSeconds),
      `${((r.buildSeconds / r.articles) * 1000).toFixed(2)} ms`,
    ].join(" | "),
  );
  return `# Scale benchmark results

Produced by \`npm run bench\` (bench/run.ts) on ${machine.date}.

Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}.
Load average (1/5/15 min) before the run: ${load(machine.loadBefore)}; after: ${load(machine.loadAfter)}.

Columns: (a) this project's build end to end (\`npm run build\`, cold extraction cache: the first build of an
archive, into a new folder), wall time and CPU time (user + system, all threads: on a loaded machine it shows the
work apart from the waiting; the same for (b)); (a'') the build with the extraction cache kept, into a new output folder
(a CI job that caches \`.cache/\`); (a') the same build again in a new process after one article changed, over the
site it built (warm cache, previous site in place: every later build);
(b) plain Eleventy rendering the same articles as .md files, no extraction; (c) copying the files (the I/O floor);
extraction throughput of the worker pool alone; peak memory (max RSS) of (a) and (b); search index bytes on disk;
bytes the first search transfers in Chromium (everything from opening /search/ to the first results; index data
in brackets); the first query's time to ranked results and to results on screen (index and result files fetched
from a local server), and the same for later queries (median); rebuild after one article changes in a watching
\`npm start\` process (from saving the file to the site rewritten, watcher delay included); build time per article.

| articles | (a) build | (a) CPU | (a'') new output | (a') warm build | (b) Eleventy | (b) CPU | (c) copy | a/b | a''/b | a'/b | extraction/s | peak (a) | peak (a'') | peak (b) | peak a/b | index | first search | first query: answered / shown | later queries: answered / shown | rebuild (watching) | (a) per article |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((r) => `| ${r} |`).join("\n")}

${results.some((r) => r.rebuildReextracted) ? "† The extractor's code changed between the build and this rebuild, so the rebuild extracted every article again.\n\n" : ""}Growth of (a) with size: ${exponent === null ? "one size only" : `time ∝ n^${exponent.toFixed(2)} between ${results[0].articles} and ${largest.articles} articles (1.00 is linear)`}.

## Where the first build's time goes, at ${largest.articles.toLocaleString("en")} articles

${profileTable(largest)}

## Targets at ${largest.articles.toLocaleString("en")} articles

| target | measured | |
| --- | --- | --- |
| a/b ≤ ${TARGETS.firstBuildRatio}, first build (cold cache) | ${largest.ratio.toFixed(2)} | ${verdict(largest.ratio <= TARGETS.firstBuildRatio)} |
| peak memory a/b ≤ ${TARGETS.memoryRatio}, first build | ${memoryRatio(largest)?.toFixed(2) ?? "n/a"} (${mb(largest.buildPeakMB)} / ${mb(largest.eleventyPeakMB)}) | ${memoryRatio(largest) === null ? "n/a" : verdict(memoryRatio(largest)! <= TARGETS.memoryRatio)} |
| a''/b ≤ ${TARGETS.newOutputRatio}, cache kept, new output folder | ${newOutputRatio(largest).toFixed(2)} | ${verdict(newOutputRatio(largest) <= TARGETS.newOutputRatio)} |
| a'/b ≤ ${TARGETS.previousSiteRatio}, cache kept, previous site in place | ${warmRatio(largest).toFixed(2)} | ${verdict(warmRatio(largest) <= TARGETS.previousSiteRatio)} |
${largest.articles >= 50_000 ? `| peak memory < ${TARGETS.peakMBAt50k} MB at ${largest.articles.toLocaleString("en")} articles | ${mb(largest.buildPeakMB)} | ${largest.buildPeakMB === null ? "n/a" : verdict(largest.buildPeakMB < TARGETS.peakMBAt50k)} |\n` : ""}
| first search transfers ≤ ${TARGETS.firstSearchKB} KB | ${kb(largest.firstSearchBytes)} (index ${kb(largest.firstSearchIndexBytes)}) | ${verdict(largest.firstSearchBytes <= TARGETS.firstSearchKB * 1024)} |
| a query answers within ${TARGETS.queryMs} ms (ranked results) | first ${ms(largest.firstAnswerMs)}, later ${ms(largest.medianAnswerMs)} | first ${verdict(largest.firstAnswerMs <= TARGETS.queryMs)}, later ${verdict(largest.medianAnswerMs <= TARGETS.queryMs)} |
| … with the results on screen | first ${ms(largest.firstSearchMs)}, later ${ms(largest.medianQueryMs)} | first ${verdict(largest.firstSearchMs <= TARGETS.queryMs)}, later ${verdict(largest.medianQueryMs <= TARGETS.queryMs)} |
| rebuild after one change ≤ ${TARGETS.rebuildSeconds} s (\`npm start\` watching) | ${s(largest.watchRebuildSeconds)} (new process: ${s(largest.rebuildSeconds)}) | ${verdict(largest.watchRebuildSeconds <= TARGETS.rebuildSeconds)} |
| no HTML page over ${TARGETS.pageKB} KB | largest: ${kb(largest.largestPageBytes)} (${largest.largestPage}) | ${verdict(largest.largestPageBytes <= TARGETS.pageKB * 1024)} |
| every page loads in < ${TARGETS.pageLoadMs} ms (Chromium, localhost, load event; ${largest.pagesTimed} pages timed: the ${LARGEST_TIMED} largest and the largest of each kind) | slowest: ${ms(largest.slowestPageMs)} (${largest.slowestPage}) | ${verdict(largest.slowestPageMs < TARGETS.pageLoadMs)} |
| time grows linearly | ${exponent === null ? "n/a" : `exponent ${exponent.toFixed(2)}`} | ${exponent === null ? "n/a" : exponent < 0.5 ? "not measurable (times too noisy)" : verdict(exponent <= 1.15)} |
${analysis ? `\n${analysis.trim()}\n` : ""}`;
}
