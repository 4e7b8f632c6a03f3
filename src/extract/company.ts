import type { CompanyFact } from "../entry";
import { collectAcronyms, COMPANY_SUFFIX, INSTITUTION_WORDS, isPerson, nameHead, type NamePhrase } from "./names";
import { isMedia, makerByAlias, makersIn } from "./orgs";
import { demonymCountry, isPlaceName } from "./places";
import { isBackground } from "./background";
import { leadIndex, type Sentence } from "./sentences";
import { hasStrippedSubject } from "./title";

// "Aiways, a Shanghai-based EV startup, ..." : an appositive that says the name is a company.
const APPOSITIVE = /^,\s+(?:a|an|the|one of|China's|China’s)\b[^,.;]{0,60}?\b(?:maker|makers|startup|start-up|company|manufacturer|automaker|carmaker|supplier|firm|brand|producer|giant|newcomer|unit|subsidiary|affiliate)\b/;
// A name in subject position: what a story's subject does.
const SUBJECT_VERB = /^(?:['’]s\b|\s+(?:has |have |had |will |would |is |was |also |officially |recently |now )*(?:said|says|signed|announced|plans?|unveiled|launched|inked|agreed|opened|invested|reached|began|started|broke|delivered|produced|builds?|built|expects?|aims?|intends?|revealed|confirmed|completed|received|secured|won|set up|established)\b)/;

// "Military Factory 200, an affiliate of ...": a number ending a name, before its apposition.
const NUMBER_IN_NAME = /^\s\d{1,4}(?=,)/;

const LEAD_SUBJECT = 8;
const OFFICE = /\b(?:CEO|CFO|COO|CTO|Chairman|Chairwoman|President|Chief|Director|Minister|Governor|Secretary)\b/;
const PARENT_BEFORE = /,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:subsidiary|unit|division|affiliate)\s+of\s+$/i;
// An EV archive's stories are mostly about carmakers and battery makers: their mentions weigh more.
const MAKER_BONUS = { carmaker: 3, battery: 3, tech: 2 } as const;
const MAKER_WEIGHT = 1.5;

type Candidate = { key: string; name: string; score: number; mentions: number; first?: { start: number; end: number; sentence: string } };
type Mention = { key: string; name: string; start: number; end: number; bonus: number; weight: number };

/** The company the story is about: the most prominent company, with known carmakers and battery makers favoured. */
export function extractCompany(
  sentences: readonly Sentence[],
  written: readonly NamePhrase[][],
  headlinePhrases: readonly NamePhrase[],
  persons: ReadonlySet<string>,
): CompanyFact {
  const phrases = withoutDemonyms(written);
  const unknown = new Map<string, string>(); // head → fullest surface name ("Voltrix" → "Voltrix Motors")
  const subjectHits = new Map<string, number>();
  // "Scout Motors, a subsidiary of Volkswagen": a company the text describes as one weighs like a known maker.
  const described = new Set<string>();

  // Pass 1: which unknown names are companies, and which names are people.
  // The name a news lead opens with, acting ("Marren Electric has agreed to buy"), counts as two hits.
  const lead = leadIndex(sentences);
  sentences.forEach((s, i) => {
    for (const p of phrases[i]) {
      // "Military Factory 200, an affiliate of ...": a number ending the name stands before its apposition.
      const after = s.text.slice(p.end - s.start, p.end - s.start + 90).replace(NUMBER_IN_NAME, "");
      if (makersIn(p).length || isPerson(p.text, persons) || !isOrganisationLike(p.text)) continue;
      if (APPOSITIVE.test(after)) described.add(p.text);
      const words = p.text.split(" ");
      if (words.length > 1 && COMPANY_SUFFIX.has(words[words.length - 1])) addUnknown(unknown, p.text);
      else if (APPOSITIVE.test(after)) addUnknown(unknown, p.text);
      else if (SUBJECT_VERB.test(after)) subjectHits.set(p.text, (subjectHits.get(p.text) ?? 0) + (i === lead && p.start === s.start && !p.possessive ? 2 : 1));
    }
  });
  for (const [name, hits] of subjectHits) if (hits >= 2 && !unknown.has(nameHead(name))) addUnknown(unknown, name);
  // "Our Next Energy (ONE) ... ONE signed": the acronym counts for the full name.
  const acronyms = collectAcronyms(sentences, phrases);
  const ventures = jointVentures(sentences, phrases, (q) => resolve(q, unknown, false).map((m) => m.key), acronyms);

  // Pass 2: score every mention of a candidate.
  const candidates = new Map<string, Candidate>();
  // The maker bonus counts once per company, so a rival named in passing stays below a repeated subject.
  // A rival named only in another deal's sentences gets no maker bonus: the bonus comes with a mention in the story.
  const bonused = new Set<string>();
  const mention = (m: Mention, weight: number, at?: Candidate["first"], inStory = true) => {
    const c = candidates.get(m.key) ?? { key: m.key, name: m.name, score: 0, mentions: 0 };
    if (inStory && !bonused.has(m.key)) { c.score += m.bonus; bonused.add(m.key); }
    c.score += weight * m.weight;
    c.mentions++;
    c.first ??= at;
    candidates.set(m.key, c);
  };
  const named = (p: NamePhrase, rename: boolean): Mention[] => {
    // "Gotion InoBat Batteries JV to build ...": a headline may add what the venture is.
    const venture = ventures.byName.get(p.text) ?? ventures.byName.get(p.text.replace(/\s(?:JV|Joint Venture)$/, ""));
    if (venture) return [{ key: venture, name: venture, start: p.start, end: p.end, bonus: MAKER_BONUS.carmaker, weight: MAKER_WEIGHT }];
    return resolve(p, unknown, rename).map((m) => (m.bonus === 0 && described.has(unknown.get(m.key) ?? m.key) ? { ...m, bonus: MAKER_BONUS.carmaker } : m));
  };
  for (const p of headlinePhrases) for (const m of named(p, false)) mention(m, 3);
  const expand = (p: NamePhrase): Mention[] => {
    const full = acronyms.get(p.text);
    if (!full) return named(p, true);
    return named({ ...p, text: full }, false).map((m) => ({ ...m, start: p.start, end: p.end }));
  };
  // A news lead opens with its subject: "Stellantis will invest ... in Leapmotor". When the scraper stripped
  // that subject ("has won approval ... founded by executives of Geely"), the companies left in the lead are
  // objects, and the first sentence after it that opens with a company names the subject.
  const stripped = lead >= 0 && hasStrippedSubject(sentences[lead].text);
  let opener = stripped ? -1 : lead;
  const reported = lead >= 0 && !stripped ? reportedSubject(sentences[lead], phrases[lead], expand) : undefined;
  let introduced: NamePhrase | undefined;
  sentences.forEach((s, i) => {
    // A company named only in a sentence about another deal is background, not the subject.
    const background = isBackground(s);
    if (i === opener || (opener === -1 && i > lead)) introduced = introducedSubject(s, phrases[i], expand);
    const place = i === lead && !stripped ? 3 : lead >= 0 && s.paragraph === sentences[lead].paragraph ? 2 : 1;
    for (const p of phrases[i]) {
      // "Scout Motors, a subsidiary of Volkswagen": a parent named to describe the subject is not the story's actor.
      if (PARENT_BEFORE.test(s.text.slice(Math.max(0, p.start - s.start - 50), p.start - s.start))) continue;
      const after = s.text.slice(p.end - s.start, p.end - s.start + 60);
      const mentions = expand(p);
      if (opener === -1 && i > lead && p.start === s.start && mentions.length) opener = i;
      const opens = reported ? p === reported : i === opener && (p.start === s.start || p === introduced);
      const subject = opens ? LEAD_SUBJECT : p.start === s.start || p.possessive || SUBJECT_VERB.test(after) ? 1 : 0;
      for (const m of mentions) {
        mention(m, background ? (place + subject) / 5 : place + subject, { start: m.start, end: m.end, sentence: s.text }, !background);
      }
    }
  });
  let best: Candidate | undefined;
  let second = 0;
  // A company named in the story outranks one named only in sentences about other deals.
  const rank = (c: Candidate) => c.score + (bonused.has(c.key) ? 1000 : 0);
  for (const c of candidates.values()) {
    if (!best || rank(c) > rank(best)) { second = best?.score ?? 0; best = c; }
    else if (c.score > second) second = c.score;
  }
  if (!best) return { name: null, by: "text" };
  // "LG Energy Solution and Hyundai Motor Group plan to invest ...": of two companies that open the lead together, the
  // first named is the subject and the other its partner, however often the story names the second.
  const [firstNamed, secondNamed] = lead >= 0 && !stripped ? coSubjects(sentences[lead], phrases[lead], expand) : [];
  if (firstNamed && secondNamed === best.key && candidates.has(firstNamed)) best = candidates.get(firstNamed)!;
  // "operated through their joint venture, Hyundai LG Industry (HLI) Green Power": a joint venture that the story
  // names more often than the owner chosen is the story's subject; its owners are its partners.
  for (const [venture, owners] of ventures.owners) {
    const c = candidates.get(venture);
    // So is one the lead introduces as a joint venture of the chosen owner ("ACC, a joint venture of Stellantis, ...").
    if (c && owners.has(best.key) && (c.mentions > best.mentions || ventures.early.has(venture))) best = c;
  }
  // An unknown company is named by its fullest form seen in the body ("Kestrel Cell", not "Kestrel").
  const fact: CompanyFact = { name: unknown.get(best.key) ?? best.name, by: "text", ...companyConfidence(best.score, second) };
  // A company named only in the headline has no place in the body to point at.
  if (best.first) {
    fact.span = { start: best.first.start, end: best.first.end };
    fact.sentence = best.first.sentence;
  }
  return fact;
}

// "Anhui Jianghuai Automobile (JAC) announced Tuesday that Nio's Anhui division ...": a lead that reports what another
// company did opens with the announcer.
const REPORTS_THAT = /^\s*(?:\([^()]{1,20}\)\s*)?(?:has\s+|had\s+)?(?:announced|said|confirmed|disclosed|revealed)(?:\s+on)?(?:\s+\p{Lu}\p{Ll}+day)?\s+that\s+$/u;

/**
 * The company that opens what a lead reports, when the announcer is named again inside it ("JAC announced that Nio's
 * unit ... secured assets from JAC"): the announcer is then a party of another's deal (here its seller), and the
 * reported company is the story's subject. A lead whose announcer reports its own act ("CATL said that it ...") keeps it.
 */
function reportedSubject(s: Sentence, ps: readonly NamePhrase[], expand: (p: NamePhrase) => Mention[]): NamePhrase | undefined {
  const first = ps[0];
  if (!first || first.start !== s.start) return undefined;
  const next = ps.find((p) => p.start > first.end && REPORTS_THAT.test(s.text.slice(first.end - s.start, p.start - s.start)));
  if (!next) return undefined;
  const announcer = new Set(expand(first).map((m) => m.key));
  const subject = expand(next).map((m) => m.key);
  if (!announcer.size || !subject.length || subject.some((k) => announcer.has(k))) return undefined;
  return ps.some((p) => p.start > next.end && expand(p).some((m) => announcer.has(m.key))) ? next : undefined;
}

// A lead that opens on a phrase of circumstance before its subject: "In a boost for Kenya's EV market, Afrigreen has secured".
const OPENING_PHRASE = /^(?:In|With|After|Amid|As|Following|Under|Despite|Through|Building on|On|Against|Seeking|Aiming)\b[^;:]{0,160},\s+$/;

/** The subject of a lead that opens on a phrase of circumstance: the first company after it, acting. */
function introducedSubject(s: Sentence, ps: readonly NamePhrase[], expand: (p: NamePhrase) => Mention[]): NamePhrase | undefined {
  if (!s.text.includes(", ")) return undefined;
  const p = ps.find((q) => !q.possessive && expand(q).length);
  if (!p || !OPENING_PHRASE.test(s.text.slice(0, p.start - s.start))) return undefined;
  return SUBJECT_VERB.test(s.text.slice(p.end - s.start, p.end - s.start + 60)) ? p : undefined;
}

// "A and B plan to ...", "A and B have signed ...": two companies acting together.
const TOGETHER_AFTER = /^\s+(?:(?:have|has|will|would|are|also|jointly|together)\s+)*(?:plan|planned|signed|agreed|announced|said|will|unveiled|launched|formed|set up|established|opened|broke|began|started|inked|invest|invested|build|built)\b/;

// What may stand before a company that opens the lead, or after "and": nothing, or its country ("China's").
const COUNTRY_OF = /^(?:\p{Lu}[\p{L}.-]*['’]s\s+)?$/u;
const CO_SUBJECT_BETWEEN = /^(?:\s+\d{1,4})?(?:,[^,;()]{1,100},)?\s+and\s+(?:\p{Lu}[\p{L}.-]*['’]s\s+)?$/u;
// The day of the act, between the subjects and their verb: "on Saturday", "on Monday (March 4)", "today".
const ACT_DAY = /^\s+(?:on\s+\p{Lu}\p{Ll}+day(?:\s+\([^()]{1,20}\))?|today|yesterday)\b/u;

/** The companies of a lead that opens "A and B <act>", first and second; none for any other lead. */
function coSubjects(s: Sentence, ps: readonly NamePhrase[], expand: (p: NamePhrase) => Mention[]): string[] {
  // "Egypt's Military Factory 200, an affiliate of the ministry, and China's Foton Motor on Saturday signed": each
  // company may come with its country, the first with a number ending its name and an apposition, the act with its day.
  const [a, b] = ps.filter((p) => !(p.possessive && isPlaceName(p.text)));
  if (!a || !b || a.possessive || b.possessive || !COUNTRY_OF.test(s.text.slice(0, a.start - s.start))) return [];
  if (!CO_SUBJECT_BETWEEN.test(s.text.slice(a.end - s.start, b.start - s.start))) return [];
  if (!TOGETHER_AFTER.test(s.text.slice(b.end - s.start, b.end - s.start + 60).replace(ACT_DAY, ""))) return [];
  const [first, second] = [expand(a), expand(b)];
  return first.length === 1 && second.length === 1 && first[0].key !== second[0].key ? [first[0].key, second[0].key] : [];
}

// "X is a joint venture of A and B", "X, a joint venture between A and B": the name before it is the venture's.
const VENTURE_AFTER = /^\s*(?:\([A-Z]{2,6}\)\s*)?(?:,\s+|\s+(?:is|was)\s+)(?:a|an|the)\s+(?:[\w-]+\s+)?joint venture\s+(?:of|between|formed by|owned by)\s/;
// A venture defined in the story's first sentences is what the story is about.
const LEAD_VENTURE = 3;
// "their joint venture, X", "a joint venture called X": the name after it is the venture's.
const VENTURE_BEFORE = /\b(?:their|its|a|the|new)\s+(?:[\w-]+\s+)?joint venture,?\s+(?:called\s+|named\s+)?$/i;

/**
 * Joint ventures the story names after "their joint venture", with the companies named as their owners in the same
 * sentence. A venture named after its owners ("Hyundai LG Industry") is the venture, not its owners; so is its short
 * form with the acronym standing for the owners' part ("Hyundai LG Industry (HLI) Green Power" → "HLI Green Power").
 */
function jointVentures(
  sentences: readonly Sentence[], phrases: readonly NamePhrase[][], companies: (p: NamePhrase) => string[], acronyms: ReadonlyMap<string, string>,
): { byName: Map<string, string>; owners: Map<string, Set<string>>; early: Set<string> } {
  const byName = new Map<string, string>();
  const owners = new Map<string, Set<string>>();
  const early = new Set<string>();
  sentences.forEach((s, i) => {
    if (!/joint venture/i.test(s.text)) return;
    phrases[i].forEach((p, j) => {
      // "GIB is a joint venture of Gotion High-Tech and InoBat": the name before, its owners after.
      if (!p.possessive && VENTURE_AFTER.test(s.text.slice(p.end - s.start, p.end - s.start + 60))) {
        const written = acronyms.get(p.text);
        const key = makerByAlias(p.text)?.name ?? written ?? p.text;
        for (const alias of [p.text, key, ...(written ? [written] : [])]) byName.set(alias, key);
        owners.set(key, new Set(phrases[i].filter((q) => q.start > p.end).flatMap(companies)));
        if (i < LEAD_VENTURE) early.add(key);
        return;
      }
      if (p.possessive || !VENTURE_BEFORE.test(s.text.slice(Math.max(0, p.start - s.start - 50), p.start - s.start))) return;
      const acronym = /^\s*\(([A-Z]{2,6})\)\s+$/.exec(s.text.slice(p.end - s.start, (phrases[i][j + 2]?.start ?? p.end) - s.start));
      const rest = acronym ? phrases[i][j + 2] : undefined;
      const key = rest ? `${acronym![1]} ${rest.text}` : p.text;
      for (const alias of [p.text, key, ...(rest ? [`${p.text} ${rest.text}`] : [])]) byName.set(alias, key);
      owners.set(key, new Set(phrases[i].filter((q) => q.end <= p.end).flatMap(companies)));
    });
  });
  return { byName, owners, early };
}

/** Known makers inside a phrase, or the unknown company the phrase names (`rename`: body text may name it in full). */
function resolve(p: NamePhrase, unknown: Map<string, string>, rename: boolean): Mention[] {
  const known = makersIn(p);
  if (known.length) {
    return known.map((m) => ({ key: m.maker.name, name: m.maker.name, start: m.start, end: m.end, bonus: MAKER_BONUS[m.maker.kind], weight: MAKER_WEIGHT }));
  }
  const head = unknown.has(p.text) ? p.text : nameHead(p.text);
  if (unknown.has(head)) return [{ key: head, name: unknown.get(head)!, start: p.start, end: p.end, bonus: 0, weight: 1 }];
  // "Kestrel Cell" where "Kestrel" alone was found in subject position: the same company, named in full.
  const first = p.text.split(" ")[0];
  if (first !== p.text && unknown.has(first)) {
    // "Scout Motors CEO Scott Keogh" names a person by his office, not the company in full.
    if (rename && p.text.length > unknown.get(first)!.length && isOrganisationLike(p.text) && !OFFICE.test(p.text)) unknown.set(first, p.text);
    return [{ key: first, name: unknown.get(first)!, start: p.start, end: p.end, bonus: 0, weight: 1 }];
  }
  return [];
}

/** "the Argentine Bravo Motor" where "Bravo Motor" is also written alone: a people's adjective describes the name, it is not part of it. */
function withoutDemonyms(phrases: readonly NamePhrase[][]): readonly NamePhrase[][] {
  let written: Set<string> | undefined;
  return phrases.map((list) => list.map((p) => {
    const space = p.text.indexOf(" ");
    if (space < 0 || demonymCountry(p.text.slice(0, space)) === undefined) return p;
    const rest = p.text.slice(space + 1);
    written ??= new Set(phrases.flat().map((q) => q.text));
    return written.has(rest) ? { ...p, text: rest, start: p.start + space + 1 } : p;
  }));
}

function addUnknown(unknown: Map<string, string>, name: string): void {
  // "Indonesia Battery Corporation" without its suffix words is a country: such a name is keyed in full.
  const head = isPlaceName(nameHead(name)) ? name : nameHead(name);
  const seen = unknown.get(head);
  if (!seen || name.length > seen.length) unknown.set(head, name);
}

/** Not a place, a news outlet or an institution: could be a company. */
function isOrganisationLike(name: string): boolean {
  // "Chinese EV and battery companies": a nationality with a suffix word is a description, not a name.
  if (isMedia(name) || isPlaceName(name) || demonymCountry(nameHead(name)) !== undefined) return false;
  return !name.split(" ").some((w) => INSTITUTION_WORDS.has(w));
}

/** How far the subject stands ahead of the next company: a close second makes the choice doubtful. */
function companyConfidence(best: number, second: number): { confidence: number; evidence: string } {
  const lead = best > 0 ? (best - second) / best : 0;
  const confidence = Number(Math.min(0.95, Math.max(0.4, 0.45 + lead * 0.6)).toFixed(2));
  return { confidence, evidence: second ? `most prominent company, ${Math.round(lead * 100)}% ahead of the next` : "the only company named" };
}
