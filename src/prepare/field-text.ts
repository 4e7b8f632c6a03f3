// What the index reads of one article: normalised terms per field. Depends on that article alone, so
// the extraction pool computes it ahead and the extraction cache keeps it.
import type { Entry } from "../entry";
import type { FieldName } from "./fields";
import { indexTerms, isStopWord } from "./normalise";

/** What of an entry the index reads: an extracted entry (before it has a URL) has it all. */
export type IndexedPart = Pick<Entry, "title" | "company" | "location" | "partners" | "body" | "captions">;

/** The body without photo captions, which are shown as captions and not searched as prose. */
export function prose(entry: Pick<Entry, "body" | "captions">): string {
  return withoutCaptions(entry).replace(/\s+/g, " ").trim();
}

/** The body with its captions blanked out: the words of prose(), without its spacing made tidy. */
function withoutCaptions(entry: Pick<Entry, "body" | "captions">): string {
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
