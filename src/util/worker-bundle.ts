// Worker threads that start in tens of milliseconds: the worker module and everything it imports,
// bundled into one file with esbuild at first use and kept in the cache folder, where tsx compiling and
// resolving hundreds of modules in each worker takes most of a second of CPU. The bundle's digest (of
// every file esbuild put into it, and of the lockfile for what its libraries load at run time) is also
// the version of what the worker computes: results cached under it go stale with any of those files.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Plugin } from "esbuild";
import { defaultCacheDir } from "./cache-dir";
import { writeFileAtomically } from "./write-atomically";

const THIS_FILE = fileURLToPath(import.meta.url);
const PROJECT = path.resolve(path.dirname(THIS_FILE), "../..");
const LOCKFILE = path.join(PROJECT, "package-lock.json");

/** Worker threads running the module `source` (a .ts file), bundled; `count` is asked once the code is ready. */
export async function startWorkers(source: string, count: () => number): Promise<Worker[]> {
  const { file } = await workerBundle(source);
  return Array.from({ length: count() }, () => new Worker(file));
}

export type WorkerBundle = { file: string; digest: string };

/**
 * A worker's bundle: the one in the cache folder when its inputs are unchanged, else built now. Looked
 * up for every start (a few milliseconds), so a long-running `npm start` follows edits and a cleared cache.
 */
export const workerBundle = (source: string): Promise<WorkerBundle> => findOrBuildBundle(source, path.join(defaultCacheDir(), path.basename(source, ".ts")));

type BundleManifest = { inputs: string[]; digest: string };

// Looked up with synchronous reads: the main thread is busy extracting, and its event loop turns only
// between batches, which would make hundreds of asynchronous reads in a row take seconds. One bundle is
// kept, replaced when its inputs change (a process that checked the old one then loads the new one,
// made from the sources on disk, as tsx would load them).
async function findOrBuildBundle(source: string, dir: string): Promise<WorkerBundle> {
  const file = path.join(dir, `${path.basename(source, ".ts")}.mjs`);
  const manifestFile = path.join(dir, "manifest.json");
  const manifest = readOrUndefined(manifestFile, (text) => JSON.parse(text) as BundleManifest);
  if (manifest && existsSync(file) && digestOf(manifest.inputs) === manifest.digest) return { file, digest: manifest.digest };
  const { inputs, code } = await buildBundle(source);
  const digest = digestOf(inputs);
  await mkdir(dir, { recursive: true });
  await writeFileAtomically(file, code);
  await writeFileAtomically(manifestFile, JSON.stringify({ inputs, digest } satisfies BundleManifest));
  return { file, digest };
}

/** The worker and everything it imports as one ES module; `inputs` are the files it was made from. */
async function buildBundle(source: string): Promise<{ inputs: string[]; code: string }> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [source],
    absWorkingDir: PROJECT,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    outfile: `${path.basename(source, ".ts")}.mjs`,
    metafile: true,
    logLevel: "silent",
    // CommonJS packages inside the bundle require Node's modules; resolved from the project, as without the bundle.
    banner: { js: `import { createRequire as __createRequire } from "node:module"; const require = __createRequire(${JSON.stringify(pathToFileURL(source).href)});` },
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

/** Hash of the files a bundle was made from, of how it is made (this file) and of the libraries' versions. */
function digestOf(inputs: string[]): string {
  const hash = createHash("sha256");
  for (const file of [...inputs, THIS_FILE, LOCKFILE]) {
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
