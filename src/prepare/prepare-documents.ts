// The extraction stage: every document prepared (extracted, body rendered, search text), from the cache
// where the document and the extractor's code are unchanged, else on all cores; the cache is saved for
// the next build.
import type { RawDocument } from "../entry";
import { startProgress } from "../util/progress";
import { extractAll } from "./extract-pool";
import { openExtractionCache } from "./extraction-cache";
import type { PreparedArticle } from "./prepare-article";

/** Prepared articles in the documents' order, with the cache key of each (a hash of the document and the code). */
export async function prepareDocuments(contentDir: string, documents: RawDocument[], keep = false): Promise<{ results: PreparedArticle[]; keys: string[] }> {
  const cache = await openExtractionCache(contentDir, undefined, keep);
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
