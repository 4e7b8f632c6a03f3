import type { DateFact, ExtractedEntry, Provenance, RawDocument, Warning } from "../entry";
import { splitBoilerplate, findCaptions } from "./boilerplate";
import { extractCompany } from "./company";
import { bylineDate, closingStampDate, datelineDate, findDateline, postDate, timestampDate, updatedDate, withoutDateline } from "./dateline";
import { extractDate } from "./date";
import { extractFigures } from "./figures";
import { inLocalDollars } from "./local-dollar";
import { applyFrontMatter, editorGives } from "./front-matter";
import { extractLocation } from "./location";
import { namePhrases, personWords } from "./names";
import { makerByAlias } from "./orgs";
import { extractPartners, partnerCandidates, type PartnerCandidate } from "./partners";
import { isMarkdownSource } from "../load/parse-document";
import { markdownText, parseMarkdown, sourceSpan, type MarkdownText } from "./markdown-text";
import { checkMedia } from "./media-references";
import { leadIndex, splitSentences, type Sentence } from "./sentences";
import { factsHeadline } from "./headline";
import { generateTitle, splitHeadline, summarize, type HeadlineSplit } from "./title";

const isKnownName = (name: string) => makerByAlias(name) !== undefined;

/** Raw document → entry: each field from its own extractor, then the editor's front matter on top. */
export function extractWithWarnings(doc: RawDocument): { entry: ExtractedEntry; warnings: Warning[] } {
  const { headline, stamp, body, boilerplate, md, media, text, captions, dateline, sentences, phrases, headlinePhrases, persons } = readArticle(doc);
  const company = extractCompany(sentences, phrases, headlinePhrases, persons);
  const lead = leadSentence(sentences);
  const location = extractLocation(sentences, phrases, dateline && text.slice(dateline.place.end, dateline.end));
  const fallbackTitle = doc.source.replace(/^.*\//, "").replace(/\.\w+$/, "");
  // A name the text lacks (put in from elsewhere) is shown as inferred: "[NIO] has signed ...".
  const inferred = company.name && !mentions(text, company.name) ? company.name : null;
  // A date, summary or title the editor gives replaces the text's: those are not read from the text at all.
  const given = (field: "title" | "summary" | "date") => editorGives(doc.frontMatter, field);
  const facts: ExtractedEntry = {
    source: doc.source,
    title: "",
    titleBy: "generated",
    titleHow: { inferred: [] },
    date: given("date") ? NO_DATE : headerDate(doc) ?? (dateline && datelineDate(dateline, text, sentences[0])) ?? timestampDate(text) ?? bylineDate(text) ?? headlineDate(stamp) ?? closingStampDate(text) ?? storyDate(sentences, text),
    company,
    location,
    partners: extractPartners(sentences, phrases, company.name, persons, location),
    figures: inLocalDollars(extractFigures(sentences, company.name), location.country, text),
    summary: given("summary") ? "" : summarize(lead, company.name),
    body,
    captions,
    boilerplate,
  };
  if (media && Object.keys(media.media).length) facts.media = media.media;
  // The title is made from the facts the article states (in Markdown, none read from inline code).
  const read = md ? inSource(facts, md) : facts;
  const entry = { ...read, ...(given("title") ? editorTitle() : titleOf(headline, lead, read, inferred, fallbackTitle)) };
  const result = applyFrontMatter(entry, doc.frontMatter, doc.source);
  return media?.warnings.length ? { ...result, warnings: [...result.warnings, ...media.warnings] } : result;
}

/** An article's words as the extractors read them: its sentences, their name phrases, the people it names. */
function readArticle(doc: RawDocument) {
  const markdown = isMarkdownSource(doc.source);
  const { headline, rest, stamp } = markdown ? markdownHeadline(doc) : splitHeadline(doc.text);
  const { body, boilerplate } = splitBoilerplate(rest);
  // Facts are read from the words a reader sees: for Markdown its rendered text, mapped back to the source after.
  const tree = markdown ? parseMarkdown(body) : undefined;
  const md = tree ? markdownText(body) : undefined;
  const media = tree ? checkMedia(tree, doc.source, doc.media ?? {}, lineInFile(doc, rest, body)) : undefined;
  const text = md ? md.text : body;
  const captions = findCaptions(text);
  const dateline = findDateline(text);
  const skipped = md ? [...captions, ...md.codeBlocks].sort((a, b) => a.start - b.start) : captions;
  const sentences = withoutDateline(splitSentences(text, skipped), dateline);
  const phrases = sentences.map((s) => namePhrases(s.text, s.start, isKnownName));
  const headlinePhrases = headline ? namePhrases(headline, 0, isKnownName) : [];
  const persons = personWords(sentences, phrases);

  return { headline, stamp, body, boilerplate, md, media, text, captions, dateline, sentences, phrases, headlinePhrases, persons };
}

/** Every partner candidate of an article with the features the partner model weighs (for fitting that model). */
export function articlePartnerCandidates(doc: RawDocument): { company: string | null; candidates: PartnerCandidate[] } {
  const { sentences, phrases, headlinePhrases, persons } = readArticle(doc);
  const company = extractCompany(sentences, phrases, headlinePhrases, persons).name;
  return { company, candidates: partnerCandidates(sentences, phrases, company, persons, extractLocation(sentences, phrases)) };
}

// Stand-ins for what the front matter replaces.
const NO_DATE: DateFact = { year: null, month: null, day: null, text: "", by: "text" };
const editorTitle = (): Pick<ExtractedEntry, "title" | "titleBy" | "titleHow"> => ({ title: "", titleBy: "editor", titleHow: { inferred: [] } });

/** The headline found in the text, else who does what where from the facts, else the lead's main clause; and how it was made. */
function titleOf(headline: string | null, lead: string, facts: ExtractedEntry, inferred: string | null, fallback: string): Pick<ExtractedEntry, "title" | "titleBy" | "titleHow"> {
  if (headline) return { title: headline, titleBy: "headline", titleHow: { inferred: [] } };
  const name = facts.company.name;
  const shown = inferred ? `[${inferred}]` : name;
  const fromFacts = name && shown ? factsHeadline(lead, { shown, company: name, location: facts.location, partners: facts.partners, figures: facts.figures }) : null;
  const title = fromFacts?.title ?? generateTitle(lead, shown, fallback);
  const made = fromFacts ? { from: "facts" as const, action: fromFacts.action } : { from: "lead" as const };
  return { title, titleBy: "generated", titleHow: { inferred: inferred && title.includes(`[${inferred}]`) ? [inferred] : [], ...made } };
}

/** Offset in the body → line of the file. The body is where it starts in what remains after the headline. */
function lineInFile(doc: RawDocument, rest: string, body: string): (offset: number) => number | undefined {
  const bodyStart = doc.text.length - rest.length + Math.max(0, rest.indexOf(body.slice(0, 80)));
  return (offset) => (doc.firstLine ?? 1) + doc.text.slice(0, bodyStart + offset).split("\n").length - 1;
}

// A first line "# Headline" (ATX, level 1) is a Markdown article's headline, unless the editor gave a title.
const ATX_HEADLINE = /^#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*(?:\n|$)/;
// A first line that is Markdown structure (a heading of another level, a list, a quote, a table, a fence) is no headline.
const BLOCK_MARKER = /^(?:#|[-*+>|]|\d+[.)]\s|```|~~~)/;

function markdownHeadline(doc: RawDocument): HeadlineSplit {
  const m = ATX_HEADLINE.exec(doc.text);
  if (m && !("title" in doc.frontMatter)) {
    const headline = markdownText(m[1]).text.replace(/\s+/g, " ").trim();
    const rest = doc.text.slice(m[0].length).replace(/^\s*\n/, "");
    if (headline && rest.trim()) return { headline, rest };
  }
  if (BLOCK_MARKER.test(doc.text)) return { headline: null, rest: doc.text };
  const split = splitHeadline(doc.text);
  return split.headline ? { ...split, headline: markdownText(split.headline).text.trim() || split.headline } : split;
}

/**
 * The entry read from a Markdown body's text, with its spans put back into the source (Entry.body).
 * Facts met in inline code or struck-out words are dropped: shown to the reader, not stated by the article.
 */
function inSource(entry: ExtractedEntry, md: MarkdownText): ExtractedEntry {
  const unread = (p: Provenance) => p.span !== undefined && md.unread.some((u) => u.start < p.span!.end && p.span!.start < u.end);
  const back = <T extends Provenance>(p: T): T => (p.span ? { ...p, span: sourceSpan(md, p.span) } : p);
  return {
    ...entry,
    date: back(entry.date),
    company: back(entry.company),
    location: back(entry.location),
    partners: entry.partners.filter((p) => !unread(p)).map(back),
    figures: entry.figures.filter((f) => !unread(f)).map(back),
    captions: entry.captions.map((c) => sourceSpan(md, c)),
  };
}

export function extractEntry(doc: RawDocument): ExtractedEntry {
  return extractWithWarnings(doc).entry;
}

/** Whether the text names `name`, or its first word ("Xiaomi" for "Xiaomi Corp"), in any case. */
function mentions(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  const first = name.split(/\s+/)[0].toLowerCase();
  return lower.includes(name.toLowerCase()) || (first.length >= 3 && lower.includes(first));
}

/** A page's "Updated: ..." stamp scraped onto the headline's line: its date, with no span in the body. */
function headlineDate(stamp: string | undefined): DateFact | undefined {
  const found = stamp ? updatedDate(stamp) : undefined;
  if (!found) return undefined;
  const { span: _span, ...date } = found;
  return date;
}

/** The date the sentences give the news; else an embedded post's that tells it "today". */
function storyDate(sentences: readonly Sentence[], text: string): DateFact {
  const said = extractDate(sentences);
  return (said.year ?? said.month ?? said.day) === null ? postDate(text) ?? said : said;
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
