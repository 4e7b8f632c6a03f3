// Where a watching rebuild's time goes: `serve` runs in this process on an archive (a copy: it is edited),
// then one article after another gets a sentence appended, and each rebuild is timed from the save until its
// search files, media and pages are done (file-watcher delay included), with the main thread's own CPU time
// (steadier than wall time on a shared machine) and the stages the pipeline records. Prints medians.
//   node --import tsx bench/watch-profile.ts ARCHIVE [--edits 7] [--output DIR]
import { appendFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { Session } from "node:inspector";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { listFiles } from "../src/load/read-content";
import { BUILD_FINISHED, serve } from "../src/pipeline";
import { StageProfile, type StageTime } from "../src/util/stage-profile";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { edits: { type: "string", default: "7" }, output: { type: "string" }, "cpu-prof": { type: "string" } },
});
const archive = path.resolve(positionals[0]);
const output = values.output ?? path.join(await mkdtemp(path.join(os.tmpdir(), "ev-watch-profile-")), "site");

/** CPU seconds of this process's threads, by thread name (the main thread is the one whose id is the process's). */
async function threadCpu(): Promise<Map<string, number>> {
  const { readdir } = await import("node:fs/promises");
  const out = new Map<string, number>();
  for (const tid of await readdir("/proc/self/task")) {
    const stat = await readFile(`/proc/self/task/${tid}/stat`, "utf8").catch(() => "");
    const close = stat.lastIndexOf(")");
    if (close < 0) continue;
    const name = tid === String(process.pid) ? "main" : stat.slice(stat.indexOf("(") + 1, close);
    const fields = stat.slice(close + 2).split(" ");
    const seconds = (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
    out.set(name, (out.get(name) ?? 0) + seconds);
  }
  return out;
}

// The main thread's CPU profile of each rebuild (--cpu-prof DIR), for Chrome's DevTools or a summary.
const session = new Session();
session.connect();
const inspect = (method: string) => new Promise<unknown>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const profile = new StageProfile(true);
const finished = (from: number) => new Promise<void>((resolve) => {
  const poll = setInterval(() => profile.stages.slice(from).some((s) => s.stage === BUILD_FINISHED) && (clearInterval(poll), resolve()), 5);
});
const started = performance.now();
const server = await serve({ content: archive, output, port: 18000 + Math.floor(Math.random() * 2000), profile });
await finished(0);
process.stderr.write(`first build ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
await new Promise((resolve) => setTimeout(resolve, 1500));

const articles = (await listFiles(archive)).filter((f) => /\.(md|txt|markdown)$/.test(f));
const runs: Array<{ wall: number; cpu: Map<string, number>; stages: StageTime[] }> = [];
for (let i = 0; i < Number(values.edits); i++) {
  const file = articles[Math.floor(((i + 0.5) * articles.length) / Number(values.edits))];
  const from = profile.stages.length;
  const cpuBefore = await threadCpu();
  if (values["cpu-prof"]) await inspect("Profiler.enable").then(() => inspect("Profiler.start"));
  const t0 = performance.now();
  await appendFile(path.join(archive, file), `\nThe company confirmed plan number ${i} again on Friday.\n`);
  await finished(from);
  const wall = (performance.now() - t0) / 1000;
  const cpuAfter = await threadCpu();
  if (values["cpu-prof"]) {
    const { profile: cpuProfile } = (await inspect("Profiler.stop")) as { profile: object };
    await writeFile(path.join(values["cpu-prof"], `rebuild-${i + 1}.cpuprofile`), JSON.stringify(cpuProfile));
  }
  const cpu = new Map([...cpuAfter].map(([name, s]) => [name, s - (cpuBefore.get(name) ?? 0)]));
  runs.push({ wall, cpu, stages: profile.stages.slice(from) });
  process.stderr.write(`rebuild ${i + 1} (${file}): ${wall.toFixed(2)} s, main thread ${cpu.get("main")!.toFixed(2)} CPU-s\n`);
  for (const s of profile.stages.slice(from)) process.stderr.write(`  ${s.stage}: ${s.wallSeconds.toFixed(2)} s\n`);
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
await server.stop();

console.log(`\n${runs.length} rebuilds of ${archive} (medians)`);
console.log(`save → rebuilt: ${median(runs.map((r) => r.wall)).toFixed(2)} s  (each: ${runs.map((r) => r.wall.toFixed(2)).join(" ")})`);
const threads = [...new Set(runs.flatMap((r) => [...r.cpu.keys()]))];
for (const name of threads) {
  const m = median(runs.map((r) => r.cpu.get(name) ?? 0));
  if (m >= 0.01) console.log(`CPU (thread) ${name}: ${m.toFixed(2)} s`);
}
const stages = [...new Set(runs.flatMap((r) => r.stages.map((s) => s.stage)))];
for (const stage of stages) {
  const of = runs.map((r) => r.stages.find((s) => s.stage === stage)).filter((s): s is StageTime => !!s);
  const cpu = of.every((s) => s.cpuSeconds !== null) ? `, ${median(of.map((s) => s.cpuSeconds!)).toFixed(2)} CPU-s (process)` : "";
  console.log(`  ${stage}: ${median(of.map((s) => s.wallSeconds)).toFixed(2)} s${cpu}`);
}
process.exit(0);
