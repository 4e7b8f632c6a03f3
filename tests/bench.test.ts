// Keeps `npm run bench` working: a 100-article run must produce a report whose measures hang together.
// No timing target is asserted here (they live in the benchmark's report), only what must hold on any machine.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { syntheticArticle, loadTemplates } from "../bench/generate-archive";
import type { Machine, SizeResult } from "../bench/report";
import { ROOT } from "./support/build";

const run = promisify(execFile);
let report: string;
let results: SizeResult[];
let machine: Machine;

before(async () => {
  const out = path.join(await mkdtemp(path.join(os.tmpdir(), "ev-bench-test-")), "results.md");
  await run(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/run.ts"), "--sizes", "100", "--out", out], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: ROOT },
    maxBuffer: 16 * 1024 * 1024,
  });
  report = await readFile(out, "utf8");
  ({ results, machine } = JSON.parse(await readFile(out.replace(/\.md$/, ".json"), "utf8")));
});

test("the report has one row for the 100-article run, and its measures hang together", () => {
  assert.equal(results.length, 1);
  const [r] = results;
  assert.equal(r.articles, 100);
  for (const key of ["buildSeconds", "eleventySeconds", "copySeconds", "extractionPerSecond", "firstSearchMs", "firstAnswerMs", "medianQueryMs", "medianAnswerMs", "rebuildSeconds", "watchRebuildSeconds"] as const) {
    assert.ok(Number.isFinite(r[key]) && r[key] > 0, `${key} = ${r[key]}`);
  }
  assert.ok(Math.abs(r.ratio - r.buildSeconds / r.eleventySeconds) < 1e-9);
  assert.ok(r.indexBytes > 0, "the built site has a search index");
  assert.ok(r.firstSearchBytes >= r.firstSearchIndexBytes && r.firstSearchIndexBytes > 0, "the first search fetched index data");
  assert.ok(r.buildPeakMB === null || r.buildPeakMB > 10, `peak memory ${r.buildPeakMB} MB`);
  const stages = r.profile.map((t) => t.stage);
  for (const stage of ["load", "prepare", "archive", "site data", "pages", "search files"]) assert.ok(stages.some((s) => s.startsWith(stage)), `the profile times ${stage}: ${stages.join(", ")}`);
  const whole = r.profile.find((t) => t.stage === "whole build")!.wallSeconds;
  assert.ok(whole <= r.buildSeconds, `the profiled stages (${whole} s) happen within the build process (${r.buildSeconds} s)`);
  assert.ok(r.watchRebuildSeconds < r.buildSeconds, `a watching rebuild (${r.watchRebuildSeconds} s) re-renders less than a first build (${r.buildSeconds} s)`);
  assert.ok(r.buildCpuSeconds === null || r.buildCpuSeconds > 0, `CPU time ${r.buildCpuSeconds} s`);
});

test("the markdown report names the machine, the table row and the targets", () => {
  assert.match(report, new RegExp(`${machine.cores} cores`));
  assert.match(report, /^\| 100 \| [\d.]+ s \| [\d.]+ s \|/m);
  assert.match(report, /## Targets at 100 articles/);
  for (const target of ["a/b ≤ 2\\.5, first build \\(cold cache\\)", "a''/b ≤ 1\\.5, cache kept, new output folder", "a'/b ≤ 1, cache kept, previous site in place"]) {
    assert.match(report, new RegExp(`${target} \\| [\\d.]+ \\| (met|\\*\\*not met\\*\\*)`));
  }
  assert.match(report, /## Where the first build's time goes/);
});

test("generated articles are deterministic and independent of the archive's size", async () => {
  const templates = await loadTemplates(path.join(ROOT, "content"));
  assert.deepEqual(syntheticArticle(templates, 42), syntheticArticle(templates, 42));
  const texts = new Set(Array.from({ length: 50 }, (_, i) => syntheticArticle(templates, i).text));
  assert.equal(texts.size, 50, "every article differs");
  assert.notEqual(syntheticArticle(templates, 42, 1).text, syntheticArticle(templates, 42, 2).text, "the seed matters");
});
