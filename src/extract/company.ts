import type { CompanyFact } from "../entry";
import { collectAcronyms, COMPANY_SUFFIX, INSTITUTION_WORDS, isPerson, nameHead, type NamePhrase } from "./names";
import { isMedia, makersIn } from "./orgs";
import { demonymCountry, isPlaceName } from "./places";
import { isBackground } from "./background";
import { leadIndex, type Sentence } from "./sentences";
import { hasStrippedSubject } from "./title";

// "Aiways, a Shanghai-based EV startup, ..." : an appositive that says the name is a company.
const APPOSITIVE = /^,\s+(?:a|an|the|one of|China's|China’s)\b[^,.;]{0,60}?\b(?:maker|makers|startup|start-up|company|manufacturer|automaker|carmaker|supplier|firm|brand|producer|giant|newcomer|unit|subsidiary)\b/;
// A name in subject position: what a story's subject does.
const SUBJECT_VERB = /^(?:['’]s\b|\s+(?:has |have |had |will |would |is |was |also |officially |recently |now )*(?:said|says|signed|announced|plans?|unveiled|launched|inked|agreed|opened|invested|reached|began|started|broke|delivered|produced|builds?|built|expects?|aims?|intends?|revealed|confirmed|completed|received|secured|won|set up|established)\b)/;

const LEAD_SUBJECT = 6;
// An EV archive's stories are mostly about carmakers and battery makers: their mentions weigh more.
const MAKER_BONUS = { carmaker: 3, battery: 3, tech: 2 } as const;
const MAKER_WEIGHT = 1.5;

type Candidate = { key: string; name: string; score: number; first?: { start: number; end: number; sentence: string } };
type Mention = { key: string; name: string; start: number; end: number; bonus: number; weight: number };

/** The company the story is about: the most prominent company, with known carmakers and battery makers favoured. */
export function extractCompany(
  sentences: readonly Sentence[],
  phrases: readonly NamePhrase[][],
  headlinePhrases: readonly NamePhrase[],
  persons: ReadonlySet<string>,
): CompanyFact {
  const unknown = new Map<string, string>(); // head → fullest surface name ("Voltrix" → "Voltrix Motors")
  const subjectHits = new Map<string, number>();

  // Pass 1: which unknown names are companies, and which names are people.
  // The name a news lead opens with, acting ("Marren Electric has agreed to buy"), counts as two hits.
  const lead = leadIndex(sentences);
  sentences.forEach((s, i) => {
    for (const p of phrases[i]) {
      const after = s.text.slice(p.end - s.start, p.end - s.start + 90);
      if (makersIn(p).length || isPerson(p.text, persons) || !isOrganisationLike(p.text)) continue;
      const words = p.text.split(" ");
      if (words.length > 1 && COMPANY_SUFFIX.has(words[words.length - 1])) addUnknown(unknown, p.text);
      else if (APPOSITIVE.test(after)) addUnknown(unknown, p.text);
      else if (SUBJECT_VERB.test(after)) subjectHits.set(p.text, (subjectHits.get(p.text) ?? 0) + (i === lead && p.start === s.start && !p.possessive ? 2 : 1));
    }
  });
  for (const [name, hits] of subjectHits) if (hits >= 2 && !unknown.has(nameHead(name))) addUnknown(unknown, name);

  // Pass 2: score every mention of a candidate.
  const candidates = new Map<string, Candidate>();
  // The maker bonus counts once per company, so a rival named in passing stays below a repeated subject.
  // A rival named only in another deal's sentences gets no maker bonus: the bonus comes with a mention in the story.
  const bonused = new Set<string>();
  const mention = (m: Mention, weight: number, at?: Candidate["first"], inStory = true) => {
    const c = candidates.get(m.key) ?? { key: m.key, name: m.name, score: 0 };
    if (inStory && !bonused.has(m.key)) { c.score += m.bonus; bonused.add(m.key); }
    c.score += weight * m.weight;
    c.first ??= at;
    candidates.set(m.key, c);
  };
  for (const p of headlinePhrases) for (const m of resolve(p, unknown, false)) mention(m, 3);
  // "Our Next Energy (ONE) ... ONE signed": the acronym counts for the full name.
  const acronyms = collectAcronyms(sentences, phrases);
  const expand = (p: NamePhrase): Mention[] => {
    const full = acronyms.get(p.text);
    if (!full) return resolve(p, unknown, true);
    return resolve({ ...p, text: full }, unknown, false).map((m) => ({ ...m, start: p.start, end: p.end }));
  };
  // A news lead opens with its subject: "Stellantis will invest ... in Leapmotor". When the scraper stripped
  // that subject ("has won approval ... founded by executives of Geely"), the companies left in the lead are
  // objects, and the first sentence after it that opens with a company names the subject.
  const stripped = lead >= 0 && hasStrippedSubject(sentences[lead].text);
  let opener = stripped ? -1 : lead;
  sentences.forEach((s, i) => {
    // A company named only in a sentence about another deal is background, not the subject.
    const background = isBackground(s);
    const place = i === lead && !stripped ? 3 : lead >= 0 && s.paragraph === sentences[lead].paragraph ? 2 : 1;
    for (const p of phrases[i]) {
      const after = s.text.slice(p.end - s.start, p.end - s.start + 60);
      const mentions = expand(p);
      if (opener === -1 && i > lead && p.start === s.start && mentions.length) opener = i;
      const subject = i === opener && p.start === s.start ? LEAD_SUBJECT : p.start === s.start || p.possessive || SUBJECT_VERB.test(after) ? 1 : 0;
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
  // An unknown company is named by its fullest form seen in the body ("Kestrel Cell", not "Kestrel").
  const fact: CompanyFact = { name: unknown.get(best.key) ?? best.name, by: "text", ...companyConfidence(best.score, second) };
  // A company named only in the headline has no place in the body to point at.
  if (best.first) {
    fact.span = { start: best.first.start, end: best.first.end };
    fact.sentence = best.first.sentence;
  }
  return fact;
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
    if (rename && p.text.length > unknown.get(first)!.length && isOrganisationLike(p.text)) unknown.set(first, p.text);
    return [{ key: first, name: unknown.get(first)!, start: p.start, end: p.end, bonus: 0, weight: 1 }];
  }
  return [];
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
