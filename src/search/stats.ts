// How many bytes search ships, and how many a first query transfers, measured on a built site.
// For the scale benchmark: `searchPayloadStats("_site", "hefei")`.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createSearchEngine } from "./engine";

/** The client bundle, relative to the output folder (templates/search-client.11ty.ts). */
const CLIENT = "assets/search.js";
/** Results a first search shows (the client's page size). */
const FIRST_PAGE = 20;

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
  /** What a first search for `query` downloads: client, manifest, its shards, its first page of results. */
  firstQuery: Transfer & { query: string; results: number; paths: string[] };
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

export async function searchPayloadStats(outputDir: string, query = "hefei"): Promise<SearchPayloadStats> {
  const searchDir = path.join(outputDir, "search");
  const jsonFiles = (await filesUnder(searchDir)).filter((f) => f.endsWith(".json"));
  const read = (file: string) => readFile(file);
  const client = await read(path.join(outputDir, CLIENT));
  const all = await Promise.all(jsonFiles.map(read));
  const indexFiles = jsonFiles.filter((f) => !f.includes(`${path.sep}docs${path.sep}`));
  const indexContents = await Promise.all(indexFiles.map(read));

  const fetched: string[] = [];
  const engine = createSearchEngine(async (rel) => {
    fetched.push(rel);
    return JSON.parse(await readFile(path.join(searchDir, rel), "utf8"));
  });
  const outcome = await engine.search(query);
  const hits = outcome.ok ? outcome.hits : [];
  await engine.docs(hits.slice(0, FIRST_PAGE).map((h) => h.ref));
  const firstContents = [client, ...(await Promise.all(fetched.map((rel) => read(path.join(searchDir, rel)))))];

  return {
    total: measure([client, ...all]),
    index: {
      ...measure(indexContents),
      shards: indexFiles.filter((f) => f.includes(`${path.sep}shards${path.sep}`)).length,
      largestShardBytes: Math.max(0, ...indexContents.map((c, i) => (indexFiles[i].includes(`${path.sep}shards${path.sep}`) ? c.length : 0))),
    },
    firstQuery: { ...measure(firstContents), query, results: hits.length, paths: [CLIENT, ...fetched.map((rel) => `search/${rel}`)] },
  };
}
