import * as chrono from "chrono-node";
import type { Entry, RawDocument } from "../entry";

/** An entry before the archive gives it a slug and a URL. */
export type ExtractedEntry = Omit<Entry, "slug" | "url">;

// First, thin extractor: the extraction issue replaces it with one module per field.
export function extractEntry(doc: RawDocument): ExtractedEntry {
  const body = doc.text;
  const lead = body.split(/\n/).find((l) => l.trim()) ?? "";
  const parsed = chrono.parse(body)[0];
  const date = doc.headerDate
    ? { ...doc.headerDate, by: "text" as const }
    : parsed
      ? {
          year: parsed.start.isCertain("year") ? parsed.start.get("year") : null,
          month: parsed.start.isCertain("month") ? parsed.start.get("month") : null,
          day: parsed.start.isCertain("day") ? parsed.start.get("day") : null,
          text: parsed.text,
          by: "text" as const,
          span: { start: parsed.index, end: parsed.index + parsed.text.length },
        }
      : { year: null, month: null, day: null, text: "", by: "text" as const };
  return {
    source: doc.source,
    title: lead.slice(0, 100),
    titleBy: "generated",
    date,
    company: { name: null, by: "text" },
    location: { city: null, region: null, country: null, by: "text" },
    partners: [],
    figures: [],
    summary: lead.slice(0, 200),
    body,
    captions: [],
    boilerplate: "",
  };
}

export function extractWithWarnings(doc: RawDocument): { entry: ExtractedEntry; warnings: import("../entry").Warning[] } {
  return { entry: extractEntry(doc), warnings: [] };
}
