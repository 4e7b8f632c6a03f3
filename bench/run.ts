// The scale benchmark: `npm run bench [-- --sizes 1000,2000 --out bench/results.md --keep]` (a 50,000-article
// archive runs on request: `--sizes 50000`).
// For each size it generates a synthetic archive and measures, side by side on the same machine and run:
// (a) this project's build (with its profile by stage), (a'') the same with the extraction cache kept into a new
// output folder, (b) plain Eleventy on the same articles as markdown, (c) copying the files;
// then extraction throughput, peak memory, the search index and its cost in Chromium, and a rebuild
// after one article changes (in a new process, and in a watching `npm start` process). Results go to stdout and to bench/results.md (+ .json),
// written again after each size and measurement.
import { appendFile, mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "../tests/support/build";
import { measureSearch } from "./browser-search";
import { measurePageLoads } from "./page-loads";
import { generateArchive, loadTemplates } from "./generate-archive";
import { searchPayloadStats } from "../src/search/stats";
import { timeCommand } from "./measure";
import { timeWatchRebuild } from "./watch-rebuild";
import { readPublicationRecord } from "../src/load/publication-record";
import { runPlainEleventy, writeMarkdownCopy } from "./plain-eleventy";
import { describeMachine, renderReport, type SizeResult } from "./report";
import type { StageTime } from "../src/util/stage-profile";

const DEFAULT_SIZES = [1000, 2000, 5000, 10000];
const QUERIES = ["Hefei", "battery plant", "Xpeng", "Lingang", "Debrecen", "deliveries record", "Volkswagen Berlin", "charging"];
const CLI = path.join(ROOT, "src/cli.ts");
// The Node flags package.json's scripts run the CLI with: a larger young generation (fewer, cheaper scavenges).
const NODE_ARGS = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")).config.nodeArgs.split(" ") as string[];

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The extractor version the cache was written with (it leads the file), to tell when the code changed during a run. */
async function cachedExtractorVersion(cacheDir: string): Promise<string | null> {
  const folder = path.join(cacheDir, "extraction");
  const [file] = await readdir(folder).catch(() => []);
  if (!file) return null;
  const handle = await open(path.join(folder, file));
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(200), 0, 200, 0);
    return /"version":"([0-9a-f]+)"/.exec(buffer.subarray(0, bytesRead).toString())?.[1] ?? null;
  } finally {
    await handle.close();
  }
}

function buildCommand(content: string, output: string, cacheDir: string, extra: string[] = []) {
  return timeCommand(process.execPath, [...NODE_ARGS, "--import", "tsx", CLI, "build", "--content", content, "--output", output, ...extra], {
    cwd: ROOT,
    env: { INIT_CWD: ROOT, EV_CACHE_DIR: cacheDir },
  });
}

/** What one size has measured so far, handed on after each measurement (`save`) so that a run that dies still leaves it. */
type Progress = (measured: Partial<SizeResult>) => Promise<void>;

