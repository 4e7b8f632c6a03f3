// Writes the search files into the built site, outside Eleventy's page pipeline: ten thousand small JSON
// files are plain writes, and a watching process rewrites only the files whose content changed.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { mapLimited } from "../util/map-limited";
import type { SearchFiles } from "./build-index";

const WRITES_IN_FLIGHT = 8;

/** File (relative to the output folder) → what this process last wrote there. */
type Written = Map<string, string>;
const writtenTo = new Map<string, Written>();

// A result file object made before (build-index.ts keeps them per entry) is not serialised again.
const docJson = new WeakMap<object, string>();
function jsonOfDoc(doc: object): string {
  let json = docJson.get(doc);
  if (json === undefined) docJson.set(doc, (json = JSON.stringify(doc)));
  return json;
}

function contents(files: SearchFiles): Map<string, string> {
  const out = new Map<string, string>([
    ["search/index.json", JSON.stringify(files.manifest)],
    ["search/facets.json", JSON.stringify(files.facets)],
  ]);
  files.shards.forEach((shard, n) => out.set(`search/shards/${n}.json`, JSON.stringify(shard)));
  files.docs.forEach((doc, ref) => out.set(`search/docs/${ref}.json`, jsonOfDoc(doc)));
  return out;
}

/**
 * Write `files` under `outputDir/search/`. Files this process already wrote there with the same content
 * are left alone, and files it wrote before that are no longer part of the index are removed.
 * `keep`: what is written is remembered for the next call (a watching process); else nothing is held after.
 * Returns how many files were written, and every file of the index (relative to `outputDir`).
 */
export async function writeSearchFiles(outputDir: string, files: SearchFiles, keep = false): Promise<{ written: number; files: string[] }> {
  const previous = writtenTo.get(outputDir) ?? new Map<string, string>();
  const next = contents(files);
  const changed = [...next].filter(([file, text]) => previous.get(file) !== text);
  writtenTo.delete(outputDir); // a failed write below must not leave a record of files that are not there
  await Promise.all(["search/shards", "search/docs"].map((dir) => mkdir(path.join(outputDir, dir), { recursive: true })));
  // A few at a time, so Eleventy's own reads and writes, going on meanwhile, are not queued behind ten thousand.
  await mapLimited(changed, WRITES_IN_FLIGHT, ([file, text]) => writeFile(path.join(outputDir, file), text));
  await mapLimited([...previous.keys()].filter((file) => !next.has(file)), WRITES_IN_FLIGHT, (file) => rm(path.join(outputDir, file), { force: true }));
  if (keep) writtenTo.set(outputDir, next);
  return { written: changed.length, files: [...next.keys()] };
}
