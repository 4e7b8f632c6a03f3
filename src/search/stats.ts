// How many bytes search ships, and how many a first query transfers, measured on a built site.
// For the scale benchmark: `searchPayloadStats("_site", "hefei")`.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { mapLimited } from "../util/map-limited";
import { createSearchEngine, RESULTS_PER_PAGE } from "./engine";

/** The client bundle, relative to the output folder (templates/search-client.11ty.ts). */
const CLIENT = "assets/search.js";

export interface Transfer {
  files: number;
  bytes: number;
  gzipBytes: number;
}

export interface SearchPayloadStats {
  /** Everything search ships: client bundle, manifest, every shard and article file. */
  total: Transfer;
  /** Just the index: manifest and shards. */
  index: Transfer & { shards: number; largestShardBytes: number };
  /** Files a first search for `query` downloads (client, manifest, its shards, its first page of results),
   * and the milliseconds the engine took in Node from query to first page, reading from disk. */
  firstQuery: Transfer & { query: string; results: number; milliseconds: number; paths: string[] };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

function measure(contents: Buffer[]): Transfer {
  return {
    files: contents.length,
    bytes: contents.reduce((sum, c) => sum + c.length, 0),
    gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c).length, 0),
  };
}

/** What a first search for `query` downloads on a fresh page, and how long it took to answer in Node. */
export async function firstQueryTransfer(outputDir: string, query: string): Promise<SearchPayloadStats["firstQuery"]> {
  const searchDir = path.join(outputDir, "search");
  const fetched: string[] = [];
  const engine = createSearchEngine(async (rel) => {
    fetched.push(rel);
    return JSON.parse(await readFile(path.join(searchDir, rel), "utf8"));
  });
  const started = performance.now();
  const outcome = await engine.search(query);
  const hits = outcome.ok ? outcome.hits : [];
  await engine.docs(hits.slice(0, RESULTS_PER_PAGE).map((h) => h.ref));
  const milliseconds = performance.now() - started;
  const contents = await Promise.all([path.join(outputDir, CLIENT), ...fetched.map((rel) => path.join(searchDir, rel))].map((f) => readFile(f)));
  return { ...measure(contents), query, results: hits.length, milliseconds, paths: [CLIENT, ...fetched.map((rel) => `search/${rel}`)] };
}

export async function searchPayloadStats(outputDir: string, query = "hefei"): Promise<SearchPayloadStats> {
  const files = (await filesUnder(path.join(outputDir, "search"))).filter((f) => f.endsWith(".json"));
  const isShard = (file: string) => file.includes(`${path.sep}shards${path.sep}`);
  const indexFiles = files.filter((f) => isShard(f) || path.basename(f) === "index.json");
  // A few at a time: at 50,000 articles, reading every result file at once runs out of file handles.
  const contents = new Map(await mapLimited(files, 64, async (f) => [f, await readFile(f)] as const));
  const indexContents = indexFiles.map((f) => contents.get(f)!);
  return {
    total: measure([await readFile(path.join(outputDir, CLIENT)), ...contents.values()]),
    index: {
      ...measure(indexContents),
      shards: indexFiles.filter(isShard).length,
      largestShardBytes: Math.max(0, ...indexFiles.filter(isShard).map((f) => contents.get(f)!.length)),
    },
    firstQuery: await firstQueryTransfer(outputDir, query),
  };
}
