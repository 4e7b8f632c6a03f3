import type { DateFact, ExtractedEntry, RawDocument, Warning } from "../entry";
import { splitBoilerplate, findCaptions } from "./boilerplate";
import { extractCompany } from "./company";
import { datelineDate, findDateline, timestampDate, withoutDateline } from "./dateline";
import { extractDate } from "./date";
import { extractFigures } from "./figures";
import { applyFrontMatter } from "./front-matter";
import { extractLocation } from "./location";
import { namePhrases, personWords } from "./names";
import { makerByAlias } from "./orgs";
import { extractPartners } from "./partners";
import { leadIndex, splitSentences, type Sentence } from "./sentences";
import { generateTitle, splitHeadline, summarize } from "./title";

const isKnownName = (name: string) => makerByAlias(name) !== undefined;

/** Raw document → entry: each field from its own extractor, then the editor's front matter on top. */
export function extractWithWarnings(doc: RawDocument): { entry: ExtractedEntry; warnings: Warning[] } {
  const { headline, rest } = splitHeadline(doc.text);
  const { body, boilerplate } = splitBoilerplate(rest);
  const captions = findCaptions(body);
  const dateline = findDateline(body);
  const sentences = withoutDateline(splitSentences(body, captions), dateline);
  const phrases = sentences.map((s) => namePhrases(s.text, s.start, isKnownName));
  const headlinePhrases = headline ? namePhrases(headline, 0, isKnownName) : [];
  const persons = personWords(sentences, phrases);

  const company = extractCompany(sentences, phrases, headlinePhrases, persons);
  const lead = leadSentence(sentences);
  const location = extractLocation(sentences, phrases);
  const fallbackTitle = doc.source.replace(/^.*\//, "").replace(/\.\w+$/, "");
  const entry: ExtractedEntry = {
    source: doc.source,
    title: headline ?? generateTitle(lead, company.name, fallbackTitle),
    titleBy: headline ? "headline" : "generated",
    date: headerDate(doc) ?? (dateline && datelineDate(dateline, body, sentences[0])) ?? timestampDate(body) ?? extractDate(sentences),
    company,
    location,
    partners: extractPartners(sentences, phrases, company.name, persons, location),
    figures: extractFigures(sentences, company.name),
    summary: summarize(lead, company.name),
    body,
    captions,
    boilerplate,
  };
  return applyFrontMatter(entry, doc.frontMatter, doc.source);
}

export function extractEntry(doc: RawDocument): ExtractedEntry {
  return extractWithWarnings(doc).entry;
}

function headerDate(doc: RawDocument): DateFact | undefined {
  return doc.headerDate ? { ...doc.headerDate, by: "text", confidence: 1, evidence: "the file's date header" } : undefined;
}

// Machine translation leaves stray periods inside a sentence: "Xiaomi Corp, a major smartphone company in China. Has officially signed".
const CONTINUATION = /^(?:Has|Have|Had|Will|Would|Is|Was|Are|Were)\s+\p{Ll}/u;

/** The first sentence that reads as prose (subheadings and short lines skipped), rejoined when a stray period split it. */
function leadSentence(sentences: readonly Sentence[]): string {
  const at = leadIndex(sentences);
  const lead = sentences[Math.max(at, 0)];
  if (!lead) return "";
  const next = sentences[at + 1];
  if (at < 0 || !next || next.paragraph !== lead.paragraph || !CONTINUATION.test(next.text)) return lead.text;
  return `${lead.text.replace(/\.$/, "")}, ${next.text.charAt(0).toLowerCase()}${next.text.slice(1)}`;
}
