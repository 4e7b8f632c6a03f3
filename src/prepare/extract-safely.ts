import type { ExtractedEntry, RawDocument, Warning } from "../entry";
import { extractWithWarnings } from "../extract";

/** One article's extraction: the entry (null when the extractor failed) and its warnings. Plain JSON. */
export type ExtractionResult = { entry: ExtractedEntry | null; warnings: Warning[] };

/** Extract one document; the extractor is meant never to throw, and if it does the article is reported, not lost silently. */
export function extractSafely(doc: RawDocument): ExtractionResult {
  try {
    return extractWithWarnings(doc);
  } catch (error) {
    return { entry: null, warnings: [{ file: doc.source, reason: `extraction failed: ${(error as Error).message}; skipped` }] };
  }
}
