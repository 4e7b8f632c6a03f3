// Headlines a reader can scan: who does what where, from the entry's facts and the verb of the sentence
// that states the news ("Xiaomi signs car-plant deal with Beijing E-Town", "BYD to build 150,000-vehicle
// plant in Szeged, Hungary"). The action is read from the text, never guessed: no action this knows in the
// lead or the deal's sentences, or no company, gives null and the caller keeps the lead's main clause.
import type { FigureFact, LocationFact, PartnerFact } from "../entry";

/** A headline built from facts, with the words of the text its action was read from. */
export type FactsHeadline = { title: string; action: { words: string; sentence: string } };

export type HeadlineFacts = {
  /** The company as the title shows it ("[NIO]" when the text lacks the name), and as named. */
  shown: string;
  company: string;
  location: Pick<LocationFact, "city" | "region" | "country">;
  partners: readonly PartnerFact[];
  figures: readonly FigureFact[];
};

/** "About 90" characters. */
const MAX = 90;
/** Room for the country after the city ("in Szeged, Hungary") while the headline stays this short. */
const ROOM_FOR_COUNTRY = 75;

// What a sentence's news is, by its verb. The phrase after the verb names what is built or opened.
const FUTURE = /\b(?:will|would|shall|to)\s+(?:\p{L}+ly\s+)?$/u;
const PROGRESSIVE = /\b(?:is|are)\s+(?:\p{L}+ly\s+)?$/u;
// A sentence opening with a subordinate clause states its news after the first comma: "After NIO built a factory in Shanghai, ...".
const SUBORDINATE = /^(?:After|Before|When|Since|As|While|Although|Though|Because|Once|Despite|Following|Amid|If)\b[^,]*,\s*/;
const FACILITY = /\b(?:plants?|factory|factories|gigafactory|bases?|cent(?:er|re)s?|parks?|institutes?|facility|facilities|lines?|hubs?|stores?|showrooms?|campus|headquarters|laborator(?:y|ies)|labs?|stations?|sites?|refinery|offices?|outlets?|dealerships?|projects?|clusters?|zones?)\b/i;
/** Words that end the phrase after a verb. */
const PHRASE_END = new Set(["in", "at", "with", "for", "from", "by", "on", "near", "to", "that", "which", "who", "where", "worth", "under", "over", "and", "as", "after", "before", "into", "within", "across", "per", "this", "next", "last", "it", "said", "will", "is", "was"]);
const DETERMINER = /^(?:a|an|the|its|their|his|her|our|one|two|three|several)$/i;
// What a subject other than the company's name can be: the company by pronoun, or a stripped name ("has signed").
const COMPANY_PRONOUN = /\b(?:it|they|the (?:company|carmaker|automaker|firm|group|maker|startup|manufacturer|two sides|two companies))\b/i;

type Tense = "present" | "future";
type Kind = "deal" | "venture" | "acquire" | "ground" | "build" | "open" | "invest";
type Found = { kind: Kind; tense: Tense; words: string; before: string; after: string };

// `needs`: a word every match contains (with the same flags, so "ſign" is "sign" to both), tested first: most clauses have few of them.
const VERBS: Array<{ kind: Kind; re: RegExp; needs: RegExp }> = [
  { kind: "deal", needs: /sign|ink/iu, re: /\b(?:sign(?:s|ed)?|ink(?:s|ed)?)\b(?=\s+(?:[\p{L}\p{N}$-]+\s+){0,5}?(?:agreements?|deals?|memorand(?:um|a) of understanding|MoUs?|MOUs?|contracts?|pacts?|letters? of intent)\b)/giu },
  { kind: "venture", needs: /joint[ -]venture/iu, re: /\b(?:form(?:s|ed)?|set(?:s)? up|establish(?:es|ed)?|launch(?:es|ed)?|create[sd]?)\b(?=\s+(?:a|an|the)?\s*(?:new\s+)?(?:[\p{L}-]+\s+)?joint[ -]venture\b)/giu },
  { kind: "acquire", needs: /acqui|buy|bought|take|took|purchase/iu, re: /\b(?:acquire[sd]?|buys?|bought|take[sn]? over|took over|purchase[sd]?)\b/giu },
  { kind: "ground", needs: /ground|construction|building/iu, re: /\b(?:br(?:eaks?|oke) ground|start(?:s|ed)? (?:the )?(?:construction|building)|beg[ia]n (?:the )?(?:construction|building))\b/giu },
  { kind: "build", needs: /build|construct|set|establish/iu, re: /\b(?:build(?:s|ing)?|construct(?:s|ing)?|set(?:s|ting)? up|establish(?:es|ing)?)\b/giu },
  { kind: "open", needs: /open|inaugurat/iu, re: /\b(?:open(?:s|ed)?|inaugurat(?:es|ed))\b/giu },
  { kind: "invest", needs: /invest/u, re: /\binvest(?:s|ed)?\b(?=\s+(?:about |around |nearly |more than |up to |over )?(?:[$€£¥₹]|[A-Z]{2,3}\s?\d|\d))/gu },
];

