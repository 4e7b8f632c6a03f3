// One article's work that does not depend on the rest of the archive, done in the extraction pool and
// cached with it: extraction, the body rendered to HTML with its facts highlighted (the slowest part of
// an article page) and the article's text for the search index, so that Eleventy, on one thread, only
// assembles pages and the index.
import type { RawDocument } from "../entry";
import { fieldDigests, type FieldDigests } from "./field-digests";
import { factMarks } from "./highlight";
import { fieldText, prose } from "./field-text";
import { isMarkdownSource } from "../load/parse-document";
import { readableText } from "./readable-text";
import type { FieldName } from "./fields";
import { imageOptions, renderBody } from "./markdown";
import { extractSafely, type ExtractionResult } from "./extract-safely";

/**
 * The extraction result, the body's HTML exactly as the article page renders it, the search index's field
 * texts (null without an entry), for a Markdown article the text its search result quotes (its rendered
 * words; null for plain text, whose body is its own text), and a digest of each field of the entry (for
 * the pages' reuse keys, so that no later build serialises the entry again). Plain JSON.
 */
export type PreparedArticle = ExtractionResult & {
  bodyHtml: string | null;
  searchFields: Record<FieldName, string> | null;
  searchText: string | null;
  fieldDigests: FieldDigests | null;
};

export function prepareArticle(doc: RawDocument): PreparedArticle {
  const result = extractSafely(doc);
  const { entry } = result;
  if (!entry) return { ...result, bodyHtml: null, searchFields: null, searchText: null, fieldDigests: null };
  const readable = readableText(entry);
  return {
    ...result,
    bodyHtml: renderBody(entry.body, factMarks(entry), entry.captions, imageOptions(entry)),
    searchFields: fieldText(entry, readable),
    searchText: isMarkdownSource(entry.source) ? prose(entry, readable) : null,
    fieldDigests: fieldDigests(entry),
  };
}
