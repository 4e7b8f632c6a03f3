import type { PartnerFact } from "../entry";
import { collectAcronyms, isPerson, nameHead, type NamePhrase } from "./names";
import { isMedia, makersIn } from "./orgs";
import { isPlaceName } from "./places";
import type { Sentence } from "./sentences";

// Cues after which the parties of a deal are named. Each ends where the first name starts.
const WITH_CUE = /\b(?:agreements?|deals?|memorandum(?: of understanding)?|MoU|MOU|contracts?|partnerships?|cooperation|collaboration|alliance|joint ventures?|JV|pact|accord|letter of intent|tie-up|signed|inked|sealed|partnered|teamed up|tied up|cooperates?|cooperated|cooperating|collaborates?|collaborated|collaborating|joined hands|join hands|working together|work together)\s+with\s+/g;
const BY_CUE = /\b(?:joint venture|JV|jointly [a-z]+|co-[a-z]+)\b[^.;]{0,40}?\b(?:by|between)\s+/g;
const MADE_BY_CUE = /\b(?:produced|manufactured|assembled|made|built) (?:by|at) |\b(?:contract manufacturer|production partner|manufacturing partner|foundry partner)\s+/g;
// An investment or stake makes the investee a party: "invest $700 million in XPeng", "a stake in Leapmotor".
const INVEST_CUE = /\b(?:invest(?:s|ed|ing|ment)?\b[^.;]{0,40}?\bin|stakes? in)\s+/g;
// Technology licensed from a company, and products made together: "licensed from China's CATL", "developed with BYD".
const FROM_CUE = /\blicen[cs](?:ed|es?|ing)(?: technology)? from\s+/g;
const MAKE_WITH_CUE = /\b(?:co-)?(?:develop|build|built|produc|make|made|manufactur|assembl)[a-z]*\b[^.;,]{0,50}?\bwith\s+/g;
// "Under the agreement, Handal will build ...": the party that takes on the deal's work.
const UNDER_CUE = /\b(?:Under|According to) the (?:agreement|deal|contract|partnership|cooperation|memorandum),\s+/g;
// "The agreement was also signed by the regional government of ...", "its partner Jiangsu Yueda Group".
const SIGNED_BY_CUE = /\b(?:signed|inked|co-signed) by\s+|\b(?:its|their|the|\p{Lu}\p{Ll}+(?:an|ese|ish|i)) (?:joint[- ]venture |JV |local |long-time |strategic )?partners?\s+/gu;
// "X and Y ... signed": coordinated parties of a deal verb.
const DEAL_VERB = /\b(?:signs?|signed|inks?|inked|sealed|agree[sd]?|forms?|formed|set up|establish(?:es|ed)?|launch(?:es|ed)?|enter(?:s|ed)?|jointly|joint venture|cooperat\w*|partner\w*|co-(?:build|built|develop|invest|operat)\w*|join hands|joined hands)\b/;
// Sentences about earlier deals or about competition: their companies are background, not this story's partners.
const BACKGROUND = /\b(?:last year|years? ago|previously|in the past|formerly|used to|compet(?:es|e|ing) (?:with|against))\b/i;