/** The tense a headline gives the verb, from the words before it; null when the verb is background (a past "built"). */
function tenseOf(verb: string, before: string): Tense | null {
  if (FUTURE.test(before) || /\b(?:plans?|planning|aims?|intends?|agreed|set|going|expects?)\s+(?:\p{L}+\s+)?to\s+$/u.test(before)) return "future";
  if (/ing$/.test(verb)) return PROGRESSIVE.test(before) ? "present" : null;
  // A bare "build" or "open" with no future before it is no statement ("helped build"); a past "built" never matches.
  return /^(?:build|construct|set|establish|open)$/.test(verb) ? null : "present";
}

/** The first action of a known kind in the clause, whose subject is the company (or a stripped name, or a pronoun). */
function findAction(sentence: string, company: string): Found | null {
  const clause = sentence.replace(SUBORDINATE, "");
  for (const { kind, re, needs } of VERBS) {
    if (!needs.test(clause)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      const before = clause.slice(0, m.index);
      if (!subjectIsCompany(before, company)) continue;
      const tense = tenseOf(m[0].split(" ")[0].toLowerCase(), before);
      // A conversion in brackets is no part of the phrase after the verb: "a 2 billion euro ($2.16 billion) battery factory".
      if (tense) return { kind, tense, words: m[0], before, after: clause.slice(m.index + m[0].length).replace(/\s*\([^)]*\)/g, "") };
    }
  }
  return null;
}

function subjectIsCompany(before: string, company: string): boolean {
  // Another sentence's subject after a semicolon or a full clause ("..., and the government will build") is not the company's.
  const lastClause = before.split(/;|,\s+(?:but|while|whereas)\s+/).at(-1)!;
  const first = company.split(/\s+/)[0].toLowerCase();
  return !/\p{L}/u.test(lastClause.replace(FUTURE, "").replace(/\b(?:has|have|had|officially|formally|also|jointly)\b/g, "")) || /^\p{Ll}/u.test(lastClause.trim()) || lastClause.toLowerCase().includes(first) || COMPANY_PRONOUN.test(lastClause);
}

/** The noun phrase that opens `text` (after determiners), up to a word that ends it, at most `max` words. */
function phraseAfter(text: string, max = 6): string {
  const words: string[] = [];
  // Word by word, as trim().split(/\s+/) gives them, reading no further than the phrase.
  const WORD = /\S+/g;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const raw = m[0];
    const word = raw.replace(/[,;:.!?)]+$/, "");
    if (!words.length && DETERMINER.test(word)) continue;
    if (PHRASE_END.has(word.toLowerCase()) || !word) break;
    words.push(word);
    if (word !== raw || words.length >= max) break;
  }
  return words.join(" ");
}

/** The phrase ending at its first facility word ("battery plant" of "battery plant in Berlin"), or null. */
function facilityPhrase(text: string): string | null {
  const phrase = phraseAfter(text);
  const m = FACILITY.exec(phrase);
  return m ? tidy(phrase.slice(0, m.index + m[0].length)) : null;
}

const tidy = (text: string) => text.replace(/\belectric vehicle(s?)\b/gi, "EV$1").replace(/\s+/g, " ").trim();

/** "car-plant" for "an automobile factory": what a deal is for, as a headline's compound. */
function purposeOf(after: string): string | null {
  const m = /^[^.;]*?\bto (?:jointly )?(?:build|set up|construct|establish|open)\s+(.*)$/i.exec(after);
  const facility = m && facilityPhrase(m[1]);
  if (!facility) return null;
  const words = facility.replace(/\bfactor(?:y|ies)\b/i, "plant").replace(/\b(?:automobile|auto|vehicle|car)s? plant\b/i, "car plant").split(" ");
  return words.slice(-2).map((w) => (/^\p{Lu}\p{Ll}/u.test(w) && words.length > 1 ? w.toLowerCase() : w)).join("-");
}

