// What the index reads of one article: normalised terms per field. Depends on that article alone, so
// the extraction pool computes it ahead and the extraction cache keeps it.
import type { Entry } from "../entry";
import type { FieldName } from "./fields";
import { indexTerms, isStopWord } from "./normalise";

/** What of an entry the index reads: an extracted entry (before it has a URL) has it all. */
export type IndexedPart = Pick<Entry, "source" | "title" | "company" | "location" | "partners" | "body" | "captions">;

/** What of an entry its readable text needs. */
export type Readable = Pick<Entry, "source" | "body" | "captions">;

/**
 * The body's words without photo captions (shown as captions, not searched as prose), tidily spaced.
 * `readable` is the body as a reader sees it (readableText(): a Markdown body's rendered text); by
 * default the body as it is, which is right for plain text only.
 */
export function prose(entry: Readable, readable = bodyWithoutCaptions(entry)): string {
  return readable.replace(/\s+/g, " ").trim();
}

/** A plain-text body with its captions blanked out: the words of prose(), without its spacing made tidy. */
export function bodyWithoutCaptions(entry: Readable): string {
  let text = entry.body;
  for (const { start, end } of entry.captions) text = text.slice(0, start) + " ".repeat(Math.max(0, end - start)) + text.slice(end);
  return text;
}

const termsOf = (text: string | null) => (text ? indexTerms(text).join(" ") : "");

/**
 * The fields with the title the page shows: the archive adds words to titles that other articles share
 * ("(Hefei, May 2021)"), after extraction made the fields; a reader finds the article by them too.
 */
export function withShownTitle(fields: Record<FieldName, string>, title: string): Record<FieldName, string> {
  const terms = termsOf(title);
  return terms === fields.title ? fields : { ...fields, title: terms };
}

/** The index terms of each field of one article, space-separated; `readable` as for prose(). */
export function fieldText(entry: IndexedPart, readable = bodyWithoutCaptions(entry)): Record<FieldName, string> {
  return {
    title: termsOf(entry.title),
    company: termsOf(entry.company.name),
    city: termsOf(entry.location.city),
    region: termsOf(entry.location.region),
    country: termsOf(entry.location.country),
    partner: termsOf(entry.partners.map((p) => p.name).join(" ")),
    // Common words are left out of prose only: "US" as a country must stay findable.
    body: indexTerms(readable)
      .filter((t) => !isStopWord(t))
      .join(" "),
  };
}
