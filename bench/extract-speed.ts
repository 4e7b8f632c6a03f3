// Extraction speed per core, side by side with another checkout of the extractor (a baseline), in one run:
//   tsx bench/extract-speed.ts [BASELINE_DIR] [--articles N] [--rounds N]
// BASELINE_DIR holds a copy of src/ (e.g. `git archive main src | tar -x -C DIR`, with node_modules linked).
// Both extractors read the same synthetic archive (bench/generate-archive.ts) plus tests/corpus and tests/heldout,
// in alternating rounds on one core; the medians give articles per second, and the median of the rounds'
// paired ratios says how the two compare (a shared machine slows both of a pair alike).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ExtractedEntry, RawDocument } from "../src/entry";
import { readContent } from "../src/load/read-content";
import { generateArchive, loadTemplates } from "./generate-archive";

type Extract = (doc: RawDocument) => ExtractedEntry;
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
const count = option("--articles") || 600;
const baselineDir = args.find((a, i) => !a.startsWith("--") && !["--articles", "--rounds"].includes(args[i - 1]));
// More rounds narrow the median on a busy machine.
const ROUNDS = option("--rounds") || 9;

async function documents(): Promise<RawDocument[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "extract-speed-"));
  try {
    await generateArchive({ dir, count, templates: await loadTemplates(path.join(ROOT, "content")) });
    const folders = [dir, path.join(ROOT, "tests/corpus"), path.join(ROOT, "tests/heldout")];
    return (await Promise.all(folders.map(async (f) => (await readContent(f)).documents))).flat();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function articlesPerSecond(extract: Extract, docs: RawDocument[]): number {
  const t0 = process.cpuUsage();
  for (const d of docs) extract(d);
  const used = process.cpuUsage(t0);
  return docs.length / ((used.user + used.system) / 1e6);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const docs = await documents();
const current: Extract = (await import("../src/extract/index")).extractEntry;
const baseline: Extract | undefined = baselineDir
  ? (await import(pathToFileURL(path.resolve(baselineDir, "src/extract/index.ts")).href)).extractEntry
  : undefined;
// Warm both (compromise loads on first need, the JIT settles), then alternate.
for (const d of docs.slice(0, 50)) { current(d); baseline?.(d); }
const speeds = { current: [] as number[], baseline: [] as number[] };
// Each pair runs in the other order than the last: the first of a pair was measured ~5% slower, self against self.
for (let r = 0; r < ROUNDS; r++) {
  if (baseline && r % 2) speeds.baseline.push(articlesPerSecond(baseline, docs));
  speeds.current.push(articlesPerSecond(current, docs));
  if (baseline && !(r % 2)) speeds.baseline.push(articlesPerSecond(baseline, docs));
}
const now = median(speeds.current);
console.log(`${docs.length} articles, ${ROUNDS} rounds, CPU time of one core`);
console.log(`current:  ${now.toFixed(0)} articles/s`);
if (baseline) {
  const before = median(speeds.baseline);
  const ratios = speeds.current.map((c, i) => c / speeds.baseline[i]);
  console.log(`baseline: ${before.toFixed(0)} articles/s (${baselineDir})`);
  const sorted = [...ratios].sort((a, b) => a - b);
  const quartiles = `${sorted[Math.floor((sorted.length - 1) / 4)].toFixed(2)}-${sorted[Math.ceil((3 * (sorted.length - 1)) / 4)].toFixed(2)}`;
  console.log(`ratio current/baseline: median of paired rounds ${median(ratios).toFixed(2)}, middle half ${quartiles} (rounds ${ratios.map((r) => r.toFixed(2)).join(" ")})`);
}