/** "cooperation deal", "MoU", "car-plant deal": the deal's kind from the words the text uses. */
function dealNoun(after: string): string {
  const m = /^\s+((?:[\p{L}\p{N}$-]+\s+){0,5}?)(agreements?|deals?|memorand(?:um|a) of understanding|MoUs?|MOUs?|contracts?|pacts?|letters? of intent)\b/iu.exec(after);
  if (!m) return "deal";
  const noun = /^m/i.test(m[2]) ? "MoU" : /^letter/i.test(m[2]) ? "letter of intent" : /^contract/i.test(m[2]) ? "contract" : "deal";
  const purpose = noun === "deal" ? purposeOf(after.slice(m[0].length)) : null;
  if (purpose) return `${purpose} deal`;
  const modifiers = m[1].trim().split(/\s+/).filter((w) => w && !DETERMINER.test(w) && !/^(?:new|official|formal|strategic|comprehensive|final|initial|preliminary|landmark|major|important|\d+)$/i.test(w));
  return [...modifiers.slice(-1).map((w) => w.toLowerCase()), noun].join(" ");
}

// A development zone's official name: "Jiaxing Economic and Technological Development Zone (Management Committee)".
const ZONE_WORDS = /^(?:National|State|Provincial|Economic|and|&|Technological|Technology|High-?[Tt]ech|Hi-?[Tt]ech|High|New|Industrial|Development|Free|Trade|Investment|Export|Processing|Comprehensive|Bonded)$/;
const ZONE = /\b(Zone|Area|District)(?: (?:Management|Administrative) Committee)?$/;

/**
 * The short name a headline gives a long partner name: the text's own ("also known as E-Town", "(HUT)"),
 * with the city before it when the name starts with it; else a development zone by its place ("Jiaxing development zone").
 */
