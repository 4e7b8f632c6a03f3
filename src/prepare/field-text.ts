// What the index reads of one article: normalised terms per field. Depends on that article alone, so
// the extraction pool computes it ahead and the extraction cache keeps it.
import type { Entry } from "../entry";
import { isMarkdownSource, markdownText } from "../extract/markdown-text";
import type { FieldName } from "./fields";
import { indexTerms, isStopWord } from "./normalise";

/** What of an entry the index reads: an extracted entry (before it has a URL) has it all. */
export type IndexedPart = Pick<Entry, "source" | "title" | "company" | "location" | "partners" | "body" | "captions">;

/** What of an entry its readable text needs. */
type Readable = Pick<Entry, "source" | "body" | "captions">;

/** The body without photo captions, which are shown as captions and not searched as prose. */
export function prose(entry: Readable): string {
  return withoutCaptions(entry).replace(/\s+/g, " ").trim();
}

/**
 * The body as a reader sees it (a Markdown body's rendered text: no "**", no table pipes) with its
 * captions blanked out: the words of prose(), without its spacing made tidy.
 */
function withoutCaptions(entry: Readable): string {
  if (isMarkdownSource(entry.source)) {
    const { text, offsets } = markdownText(entry.body);
    if (!entry.captions.length) return text;
    const inCaption = (at: number) => entry.captions.some((c) => c.start <= at && at < c.end);
    return text.split("").map((char, i) => (inCaption(offsets[i]) ? " " : char)).join("");
  }
  let text = entry.body;
  for (const { start, end } of entry.captions) text = text.slice(0, start) + " ".repeat(Math.max(0, end - start)) + text.slice(end);
  return text;
}

/** The index terms of each field of one article, space-separated. */
export function fieldText(entry: IndexedPart): Record<FieldName, string> {
  const terms = (text: string | null) => (text ? indexTerms(text).join(" ") : "");
  return {
    title: terms(entry.title),
    company: terms(entry.company.name),
    city: terms(entry.location.city),
    region: terms(entry.location.region),
    country: terms(entry.location.country),
    partner: terms(entry.partners.map((p) => p.name).join(" ")),
    // Common words are left out of prose only: "US" as a country must stay findable.
    body: indexTerms(withoutCaptions(entry))
      .filter((t) => !isStopWord(t))
      .join(" "),
  };
}
