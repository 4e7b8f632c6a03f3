// Extraction results kept between builds, keyed by a hash of the document and of the extractor's code,
// so a rebuild after one article changes re-extracts that article only, and a new extractor re-extracts all.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { appendFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import type { RawDocument } from "../entry";
import { defaultCacheDir } from "../util/cache-dir";
import { ownerOf } from "../util/orphaned-caches";
import { workerBundle } from "../util/worker-bundle";
import { writeFileAtomically } from "../util/write-atomically";
import { EXTRACT_WORKER } from "./extract-pool";
import type { PreparedArticle } from "./prepare-article";

export interface ExtractionCache {
  keyOf(doc: RawDocument): string;
  get(key: string): PreparedArticle | undefined;
  set(key: string, result: PreparedArticle): void;
  /** Keep the results used since opening (older ones are dropped) for the next build: on disk if anything changed, and in memory when the cache was opened to keep them. */
  save(): Promise<void>;
}

let extractorVersion: Promise<string> | undefined;
/**
 * The version of what a prepared article is made from besides its document: the digest of the extraction
 * worker's bundle, i.e. every module the worker runs (extractor, data, renderer, search text, libraries),
 * not a hand-kept list of folders that misses the next one. Computed once per process.
 */
export function currentExtractorVersion(): Promise<string> {
  extractorVersion ??= workerBundle(EXTRACT_WORKER).then((bundle) => bundle.digest);
  return extractorVersion;
}

// The file is JSON lines: the version, then one `[key, result]` per line, a later line replacing an earlier
// one with the same key. A build that adds a few results appends their lines (a watching process saves
// after every edit); the file is written anew only when most of its lines are no longer used.
// Only the parsed results are kept (not their lines as well): a line is written again from its result.
type Stored = { results: Map<string, PreparedArticle>; linesOnDisk: number; owned: boolean };

// A long-lived process (`npm start`) keeps what it saved last, so a rebuild does not read the file again;
// a one-off build does not (it would hold every article's results, search texts included, to the end).
const inMemory = new Map<string, { version: string } & Stored>();

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
// A watching process gets the same document objects again for files that did not change (read-content.ts).
const keys = new WeakMap<RawDocument, { version: string; key: string }>();
const lineOf = (key: string, result: PreparedArticle) => JSON.stringify([key, result]);

/**
 * Everything extraction reads of a document (its line numbers in warnings included). Destructured field by
 * field: a field added to RawDocument fails to compile here until it is in the key or said not to matter.
 */
function documentKey({ source, text, frontMatter, headerDate, firstLine, media, ...rest }: RawDocument): string {
  const unkeyed: Record<string, never> = rest;
  return JSON.stringify([source, text, frontMatter, headerDate ?? null, firstLine ?? 1, media ?? null, unkeyed]);
}

/**
 * The cache for one content folder (one file per folder, so builds of different archives do not evict each
 * other). `keep`: the results saved stay in memory for this process's next build (a watching process).
 */
export async function openExtractionCache(contentDir: string, cacheDir = defaultCacheDir(), keep = false): Promise<ExtractionCache> {
  const version = await currentExtractorVersion();
  const file = path.join(cacheDir, "extraction", `${sha256(path.resolve(contentDir)).slice(0, 16)}.jsonl`);
  const kept = inMemory.get(file);
  const stored = kept?.version === version ? kept : await readStored(file, version);
  const used = new Map<string, PreparedArticle>();
  const added = new Map<string, PreparedArticle>();

  return {
    keyOf(doc) {
      const known = keys.get(doc);
      if (known?.version === version) return known.key;
      const key = sha256(version + documentKey(doc));
      keys.set(doc, { version, key });
      return key;
    },
    get(key) {
      const result = used.get(key) ?? stored.results.get(key);
      if (result) used.set(key, result);
      return result;
    },
    set(key, result) {
      used.set(key, result);
      added.set(key, result);
    },
    async save() {
      // (A file from before it named its content folder is written anew, so that the sweep keeps it.)
      const appendOnly = stored.owned && stored.linesOnDisk > 0 && stored.linesOnDisk + added.size <= 2 * used.size;
      if (keep) inMemory.set(file, { version, results: used, linesOnDisk: appendOnly ? stored.linesOnDisk + added.size : used.size, owned: true });
      else inMemory.delete(file);
      if (added.size === 0 && used.size === stored.results.size) return;
      await mkdir(path.dirname(file), { recursive: true });
      if (appendOnly) {
        await appendFile(file, [...added].map(([key, result]) => lineOf(key, result) + "\n").join(""));
        return;
      }
      // Whole, so a build running at the same time never reads half a file; line by line, so the file's
      // text (hundreds of megabytes for a large archive) is not held while the pages are rendered.
      await writeFileAtomically(file, linesOf(JSON.stringify({ ...ownerOf(contentDir), version }), used));
    },
  };
}

function* linesOf(head: string, results: Map<string, PreparedArticle>): Iterable<string> {
  yield head + "\n";
  for (const [key, result] of results) yield lineOf(key, result) + "\n";
}

// Read line by line: the whole file's text (hundreds of megabytes for a large archive) is never held at once.
async function readStored(file: string, version: string): Promise<Stored> {
  const stored: Stored = { results: new Map(), linesOnDisk: 0, owned: false };
  let head: string | undefined;
  try {
    for await (const line of createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })) {
      if (head === undefined) {
        head = line;
        if (!head.includes(`"version":"${version}"`)) break;
        stored.owned = head.includes(`"owner":`);
        continue;
      }
      if (!line) continue;
      try {
        const [key, result] = JSON.parse(line) as [string, PreparedArticle];
        stored.results.set(key, result);
        stored.linesOnDisk++;
      } catch {
        // a line cut short (the process stopped while appending): that article is extracted again
      }
    }
  } catch {
    return { results: new Map(), linesOnDisk: 0, owned: false }; // no cache yet, or unreadable: extract everything
  }
  return stored;
}
