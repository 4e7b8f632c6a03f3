import type { Entry, RawDocument, Warning } from "../entry";
import { readContent } from "../load/read-content";
import { factMarks } from "../extract/highlight";
import { fieldText } from "../search/field-text";
import type { FieldName } from "../search/fields";
import { useRenderedBodies } from "../site/markdown";
import { extractAll } from "./extract-pool";
import { openExtractionCache } from "./extraction-cache";
import { compareNewestFirst } from "./order";
import { startProgress } from "./progress";
import { articleSlugs } from "./article-slugs";
import type { PreparedArticle } from "./prepare-article";

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
  const kept = results.flatMap((r, i) => (r.entry ? [{ ...r, key: keys[i] }] : []));
  // The article pages find their bodies rendered (by the pool, or in the cache).
  useRenderedBodies(kept.flatMap((r) => (r.bodyHtml !== null ? [{ ...r.entry!, marks: factMarks(r.entry!), html: r.bodyHtml }] : [])));
  // Slugs come from the source path, so URLs stay stable when extraction improves.
  const { slugs, warnings: slugWarnings } = articleSlugs(kept.map((r) => r.entry!.source));
  warnings.push(...slugWarnings);
  const loaded = kept.map((r, i) => ({
    entry: { ...r.entry!, slug: slugs[i], url: `/articles/${slugs[i]}/` },
    fields: r.searchFields ?? fieldText(r.entry!),
    version: `${r.key} ${slugs[i]}`,
  }));
  loaded.sort((a, b) => compareNewestFirst(a.entry, b.entry));
  return { entries: loaded.map((l) => l.entry), warnings, searchFields: loaded.map((l) => l.fields), versions: loaded.map((l) => l.version) };
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
