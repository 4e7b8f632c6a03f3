import type { Entry, ExtractedEntry, RawDocument, Warning } from "../entry";
import { readContent } from "../load/read-content";
import { factMarks } from "../prepare/highlight";
import { fieldText } from "../prepare/field-text";
import type { FieldName } from "../prepare/fields";
import { renderedBodyKey, useRenderedBodies } from "../prepare/markdown";
import { extractAll } from "../prepare/extract-pool";
import { openExtractionCache } from "../prepare/extraction-cache";
import { compareNewestFirst } from "./order";
import { startProgress } from "../util/progress";
import { articleSlugs } from "./article-slugs";
import type { PreparedArticle } from "../prepare/prepare-article";

export type LoadedEntries = {
  entries: Entry[];
  warnings: Warning[];
  /** The search index's text of each entry (same order), done in the extraction pool or cached. */
  searchFields: Array<Record<FieldName, string>>;
  /** Per entry (same order), a key that changes whenever the entry does: its document, extractor and URL. */
  versions: string[];
};

/** Content folder → entries (newest first), their search texts and every warning met on the way. */
export async function loadEntries(contentDir: string): Promise<LoadedEntries> {
  const { documents, warnings } = await readContent(contentDir);
  const { results, keys } = await extractWithCache(contentDir, documents);
  for (const result of results) warnings.push(...result.warnings);
  const kept = results.flatMap((result, i) => (result.entry ? [{ result, entry: result.entry, key: keys[i] }] : []));
  // The article pages find their bodies rendered (by the pool, or in the cache).
  useRenderedBodies(kept.flatMap(({ result }) => (result.bodyHtml !== null ? [[renderedKeyOf(result), result.bodyHtml] as [string, string]] : [])));
  // Slugs come from the source path, so URLs stay stable when extraction improves.
  const { slugs, warnings: slugWarnings } = articleSlugs(kept.map((k) => k.entry.source));
  warnings.push(...slugWarnings);
  const loaded = kept.map(({ result, entry, key }, i) => ({
    entry: withSlug(entry, slugs[i]),
    fields: result.searchFields ?? fieldText(entry),
    version: `${key} ${slugs[i]}`,
  }));
  loaded.sort((a, b) => compareNewestFirst(a.entry, b.entry));
  return { entries: loaded.map((l) => l.entry), warnings, searchFields: loaded.map((l) => l.fields), versions: loaded.map((l) => l.version) };
}

// A watching process gets the same result objects back from the cache for the files that did not change:
// what is worked out from them is kept with them. Entries are never changed once made.
const renderedKeys = new WeakMap<PreparedArticle, string>();
const slugged = new WeakMap<ExtractedEntry, Entry>();

/** The key the result's rendered body is found by (hashing 10,000 bodies again took ~0.2 s a rebuild). */
function renderedKeyOf(result: PreparedArticle): string {
  let key = renderedKeys.get(result);
  if (key === undefined) renderedKeys.set(result, (key = renderedBodyKey(result.entry!.body, factMarks(result.entry!), result.entry!.captions)));
  return key;
}

/** The entry with its slug and URL: the same object as last time when neither changed, so that what is cached by entry (listing fragments, the export's JSON) stays found. */
function withSlug(extracted: ExtractedEntry, slug: string): Entry {
  const known = slugged.get(extracted);
  if (known?.slug === slug) return known;
  const entry = { ...extracted, slug, url: `/articles/${slug}/` };
  slugged.set(extracted, entry);
  return entry;
}

/** Prepared articles in the documents' order (and their cache keys): from the cache where the document and extractor are unchanged, else extracted on all cores. */
async function extractWithCache(contentDir: string, documents: RawDocument[]): Promise<{ results: PreparedArticle[]; keys: string[] }> {
  const cache = await openExtractionCache(contentDir);
  const keys = documents.map((doc) => cache.keyOf(doc));
  const results = keys.map((key) => cache.get(key));
  const missing = documents.flatMap((doc, i) => (results[i] ? [] : [{ doc, i }]));
  const progress = startProgress("extracting articles", missing.length);
  const fresh = await extractAll(
    missing.map((m) => m.doc),
    { onDone: (count) => progress.advance(count) },
  );
  progress.finish();
  missing.forEach(({ i }, n) => {
    results[i] = fresh[n];
    cache.set(keys[i], fresh[n]);
  });
  // Written while the build goes on (the process does not exit before the write ends); a failed write costs only time later.
  cache.save().catch((error: Error) => process.stderr.write(`warning: the extraction cache was not saved: ${error.message}\n`));
  return { results: results as PreparedArticle[], keys };
}

export function formatWarning(w: Warning): string {
  const line = `warning: ${w.file}${w.line !== undefined ? `:${w.line}` : ""}: ${w.reason}`;
  // File names and front matter may hold control characters: shown escaped, one warning stays one line
  // and cannot send escape sequences to the terminal.
  return line.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
