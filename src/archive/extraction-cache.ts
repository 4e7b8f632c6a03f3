// Extraction results kept between builds, keyed by a hash of the document and of the extractor's code,
// so a rebuild after one article changes re-extracts that article only, and a new extractor re-extracts all.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RawDocument } from "../entry";
import type { PreparedArticle } from "./prepare-article";

const ROOT = path.resolve(import.meta.dirname, "../..");
// What a prepared article depends on besides the document: the extractor, its data, the contract, the
// body renderer, the search index's field texts, their libraries.
const EXTRACTOR_SOURCES = ["src/extract", "src/data"];
const EXTRACTOR_FILES = [
  "src/entry.ts",
  "src/archive/extract-safely.ts",
  "src/archive/prepare-article.ts",
  "src/site/markdown.ts",
  "src/search/field-text.ts",
  "src/search/fields.ts",
  "src/search/normalise.ts",
  ...["chrono-node", "compromise", "remark", "remark-html", "hast-util-sanitize", "lunr"].map((lib) => `node_modules/${lib}/package.json`),
];

export interface ExtractionCache {
  keyOf(doc: RawDocument): string;
  get(key: string): PreparedArticle | undefined;
  set(key: string, result: PreparedArticle): void;
  /** Keep the results used since opening (older ones are dropped) for the next build: in memory, and on disk if anything changed. */
  save(): Promise<void>;
}

/** Where caches live: EV_CACHE_DIR, or .cache/ in the project (git-ignored). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.EV_CACHE_DIR ? path.resolve(env.EV_CACHE_DIR) : path.join(ROOT, ".cache");
}

let extractorVersion: Promise<string> | undefined;
/** Hash of the extractor's code and data: computed once per process. */
export function currentExtractorVersion(): Promise<string> {
  extractorVersion ??= (async () => {
    const hash = createHash("sha256");
    const files = [...EXTRACTOR_FILES];
    for (const dir of EXTRACTOR_SOURCES) {
      for (const rel of await readdir(path.join(ROOT, dir), { recursive: true }).catch(() => [])) {
        if ((await stat(path.join(ROOT, dir, rel))).isFile()) files.push(path.join(dir, rel));
      }
    }
    for (const file of files.sort()) {
      hash.update(file + "\0");
      hash.update(await readFile(path.join(ROOT, file)).catch(() => Buffer.from("missing")));
    }
    return hash.digest("hex");
  })();
  return extractorVersion;
}

// A long-lived process (`npm start`) keeps what it saved last, so a rebuild does not read the file again.
const inMemory = new Map<string, { version: string; results: Map<string, PreparedArticle> }>();
let saves = 0;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The cache for one content folder (one file per folder, so builds of different archives do not evict each other). */
export async function openExtractionCache(contentDir: string, cacheDir = defaultCacheDir()): Promise<ExtractionCache> {
  const version = await currentExtractorVersion();
  const file = path.join(cacheDir, "extraction", `${sha256(path.resolve(contentDir)).slice(0, 16)}.json`);
  const kept = inMemory.get(file);
  const stored = kept?.version === version ? kept.results : await readStored(file, version);
  const used = new Map<string, PreparedArticle>();
  let changed = false;

  return {
    keyOf: (doc) => sha256(version + JSON.stringify([doc.source, doc.text, doc.frontMatter, doc.headerDate ?? null])),
    get(key) {
      const result = used.get(key) ?? stored.get(key);
      if (result) used.set(key, result);
      return result;
    },
    set(key, result) {
      used.set(key, result);
      changed = true;
    },
    async save() {
      inMemory.set(file, { version, results: used });
      if (!changed && used.size === stored.size) return;
      await mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a build running at the same time never reads half a file.
      const temporary = `${file}.${process.pid}.${++saves}.tmp`;
      await writeFile(temporary, JSON.stringify({ version, results: Object.fromEntries(used) }));
      await rename(temporary, file);
    },
  };
}

async function readStored(file: string, version: string): Promise<Map<string, PreparedArticle>> {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8")) as { version?: string; results?: Record<string, PreparedArticle> };
    return parsed.version === version && parsed.results ? new Map(Object.entries(parsed.results)) : new Map();
  } catch {
    return new Map(); // no cache yet, or an unreadable one: extract everything
  }
}
