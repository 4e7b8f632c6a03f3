import type { DateFact, ExtractedEntry, Span } from "../entry";
import { normaliseFigure } from "../facts/figure-units";
import { formatDate } from "../facts/format";

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
  add(date.span, "date", `Date: ${dateLabel(date)}`);
  add(company.span, "company", `Company: ${company.name ?? ""}`);
  add(location.span, "location", `Location: ${[location.city, location.region, location.country].filter(Boolean).join(", ")}`);
  for (const p of entry.partners) add(p.span, "partner", `Partner: ${p.name}`);
  for (const f of entry.figures) add(f.span, "figure", `Figure: ${normaliseFigure(f).display}`);

  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FactMark[] = [];
  for (const m of marks) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
  return out;
}

/** "7 April, year not stated"; a relative date ("today") names the day the text does not give. */
function dateLabel(date: DateFact): string {
  return date.year === null && date.month === null && date.day === null ? `“${date.text}”, day not stated` : formatDate(date);
}