function shortPartner(name: string, sentence: string, city: string | null): string {
  if (name.length <= 35) return name;
  const at = sentence.toLowerCase().indexOf(name.toLowerCase());
  const m = at < 0 ? null : /^,?\s*(?:\(|,?\s*(?:also |better |commonly )?known as |dubbed )([\p{Lu}][\p{L}\p{N}-]*(?: [\p{Lu}][\p{L}\p{N}-]*){0,2})/u.exec(sentence.slice(at + name.length));
  if (m) return city && name.startsWith(`${city} `) && !m[1].includes(city) ? `${city} ${m[1]}` : m[1];
  const zone = ZONE.exec(name);
  if (!zone) return name;
  const words = name.split(" ");
  const first = words.findIndex((w) => ZONE_WORDS.test(w));
  if (first < 1) return name;
  const kind = zone[1].toLowerCase();
  return `${words.slice(0, first).join(" ")} ${/\bDevelopment\b/.test(name) || kind === "district" ? "development " : ""}${kind}`;
}

// The lead may be two sentences rejoined ("Xiaomi Corp, ... company in China, has officially signed"): compared without case.
const sameSentence = (a: string | undefined, b: string) => !!a && (b.toLowerCase().includes(a.toLowerCase()) || a.toLowerCase().includes(b.toLowerCase()));

/** "150,000-vehicle", "20-GWh", "$5 billion": the deal's figure as a word before what is built. */
function figureWord(figures: readonly FigureFact[], sentence: string, kinds: "capacity" | "money" | "any"): string | null {
  const inSentence = figures.filter((f) => f.scope !== "context" && f.scope !== "company" && sameSentence(f.sentence, sentence));
  const capacity = inSentence.find((f) => /^vehicles(?:\/year)?$/.test(f.unit) && f.value >= 1000);
  if (capacity && kinds !== "money") return `${capacity.value.toLocaleString("en")}-vehicle`;
  const energy = inSentence.find((f) => f.unit === "GWh");
  if (energy && kinds !== "money") return `${energy.value.toLocaleString("en")}-GWh`;
  const money = inSentence.find((f) => /^[A-Z]{3}$/.test(f.unit));
  if (!money || kinds === "capacity") return null;
  // As written, without its bound ("about") or a conversion in brackets: "$ 10 billion" → "$10 billion".
  return money.text.replace(/^(?:about|around|nearly|almost|roughly|approximately|more than|over|up to|some|at least)\s+/i, "").replace(/\s*\(.*$/, "").replace(/([$€£¥₹])\s+/, "$1").trim() || null;
}

const VERB_FORMS: Record<Kind, { present: string; future: string }> = {
  deal: { present: "signs", future: "to sign" },
  venture: { present: "forms", future: "to form" },
  acquire: { present: "acquires", future: "to acquire" },
  ground: { present: "breaks ground on", future: "to break ground on" },
  build: { present: "builds", future: "to build" },
  open: { present: "opens", future: "to open" },
  invest: { present: "invests", future: "to invest" },
};

/** What the company does, as a headline says it, or null when the text does not say what. */
function predicate(found: Found, sentence: string, facts: HeadlineFacts, withFigure: boolean): string | null {
  const verb = VERB_FORMS[found.kind][found.tense];
  switch (found.kind) {
    case "deal": {
      const figure = withFigure ? figureWord(facts.figures, sentence, "money") : null;
      return `${verb} ${figure ? `${figure} ` : ""}${dealNoun(found.after)}`;
    }
    case "venture":
      return `${verb} joint venture`;
    case "acquire": {
      const what = tidy(phraseAfter(found.after, 5));
      return what && !/^\p{Ll}+$/u.test(what) ? `${verb} ${what}` : null;
    }
    case "invest": {
      const money = figureWord(facts.figures, sentence, "money");
      const m = /\bin\s+(.*)$/.exec(found.after);
      // In a plant, or in a company by its name; not in "the venture", which says nothing.
      const named = m ? tidy(phraseAfter(m[1], 4)) : "";
      const target = (m && facilityPhrase(m[1])) ?? (/^\p{Lu}/u.test(named) ? named : "");
      return money ? `${verb} ${money}${target ? ` in ${target}` : ""}` : null;
    }
    case "ground":
    case "build":
    case "open": {
      // What is built: after the verb ("to build a battery plant"), or the sentence's subject ("A park ... will start construction").
      const what = facilityPhrase(found.after.replace(/^\s*(?:of|on|work on)\s+/, "")) ?? (found.kind === "ground" ? facilityPhrase(found.before.replace(/\b(?:jointly|built|developed|planned)\b.*$/s, "")) : null);
      if (!what) return null;
      const figure = withFigure && !/\d/.test(what) ? figureWord(facts.figures, sentence, "any") : null;
      // After "new", "first": "opens new 15 billion yuan plant".
      const thing = figure ? what.replace(/^((?:(?:new|first|second|third|largest|biggest|overseas)\s+)*)/i, (lead) => `${lead}${figure} `) : what;
      if (found.kind === "ground") return found.words.toLowerCase().includes("ground") ? `${verb} ${thing}` : `${found.tense === "future" ? "to start" : "starts"} building ${thing}`;
      return `${verb} ${thing}`;
    }
  }
}

/** The headline from the first sentence that states an action of the company: the lead, else the sentences of the deal. */
export function factsHeadline(lead: string, facts: HeadlineFacts): FactsHeadline | null {
  const candidates = [lead, ...facts.partners.map((p) => p.sentence), ...facts.figures.filter((f) => f.scope === "deal").map((f) => f.sentence)];
  for (const sentence of new Set(candidates)) {
    if (!sentence) continue;
    const found = findAction(sentence, facts.company);
    const title = found && compose(found, sentence, facts);
    if (found && title) return { title, action: { words: found.words, sentence } };
  }
  return null;
}

// Every choice of what to show, the place first in importance, then the partner, the figure, the country.
const OPTIONS = Array.from({ length: 16 }, (_, n) => 15 - n).map((n) => [(n & 2) > 0, (n & 4) > 0, (n & 8) > 0, (n & 1) > 0] as const);

/** Who, what, with whom, where: the fullest version within the length. */
function compose(found: Found, sentence: string, facts: HeadlineFacts): string | null {
  const { city, region, country } = facts.location;
  const partners = facts.partners.filter((p) => sameSentence(p.sentence, sentence) && !p.name.toLowerCase().includes(facts.company.toLowerCase())).map((p) => shortPartner(p.name, sentence, city));
  const partner = partners.length ? partners.slice(0, 2).join(" and ") : null;
  const place = city ?? region ?? country;
  // The predicate without and with the figure: each is the same for every choice below.
  const withoutFigure = predicate(found, sentence, facts, false);
  const bare = withoutFigure ?? "";
  // A stake is bought in the partner, a plant from it.
  const withPartner = !partner ? "" : found.kind !== "acquire" ? ` with ${partner}` : /\bstakes?$/i.test(bare) ? ` in ${partner}` : ` from ${partner}`;
  // The place of what is bought is the seller's or the target's, and an investment in a company has none.
  const placed = found.kind !== "acquire" && !(found.kind === "invest" && / in \p{Lu}/u.test(bare) && !FACILITY.test(bare));
  const withFigure = predicate(found, sentence, facts, true);
  for (const [figure, withWhom, where, countryToo] of OPTIONS) {
    const what = figure ? withFigure : withoutFigure;
    if (!what) return null;
    const whom = withWhom && partner && !what.includes(partner) ? withPartner : "";
    // A place the headline already says ("with Hefei government", "in Valladolid engine plant") is not repeated.
    const said = `${what}${whom}`.toLowerCase();
    const at = where && placed && place && !said.includes(place.toLowerCase()) ? ` in ${place}${countryToo && country && city && country !== city ? `, ${country}` : ""}` : "";
    const parts = found.kind === "deal" || found.kind === "venture" ? [whom, at] : [at, whom];
    const title = `${facts.shown} ${what}${parts.join("")}`;
    if (countryToo && title.length > ROOM_FOR_COUNTRY) continue;
    if (title.length <= MAX) return title;
  }
  return null;
}