// A deal names a handful of parties; a longer "list" is not a list of signatories.
const MAX_PARTIES = 8;
// A bracketed acronym may follow a name before the list goes on: "MIDA (MIDA) and the Kedah state government".
const LIST_JOIN = /^(?:\s*\([A-Z][A-Za-z&-]{1,9}\))?(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/;
const GOVERNMENT_BEFORE = /^(?:the\s+)?(?:(?:municipal|city|provincial|regional|state|local|people['’]s)\s+)?(?:government|city|municipality|town|province|state|county) of\s+/i;
// "Spanish carmaker Ebro", "the battery maker CATL", "the country's investment agency AICEP", "China's CATL":
// a description or an owner before the name.
const DESCRIPTOR = /^(?:the\s+)?(?:(?:country|city|state|province|region|government)['’]s\s+)?(?:(?:[A-Z][a-z]+|U\.S\.)\s+)?(?:[a-z-]+\s+){0,3}?(?:carmaker|automaker|maker|company|firm|startup|start-up|group|giant|supplier|manufacturer|brand|developer|producer|conglomerate|operator|university|agency|authority|investor|fund)\s+(?=[A-Z])|^(?:the\s+)?(?:[A-Z][a-z]+)['’]s\s+(?=[A-Z])/;
const GOVERNMENT_AFTER = /^\s+(?:(?:municipal|city|provincial|state|local|district|county|people['’]s)\s+)?government\b/i;

const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u;

type Party = { name: string; start: number; end: number; next: number; possessive: boolean };
type PhraseIndex = ReadonlyMap<number, NamePhrase>;

/** Organisations party to the story's deal or cooperation, named after deal cues, subject company excluded. */
export function extractPartners(
  sentences: readonly Sentence[],
  phrases: readonly NamePhrase[][],
  subject: string | null,
  persons: ReadonlySet<string>,
): PartnerFact[] {
  const acronyms = collectAcronyms(sentences, phrases);
  const found: PartnerFact[] = [];
  sentences.forEach((s, i) => {
    if (BACKGROUND.test(s.text)) return;
    const byStart = new Map(phrases[i].map((p) => [p.start, p]));
    const parties: Party[] = [];
    for (const cue of [WITH_CUE, BY_CUE, MADE_BY_CUE, INVEST_CUE, FROM_CUE, MAKE_WITH_CUE, UNDER_CUE, SIGNED_BY_CUE]) {
      cue.lastIndex = 0;
      for (let m = cue.exec(s.text); m; m = cue.exec(s.text)) parties.push(...partyList(s, byStart, m.index + m[0].length));
    }
    parties.push(...coordinatedParties(s, phrases[i], byStart, subject, acronyms));
    for (const p of parties) {
      const name = canonical(p.name, acronyms);
      if (isParty(name, subject) && !isPerson(name, persons)) found.push({ name, by: "text", span: { start: p.start, end: p.end }, sentence: s.text });
    }
  });
  return dedupe(found);
}

/**
 * Names listed from `at` on: "JAC Motor and NIO", "X, Y and the city of Z". Commas alone do not make a
 * list ("Lingang Group, Shanghai's largest developer" is an apposition): without "and" only the first counts.
 */
function partyList(s: Sentence, byStart: PhraseIndex, at: number): Party[] {
  const first = partyAt(s, byStart, at);
  if (!first) return [];
  const out = [first];
  for (let party = first; !party.possessive && out.length < MAX_PARTIES; ) {
    const join = LIST_JOIN.exec(s.text.slice(party.next, party.next + 12));
    const next = join ? partyAt(s, byStart, party.next + join[0].length) : undefined;
    if (!join || !next) break;
    // "Renault and Geely's joint venture": a possessive may close a list, never continue one.
    if (next.possessive && !/and|&/.test(join[0])) break;
    out.push(next);
    if (/and|&/.test(join[0])) return out; // "and" closes the list
    party = next;
  }
  return out.slice(0, 1);
}

/** The organisation named at a sentence-relative offset: a name phrase, or a city's government. */
function partyAt(s: Sentence, byStart: PhraseIndex, at: number): Party | undefined {
  const ahead = s.text.slice(at, at + 80);
  const government = GOVERNMENT_BEFORE.exec(ahead);
  const skip = (government ?? DESCRIPTOR.exec(ahead) ?? /^the\s+/i.exec(ahead))?.[0].length ?? 0;
  const phrase = byStart.get(s.start + at + skip);
  if (!phrase) return undefined;
  let next = phrase.end - s.start;
  const after = phrase.possessive ? null : GOVERNMENT_AFTER.exec(s.text.slice(next, next + 40));
  // "European carmakers", "the Chinese electric vehicle maker": a people's adjective, not a name.
  if (!after && DEMONYM.test(phrase.text) && /^\s(?!(?:and|or)\b)\p{Ll}/u.test(s.text.slice(next, next + 6))) return undefined;
  if (after) next += after[0].length;
  const name = government || after ? `${phrase.text} government` : phrase.text;
  return { name, start: phrase.start, end: s.start + next, next, possessive: phrase.possessive };
}

/**
 * "Nio and Lingang Group, ..., signed": the coordinated names before a deal verb. With a known subject, only a
 * list that includes it: "CATL and Gotion have set up plants" is about other companies.
 */
function coordinatedParties(s: Sentence, phrases: readonly NamePhrase[], byStart: PhraseIndex, subject: string | null, acronyms: Map<string, string>): Party[] {
  const out: Party[] = [];
  let consumed = -1; // each name joins one list only, which keeps long lists linear
  for (const p of phrases) {
    if (p.start <= consumed) continue;
    const list = partyList(s, byStart, p.start - s.start);
    if (list.length < 2) continue;
    const last = list[list.length - 1];
    consumed = last.end;
    if (subject && !list.some((p) => isSubject(canonical(p.name, acronyms), subject))) continue;
    if (DEAL_VERB.test(s.text.slice(last.next, last.next + 120))) out.push(...list);
  }
  return out;
}

function canonical(name: string, acronyms: Map<string, string>): string {
  const full = acronyms.get(name) ?? name;
  const known = makersIn({ text: full, start: 0, end: full.length, possessive: false });
  return known.length === 1 && known[0].end - known[0].start >= nameHead(full).length ? known[0].maker.name : full;
}

// The subject itself, or one of its own units named after it ("Skoda Auto Volkswagen India", "NIO China").
const isSubject = (name: string, subject: string) => name === subject || nameHead(name) === nameHead(subject) || name.startsWith(`${subject} `);

function isParty(name: string, subject: string | null): boolean {
  // A bare place is not a party; a city that is one appears as its government ("Hefei government").
  if (isMedia(name) || isPlaceName(name)) return false;
  return !subject || !isSubject(name, subject);
}

/** One fact per organisation: "Lingang" folds into "Lingang Group", "Handal" into "PT Handal Indonesia Motor"; the first mention keeps the span. */
function dedupe(found: PartnerFact[]): PartnerFact[] {
  const out: PartnerFact[] = [];
  for (const f of found) {
    const same = out.find((o) => o.name === f.name || shortForm(o.name, f.name) || shortForm(f.name, o.name));
    if (!same) out.push(f);
    else if (f.name.length > same.name.length) same.name = f.name;
  }
  return out;
}

/** `short` is the first words of `long`, or one of its words standing alone. */
const shortForm = (short: string, long: string) =>
  long.startsWith(`${short} `) || (!short.includes(" ") && ` ${long} `.includes(` ${short} `));