async function benchSize(articles: number, work: string, templates: string[], save: Progress): Promise<SizeResult> {
  const measured: Partial<SizeResult> = { articles };
  const got = async (values: Partial<SizeResult>) => save(Object.assign(measured, values));
  const dir = path.join(work, String(articles));
  const archive = path.join(dir, "archive");
  const files = await generateArchive({ dir: archive, count: articles, templates });
  const markdown = path.join(dir, "markdown");
  await writeMarkdownCopy(archive, files, markdown);

  log(`[${articles}] (c) copying the files`);
  const copy = await timeCommand("cp", ["-r", archive, path.join(dir, "copy")]);
  await got({ copySeconds: copy.seconds });
  log(`[${articles}] (b) plain Eleventy`);
  const eleventy = await runPlainEleventy(markdown, path.join(dir, "eleventy-site"));
  await got({ eleventySeconds: eleventy.seconds, eleventyCpuSeconds: eleventy.cpuSeconds, eleventyPeakMB: eleventy.maxRssMB });
  log(`[${articles}] (a) this project's build`);
  const site = path.join(dir, "site");
  const cache = path.join(dir, "cache");
  const profileFile = path.join(dir, "profile.json");
  const build = await buildCommand(archive, site, cache, ["--profile", profileFile]);
  const { stages: profile } = JSON.parse(await readFile(profileFile, "utf8")) as { stages: StageTime[] };
  const versionBuilt = await cachedExtractorVersion(cache);
  await got({ buildSeconds: build.seconds, buildCpuSeconds: build.cpuSeconds, buildPeakMB: build.maxRssMB, ratio: build.seconds / eleventy.seconds, profile });
  log(`[${articles}] (a'') the build with the extraction cache kept, into a new output folder`);
  const newOutput = await buildCommand(archive, path.join(dir, "site-new-output"), cache);
  await rm(path.join(dir, "site-new-output"), { recursive: true, force: true });
  await got({ newOutputSeconds: newOutput.seconds, newOutputPeakMB: newOutput.maxRssMB });
  log(`[${articles}] extraction throughput`);
  const extraction = JSON.parse(
    (await timeCommand(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/extraction-child.ts"), archive], { cwd: ROOT })).stdout,
  ) as { articles: number; seconds: number };
  await got({ extractionPerSecond: extraction.articles / extraction.seconds });
  log(`[${articles}] search in Chromium`);
  const search = await measureSearch(site, QUERIES);
  const indexBytes = (await searchPayloadStats(site)).index.bytes; // manifest and shards, from the search module
  const { queries: _, ...searchTimes } = search;
  await got({ ...searchTimes, indexBytes });
  log(`[${articles}] largest page, and page loads in Chromium`);
  const loads = await measurePageLoads(site);
  await got(loads);
  log(`[${articles}] rebuild after one article changes`);
  const edited = files[Math.floor(files.length / 2)];
  await appendFile(path.join(archive, edited), "\nThe company confirmed the plan again on Friday.\n");
  const rebuild = await buildCommand(archive, site, cache);
  const extractorChanged = versionBuilt !== (await cachedExtractorVersion(cache));
  await got({ rebuildSeconds: rebuild.seconds, rebuildReextracted: extractorChanged });
  log(`[${articles}] rebuild after one article changes, in a watching process`);
  const watch = await timeWatchRebuild({
    nodeArgs: NODE_ARGS,
    env: { EV_CACHE_DIR: cache },
    archive,
    output: path.join(dir, "served"),
    file: edited,
    articleUrl: (await readPublicationRecord(archive)).record[edited].urls.at(-1)!.slice(1),
    addition: "This sentence was added while the archive was being served.",
  });

  return {
    articles,
    buildSeconds: build.seconds,
    buildCpuSeconds: build.cpuSeconds,
    eleventySeconds: eleventy.seconds,
    eleventyCpuSeconds: eleventy.cpuSeconds,
    copySeconds: copy.seconds,
    ratio: build.seconds / eleventy.seconds,
    extractionPerSecond: extraction.articles / extraction.seconds,
    buildPeakMB: build.maxRssMB,
    profile,
    newOutputSeconds: newOutput.seconds,
    newOutputPeakMB: newOutput.maxRssMB,
    eleventyPeakMB: eleventy.maxRssMB,
    indexBytes,
    firstSearchBytes: search.firstSearchBytes,
    firstSearchIndexBytes: search.firstSearchIndexBytes,
    firstAnswerMs: search.firstAnswerMs,
    firstSearchMs: search.firstSearchMs,
    medianAnswerMs: search.medianAnswerMs,
    medianQueryMs: search.medianQueryMs,
    rebuildSeconds: rebuild.seconds,
    rebuildReextracted: extractorChanged,
    watchRebuildSeconds: watch.seconds,
    ...loads,
  };
}

function printRow(r: SizeResult): void {
  log(
    `${r.articles} articles: build ${r.buildSeconds.toFixed(2)} s, Eleventy ${r.eleventySeconds.toFixed(2)} s, copy ${r.copySeconds.toFixed(2)} s, ` +
      `a/b ${r.ratio.toFixed(2)}, cache kept new output ${r.newOutputSeconds.toFixed(2)} s, extraction ${r.extractionPerSecond.toFixed(0)}/s, peak ${r.buildPeakMB?.toFixed(0) ?? "n/a"} MB, ` +
      `index ${(r.indexBytes / 1024).toFixed(0)} KB, first search ${(r.firstSearchBytes / 1024).toFixed(0)} KB answered in ${r.firstAnswerMs.toFixed(1)} ms ` +
      `(shown ${r.firstSearchMs.toFixed(1)} ms), later queries ${r.medianAnswerMs.toFixed(1)} ms (shown ${r.medianQueryMs.toFixed(1)} ms), ` +
      `warm rebuild ${r.rebuildSeconds.toFixed(2)} s (watching ${r.watchRebuildSeconds.toFixed(2)} s), ` +
      `largest page ${(r.largestPageBytes / 1024).toFixed(0)} KB (${r.largestPage}), slowest page ${r.slowestPageMs.toFixed(0)} ms (${r.slowestPage}, of ${r.pagesTimed} timed)`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" },
      out: { type: "string", default: path.join(ROOT, "bench/results.md") },
      keep: { type: "boolean", default: false },
    },
  });
  const sizes = values.sizes ? values.sizes.split(",").map((n) => Number(n.trim())) : DEFAULT_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes wants whole numbers, e.g. 1000,2000 (got "${values.sizes}")`);
  sizes.sort((a, b) => a - b);
  const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out!);
  const loadBefore = os.loadavg();
  const templates = await loadTemplates(path.join(ROOT, "content"));
  const work = await mkdtemp(path.join(os.tmpdir(), "ev-bench-"));
  const results: SizeResult[] = [];
  const analysis = await readFile(path.join(ROOT, "bench/analysis.md"), "utf8").catch(() => "");
  await mkdir(path.dirname(out), { recursive: true });
  // Written again after every measurement: a run that dies (out of memory at 50,000) leaves what it measured.
  // The table holds the sizes done; the JSON also what the size in progress has measured so far.
  const save = async (inProgress?: Partial<SizeResult>) => {
    const machine = describeMachine(loadBefore);
    if (results.length) await writeFile(out, renderReport(results, machine, analysis));
    await writeFile(out.replace(/\.md$/, "") + ".json", JSON.stringify({ machine, results, ...(inProgress && { inProgress }) }, null, 2) + "\n");
  };
  try {
    for (const size of sizes) {
      results.push(await benchSize(size, work, templates, save));
      printRow(results[results.length - 1]);
      await save();
      log(`wrote ${path.relative(process.cwd(), out)} (${results.length} of ${sizes.length} sizes)`);
      if (!values.keep) await rm(path.join(work, String(size)), { recursive: true, force: true });
    }
  } finally {
    if (!values.keep) await rm(work, { recursive: true, force: true });
    else log(`kept the archives and sites in ${work}`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.message}\n`);
  process.exitCode = 1;
});
