// One article's work that does not depend on the rest of the archive, done in the extraction pool and
// cached with it: extraction, and the body rendered to HTML with its facts highlighted (the slowest
// part of an article page), so that Eleventy, on one thread, only assembles the pages.
import type { RawDocument } from "../entry";
import { factMarks } from "../extract/highlight";
import { renderBody } from "../site/markdown";
import { extractSafely, type ExtractionResult } from "./extract-safely";

/** The extraction result and the body's HTML exactly as the article page renders it (null without an entry). Plain JSON. */
export type PreparedArticle = ExtractionResult & { bodyHtml: string | null };

export function prepareArticle(doc: RawDocument): PreparedArticle {
  const result = extractSafely(doc);
  const { entry } = result;
  return { ...result, bodyHtml: entry ? renderBody(entry.body, factMarks(entry), entry.captions) : null };
}
