import type { Span } from "../entry";
import type { ExtractedEntry } from "./index";

export type FactKind = "date" | "company" | "location" | "partner" | "figure";
export type FactMark = Span & { kind: FactKind; label: string };

/**
 * The spans of the entry's facts in its body, for the article page to wrap in <mark>: sorted and
 * non-overlapping (where two facts overlap, the one that starts first, then the longer, is kept).
 */
export function factMarks(entry: ExtractedEntry): FactMark[] {
  const marks: FactMark[] = [];
  const add = (span: Span | undefined, kind: FactKind, label: string) => {
    if (span && span.start >= 0 && span.end <= entry.body.length && span.start < span.end) marks.push({ ...span, kind, label });
  };
  const { date, company, location } = entry;
  add(date.span, "date", [date.year, date.month, date.day].map((p) => p ?? "?").join("-"));
  add(company.span, "company", company.name ?? "");
  add(location.span, "location", [location.city, location.region, location.country].filter(Boolean).join(", "));
  for (const p of entry.partners) add(p.span, "partner", p.name);
  for (const f of entry.figures) add(f.span, "figure", `${f.value} ${f.unit}`);

  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FactMark[] = [];
  for (const m of marks) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
  return out;
}
