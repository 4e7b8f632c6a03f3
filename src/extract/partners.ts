import type { PartnerFact, Span } from "../entry";
import { isBackground } from "./background";
import { collectAcronyms, COMPANY_SUFFIX, INSTITUTION_WORDS, isPerson, nameHead, type NamePhrase } from "./names";
import { isExchange, isMedia, makerByAlias, makersIn } from "./orgs";
import { PARTNER_THRESHOLD, partnerConfidence, vetoed } from "./partner-model";
import { demonymCountry, isPlaceName } from "./places";
import type { Sentence } from "./sentences";
import { boundedMemo } from "../util/bounded-memo";

// Partners are a decision over candidates: every cue proposes organisations (and every name in a sentence stating
// the deal is proposed too), hard rules reject what cannot be a party, the fitted partner model weighs the rest from
// their features, the rules' reasons against one veto it; each candidate keeps its reason, and what is taken is
// merged per organisation with the confidence of its most probable mention.

// Cues after which the parties of a deal are named. Each ends where the first name starts. A deal noun may be
// separated from its "with" by a bracket or a worth: "a memorandum of understanding (MoU) worth ₹2,800 crore with".
const WITH_CUE = /\b(?:agreements?|deals?|(?:[Tt]he|[Aa]|[Nn]ew) (?:venture|project)|memorand(?:um|a)(?: of understanding)?|MoUs?|MOUs?|contracts?|partnerships?|cooperation|collaboration|alliance|joint ventures?|JV|pacts?|accord|letter of intent|tie-up|signed|inked|sealed|partnered|teamed up|tied up|cooperates?|cooperated|cooperating|collaborates?|collaborated|collaborating|joined hands|join hands|working together|work together)\b(?:\s*\([^()]{1,12}\))?(?:[^.;()]{0,45}?\bworth\b[^.;]{0,40}?)?\s+with\s+/g;
// "a joint venture worth 36.1 billion baht ($1.04 billion) between", "an agreement between", "a JV formed by".
// "A Memorandum of Understanding has been signed between": the deal noun may be capitalised.
// "jointly owned by two Korean firms, namely Hyundai and LG": a count of the parties may come first.
// "GIB is a joint venture of Gotion High-Tech and InoBat": a venture's owners after "of".
const BY_CUE = /\b(?:[Jj]oint [Vv]enture|JV|jointly [a-z]+|co-[a-z]+|[Aa]greement|[Mm]emorandum|MoU|MOU|[Dd]eal|[Pp]act|[Cc]ontract)\b(?:[^.;]|\.(?=\d)){0,70}?\b(?:by|between)\s+(?:(?:two|three|four)\s+(?:[\w-]+\s+){0,2}?(?:firms|companies|groups|makers|carmakers|automakers|partners),?\s+(?:namely\s+|including\s+)?)?|\b(?:[Jj]oint [Vv]enture|JV) of\s+/g;
const MADE_BY_CUE = /\b(?:produced|manufactured|assembled|made|built) (?:by|at) |\b(?:contract manufacturer|production partner|manufacturing partner|foundry partner)\s+/g;
// An investment or stake makes the investee a party: "invest $700 million in XPeng", "a stake in Leapmotor".
const INVEST_CUE = /\b(?:invest(?:s|ed|ing|ment)?\b[^.;]{0,40}?\b(?:in|into|on)|stakes? in)\s+/g;
// The investor in the subject's project: "has secured a $20 million investment from Chinese carmaker Chery", "funding from".
// One investment, not "a series of investments from Chinese companies" (a trend, not a party).
const INVESTOR_CUE = /\b(?:an?|the|its|their)\s+(?:[^.;]{0,30}?\s)?(?:investment|funding|financing|backing)\s+from\s+/g;
// Technology licensed from a company, and products made together: "licensed from China's CATL", "developed with BYD".
const FROM_CUE = /\blicen[cs](?:ed|es?|ing)(?: technology)? from\s+/g;
const MAKE_WITH_CUE = /\b(?:co-)?(?:develop|build|built|produc|make|made|manufactur|assembl)[a-z]*\b[^.;,]{0,50}?\bwith\s+/g;
// "Under the agreement, Handal will build ...": the party that takes on the deal's work.
const UNDER_CUE = /\b(?:Under|According to) the (?:agreement|deal|contract|partnership|cooperation|memorandum),\s+/g;
// "The agreement was also signed by the regional government of ...", "its partner Jiangsu Yueda Group".
const SIGNED_BY_CUE = /\b(?:signed|inked|co-signed) by\s+|\b(?:its|their|the|\p{Lu}\p{Ll}+(?:an|ese|ish|i)) (?:joint[- ]venture |JV |local |long-time |strategic )?partners?\s+/gu;
// The seller in an acquisition: "bought the factory from Ford", "the acquisition of one of the plants of Ford", "will buy a
// 96-hectare plot to house the facility, from Thai property developer WHA Group".
const SELLER_CUE = /\b(?:b(?:ought|uys?|uying)|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|acquisition of|purchase of)\s+(?:the |a |an |its |their )?(?:[\w%-]+\s+){0,4}?(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|sites?|stakes?|business(?:es)?|units?|assets?|operations?|division|plots?|land|parcels?)\b[^.;]{0,40}?\bfrom\s+|\bacquisition of (?:one of )?(?:the |its )?(?:[a-z-]+\s+){0,3}?(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|sites?|assets?|business(?:es)?|units?)\s+of\s+/g;
// The former owner of what is bought: "agreed to buy the Iracemápolis factory ..., where Daimler AG once made cars".
const FORMER_OWNER_CUE = /\b(?:b(?:ought|uys?|uying)|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|take over|took over)\b[^.;]{0,120}?\bwhere\s+(?=[^.;]{2,50}?\b(?:once|formerly|previously|used to|had)\b)/g;
// "inked a deal worth 30.25 trillion won to supply high-nickel cathode to LG Energy Solution": the other side of a
// supply deal the story reports is a party, though a customer.
const SUPPLY_DEAL_CUE = /\b(?:deal|agreement|contract|pact)\b(?:[^.;]|\.(?=\d)){0,80}?\bto supply\b[^.;]{0,60}?\bto\s+/g;
// "A unit of CATL will join PT Aneka Tambang and PT Industri Baterai Indonesia on the project".
const JOIN_CUE = /\bjoin(?:s|ed|ing)?\s+(?=[^.;]{1,90}?\s(?:on|in) (?:the|a|its|their) (?:project|venture|consortium|complex|plant|partnership)\b)/g;
// "form a joint venture called Indovolt", "the joint venture, to be called PT ZhongTsing New Energy": the venture itself.
// "a joint venture called Siro", and "founded the battery joint venture Siro": the venture's own name after it.
const VENTURE_NAME_CUE = /\bjoint venture,?\s+(?:to be\s+)?(?:called|named)\s+|\b(?:found|form|set up|establish|creat)\w*\s+(?:a|the|their|its)\s+(?:[\w-]+\s+){0,2}?joint venture\s+(?=\p{Lu}\p{L})/gu;
// "a Chinese consortium led by CATL, Brunp Recycling and Lygend Resources": the consortium's members.
const CONSORTIUM_CUE = /\bconsortium (?:led by|of|including|comprising|formed by)\s+/g;

/**
 * A cue, the words an editor reads for it, and how much a name found after it says it is a party. `needs`: a
 * word every match contains (one of them), tested first because most sentences state no deal and a literal test is cheap.
 */
type Cue = {
  /** The cue's feature in the partner model (src/data/partner-model.json). */ key: string;
  re: RegExp; needs: readonly string[]; evidence: string;
  /** Names a past owner: a sentence about the past does not make it background. */ past?: boolean;
  /** Names the customer of the supply deal reported: being a customer does not reject it. */ customer?: boolean;
};
const VENTURE_NAME_KEY = "venture-name";
const CUES: Cue[] = [
  { key: "with", re: WITH_CUE, needs: ["with"], evidence: "named after 'with' in a deal" },
  { key: "by-between", re: BY_CUE, needs: ["by", "between", "enture of", "JV of"], evidence: "named as a party of a joint venture or agreement (by/between)" },
  { key: "signatory", re: SIGNED_BY_CUE, needs: ["d by", "partner"], evidence: "named as signatory or partner" },
  { key: "consortium", re: CONSORTIUM_CUE, needs: ["onsortium"], evidence: "member of the deal's consortium" },
  { key: "supply-deal", re: SUPPLY_DEAL_CUE, needs: ["to supply"], evidence: "the other side of the supply deal reported", customer: true },
  { key: "joins", re: JOIN_CUE, needs: ["join"], evidence: "joined by the subject on the project" },
  { key: VENTURE_NAME_KEY, re: VENTURE_NAME_CUE, needs: ["joint venture"], evidence: "the joint venture the deal forms" },
  { key: "seller", re: SELLER_CUE, needs: ["from", "isition of"], evidence: "the seller in an acquisition" },
  { key: "former-owner", re: FORMER_OWNER_CUE, needs: ["where"], evidence: "the former owner of what is bought", past: true },
  { key: "investee", re: INVEST_CUE, needs: ["nvest", "stake"], evidence: "the investee of an investment or stake" },
  { key: "investor", re: INVESTOR_CUE, needs: ["ent from", "ing from"], evidence: "invests in the subject's project" },
  { key: "makes-with", re: MAKE_WITH_CUE, needs: ["with"], evidence: "makes or develops something with the subject" },
  { key: "made-by", re: MADE_BY_CUE, needs: [" by ", " at ", "artner", "manufacturer"], evidence: "makes the subject's product" },
  { key: "licensor", re: FROM_CUE, needs: ["icen"], evidence: "licenses technology to the subject" },
  { key: "under-agreement", re: UNDER_CUE, needs: ["Under", "According"], evidence: "takes on the work under the agreement" },
];
/** A test for any of the words, as one literal alternation (faster than a substring test per word). */
const anyWord = (words: readonly string[]) => new RegExp([...new Set(words)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
// Any cue's required word: most sentences have none, and are passed over with one test instead of one per cue.
const ANY_CUE_WORD = anyWord(CUES.flatMap((c) => c.needs));
const CUE_NEEDS = new Map(CUES.map((c) => [c, anyWord(c.needs)]));
const COORDINATED = { key: "coordinated", evidence: "listed with the subject before a deal verb" };
const COORDINATED_PROJECT = { key: "coordinated-project", evidence: "listed with the subject before the project's verb (build, invest, set up)" };
const GOVERNMENT = { key: "government", evidence: "a government named in a sentence stating the deal" };
const UNNAMED_GOVERNMENT = { key: "unnamed-government", evidence: "'the city/state government' of the story's place" };
const PLANT_OWNER = { key: "plant-owner", evidence: "the seller, named through the plant bought" };
const SIGNER = { key: "signer", evidence: "opens a sentence and signs the deal" };
const SIGNS_WITH_SUBJECT = { key: "signs-with-subject", evidence: "opens a sentence and signs the deal with the subject" };
// A place's office-holder: "Slovak Prime Minister", "Telangana IT Minister", "Andhra Pradesh Chief Minister", "Ohio Governor".
const OFFICE_AFTER_PLACE = /^ (?:(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}+) (?:and \p{Lu}\p{Ll}+ )?)?(?:Prime Minister|Chief Minister|Minister|Governor|Premier|Mayor)\b/u;

// "a deal signed between Governor Raúl Jalil and ...": an office-holder named without a place signs for the story's state or city.
const OFFICE_ONLY = /^(?:(Mayor)|Governor|Premier|Chief Minister) \p{Lu}/u;

/** An office-holder party without a place, as the government of the story's state (the city's, for a mayor). */
function officeHolder<F extends { party: Party; key: string; evidence: string }>(f: F, place: StoryPlace): F {
  const office = OFFICE_ONLY.exec(f.party.name);
  const seat = office && (office[1] ? place.city : place.region);
  return seat ? { ...f, party: { ...f.party, name: `${seat} government` }, ...GOVERNMENT } : f;
}

/** The place whose office-holder a name opens with ("Slovak" of "Slovak Prime Minister Robert Fico"), if any. */
function officialPlace(name: string): string | undefined {
  const words = name.split(" ", 3);
  for (let n = 1; n <= 2 && n < words.length; n++) {
    const place = words.slice(0, n).join(" ");
    if (OFFICE_AFTER_PLACE.test(name.slice(place.length)) && (demonymCountry(place) !== undefined || isPlaceName(place))) return place;
  }
  return undefined;
}
// "with Shanghai-headquartered Guide Group", "with the Chinese carmaker X": "with" and a few words before a name.
const WITH_BEFORE = /\bwith\s+(?:[\w-]+\s+){0,3}$/;
const SIGNS_AFTER = /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:has|have|had|also|on \w+|jointly)\s+)?(?:signed|sealed|inked|agreed|entered into)\b/;
// A sentence about the project itself: its parties may be named without a deal word.
const PROJECT_VERB = /\b(?:build|built|set up|invest(?:s|ed|ing)?|establish|acquir|b(?:uy|ought)|purchas|jointly|together)/;
// "X and Y will build", "X and Y, a unit of Z, said on Tuesday they would develop": the list's own verb, right after it.
const LIST_PROJECT_VERB = /^\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,.;]{1,60},\s*)?(?:(?:said|say|announced)(?: on \w+)?(?: that)? they\s+)?(?:will|would|plan to|are to|have agreed to|jointly)?\s*(?:jointly\s+)?(?:build|set up|invest|establish|open|develop)\b/;
// Any other organisation a sentence stating the deal names: the model weighs what stands around it.
const IN_DEAL_SENTENCE = { key: "in-deal-sentence", evidence: "named in a sentence stating the deal" };
// Cues the rules did not have: what they propose only the model takes, and they do not count as the rules' decision.
const MODEL_ONLY = new Set([IN_DEAL_SENTENCE.key, COORDINATED_PROJECT.key, SIGNER.key]);

// "acquire the Lordstown Motors Vehicle Assembly Plant": a plant bought, named after its owner.
const BUYS = /\b(?:b(?:ought|uy)|acqui|purchas|t(?:ake|ook) over)/;
const BUYS_BEFORE = /\b(?:b(?:ought|uys?|uying)|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|take over|took over|acquisition of|purchase of)\s+(?:the\s+)?$/;
const BUYS_BEFORE_OWNER = /\b(?:b(?:ought|uys?|uying)|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)|take over|took over|acquisition of|purchase of)\s+(?:an?\s+|the\s+)?$/;
const PLANT_AFTER = /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:[a-z-]+\s+){0,2})(?:plants?|factor(?:y|ies)|facilit(?:y|ies))\b/;
const PLANT_WORDS = /(?:\s+(?:Vehicle|Vehicles|Car|Cars|Truck|EV|Battery|Cell|Engine|Assembly|Manufacturing|Production|Stamping|Plant|Factory|Facility|Works|Complex))+$/;
const PLANT_NAME = /\s(?:Plant|Factory|Facility|Works|Complex)$/;
// "Tata Passenger Electric Mobility Limited (TPEML), the electric vehicle arm of Tata Motors": the subject's own unit.
const UNIT_OF = /^,\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,4}?(?:arm|unit|subsidiary|division|affiliate)\s+of\s+/;
// A name that only says a legal form ("Limited" after "Co., Limited"), or only nationalities ("Chinese-European").
const LEGAL_FORM_ONLY = new Set(["Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Limited", "LLC", "AG", "SE", "GmbH", "plc", "PLC", "S.A.", "N.V.", "JSC", "Pvt", "Private"]);
const NATIONALITIES = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch))(?:-\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch))+$/u;
// "Daimler AG of Germany", "Dongying Municipal People's Government of Shandong Province": a legal name, then where it is.
const OF_PLACE = /^(.+?\s(?:AG|SE|Ltd\.?|Limited|Inc\.?|Corp\.?|Co\.?|GmbH|plc|PLC|LLC|Holdings|Group|Motors?|Government)) of (?:the )?(.+?)(?: (?:Province|State|Region|Prefecture))?$/;

// "X and Y ... signed": coordinated parties of a deal verb.
// "(?<!\w)" is "\b" before a word (every alternative starts with one), and runs about twice as fast here.
const DEAL_VERB = /(?<!\w)(?:signs?|signed|inks?|inked|sealed|agree[sd]?|agreements?|deals?|partnerships?|forms?|formed|set up|establish(?:es|ed)?|launch(?:es|ed)?|enter(?:s|ed)?|jointly|joint venture|cooperat\w*|partner\w*|co-(?:build|built|develop|invest|operat)\w*|join hands|joined hands|(?:will|plan to|to) invest)\b/;
// A sentence that states a deal: where a government named in it is a counterparty.
// Grants, incentives and support alone do not make a government a party; signing or agreeing does.
const DEAL_SENTENCE = /\b(?:negotiat(?:es?|ed|ing|ions?)|sign(?:s|ed|ing)?|ink(?:s|ed)?|seal(?:s|ed)?|agree(?:s|d|ments?)?|deals?|memorand\w*|MoUs?|MOUs?|pacts?|accord|contracts?|partner(?:s|ship)?|joint venture|cooperat\w*|collaborat\w*|framework|letter of intent)\b/i;
// What stands before a name that is not a party: a rival, a customer, an owner or supplier of the subject.
const RIVAL_BEFORE = /\b(?:rivals?|competitors?|competing with|compete with|peers?)\b[^.;]{0,25}$/i;
const CUSTOMER_BEFORE = /\b(?:customers?|clients?|suppl(?:y|ies|ying|ied)\b[^.;]{0,40}\bto|buyers?|investors?|shareholders?)\s+(?:such as\s+|including\s+|like\s+)?(?:the\s+)?(?:[A-Z][\p{L}-]*['’]s\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
const EARLIER_DEAL = /\b(?:comes|came|coming|follows|followed) (?:\w+ )?(?:after|on the heels of)\b/;
// "Thailand's Board of Investment approved": a regulator that only approves is not a party.
// "attended by officials from the provincial government", "controlled by the city government", "according to the local government".
const PRESENT_BEFORE = /\b(?:attended by|officials? (?:from|of)|according to|controlled by|owned by|backed by|representatives? of|presence of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const APPROVES_AFTER = /^[^.;]{0,40}?\b(?:approved|approves|cleared|granted|endorsed)\b/;
const SIGNS = /\b(?:sign|ink|seal|agree|memorand|MoU|MOU)/i;
// "Rojana — a joint venture between A and B": the cue describes the owners of a name just before it.
const APPOSITION_BEFORE = /[\p{L}.)]\s*(?:,|—|–|-|\()\s*(?:which is\s+)?(?:an?|the)\s+(?:[\d-]+\s+)?$/u;
// Words written like names that are not organisations.
const NOT_ORGANISATION = /^(?:EVs?|NEVs?|BEVs?|PHEVs?|HEVs?|ICE|IPO|CEO|R&D|AI|ESS|BESS|MoU|MOU|JV|GWh|Phase|Project|Gigafactory|Chinese|European|Asian|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

// "a partnership with the Tar Heel State": a state called by its nickname ("the Golden State") is a place.
const STATE_NICKNAME = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}State$/u;

// A deal names a handful of parties; a longer "list" is not a list of signatories.
const MAX_PARTIES = 8;
// A bracketed acronym or ticker may follow a name before the list goes on: "MIDA (MIDA) and ...", "Stellantis (NYSE: STLA) and".
// So may an aside between dashes: "the committee of Lingang New Area - part of Pudong district - and Lingang Group".
// And "Toyota plants and Prime Planet Energy": a facility word after a name.
// So may a description in lower case: "its partner Envision AESC, a global player in battery technology, and Sunderland City Council",
// after a number that ends the name: "Military Factory 200, an affiliate of the ministry, and", or a unit after a slash:
// "TotalEnergies / Saft, and".
const LIST_JOIN = /^(?:\s\d{1,4}(?=,)|\s?\/\s?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})?(?:\s*\([A-Z][A-Za-z&:. -]{1,20}\)){0,2}(?:\s+(?:plants?|factor(?:y|ies)|sites?|facilit(?:y|ies)))?(?:\s+[-–—]\s[^-–—\n]{1,100}\s[-–—])?(?:,\s+(?:an?|the)\s+[a-z][a-z -]{1,60}(?=,\s+and\s))?(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/;
const GOVERNMENT_BEFORE = /^(?:the\s+)?(?:(?:municipal|city|provincial|regional|state|local|people['’]s)\s+)?(?:government|city|municipality|town|province|state|county) of\s+(?:the\s+)?/i;
// "the management committee of Lingang New Area": the body that runs a zone, named after it.
const COMMITTEE_BEFORE = /^(?:the\s+)?((?:management|administrative) committee) of\s+(?:the\s+)?/i;
// "Spanish carmaker Ebro", "the battery maker CATL", "zero emission vehicle pioneer Evlomo", "Hangzhou-based EV maker
// Leapmotor", "the city's Hannan district", "Singapore-based Rigqueza": a description or an owner before the name.
const DESCRIPTOR = /^(?:the\s+|an?\s+)?(?:(?:country|city|state|province|region|government)['’]s\s+)?(?:(?:[A-Z][a-z]+(?:-based)?|U\.S\.)\s+)?(?:(?:[a-z-]+|[A-Z]{2,4})\s+){0,3}?(?:carmaker|automaker|maker|company|firm|startup|start-up|group|giant|supplier|manufacturer|brand|developer|producer|conglomerate|operator|university|agency|authority|investor|fund|pioneer|leader|specialist|partner)\s+(?=[A-Z])|^(?:the\s+)?(?:[A-Z][a-z]+|city|state|province|country)['’]s\s+(?=[A-Z])|^(?:the\s+|an?\s+)?[A-Z][A-Za-z.]*-based\s+(?=[A-Z])/;
// After an owner's possessive, the unit it owns: "'s battery-making arm ", "’s local subsidiary ".
const OWNERS_UNIT = /^['’]s?\s+(?:[a-z-]+\s+){0,3}(?:arm|unit|subsidiary|division|affiliate)\s+(?=\p{Lu})/u;
// "government-owned Indonesia Battery Corporation", "the state-backed Lingang Group".
const OWNED = /^(?:the\s+|an?\s+)?(?:[a-z]+-(?:owned|backed|run|controlled|listed|funded)\s+)+(?=[A-Z])/;
const GOVERNMENT_AFTER = /^\s+(?:(?:municipal|city|provincial|state|local|district|county|people['’]s)\s+)?government\b/i;
// A government named as a body: "Dongying Municipal People's Government", "the Tamil Nadu State Government",
// "Government of Gujarat". Resolved to one name per body: "<place> government".
const GOVERNMENT_NAME = /^(.+?)(?:\s+(?:Municipal|Provincial|City|State|District|County|Regional|Metropolitan))?(?:\s+People['’]s)?\s+Government$/;
const GOVERNMENT_OF_NAME = /^(?:(?:State|Municipal|City|Provincial|Regional) )?Government of (?:the )?(.+)$/;
// "the city government", and two offices at once: "with the city and provincial governments".
const UNNAMED_GOVERNMENT_RE = /\bthe\s+(city|municipal|local|provincial|state)(?:\s+and\s+(city|municipal|local|provincial|state)\s+governments|\s+government)\b/gi;

const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u;

type Party = { name: string; start: number; end: number; next: number; possessive: boolean };
/** A sentence's name phrases in order (sorted by start) for finding the one around an offset, and by start (made on first use: most sentences state no deal). */
type PhraseIndex = { byStart?: Map<number, NamePhrase>; list: readonly NamePhrase[] };

/** One organisation proposed as a party, with the decision taken on it and why. */
export type PartnerCandidate = {
  name: string;
  span: Span;
  sentence: string;
  /** The cue that proposed it. */
  evidence: string;
  taken: boolean;
  /** Why it was rejected ("a news agency"), or "" when taken. */
  reason: string;
  /** The model's confidence that it is a party, taken at 0.5 and above (0 when a hard rule rejects it). */
  confidence: number;
  /** What the model weighed: the cue, what speaks against it, what kind of name it is, where it stands (none when a hard rule rejects it). */
  features: string[];
};

/** The story's place, for "the city government" named by its office only. */
export type StoryPlace = { city: string | null; region: string | null };

// What speaks against a candidate, as the model's features and as the reason an editor reads.
const AGAINST = {
  rival: "a rival",
  customer: "a customer, supplier or shareholder",
  present: "attends, owns or is quoted, not a signatory",
  regulator: "a regulator that only approves",
  earlier: "a party of the earlier deal the story recalls",
  unit: "a unit of the story's subject",
  background: "named in a sentence about an earlier or another deal",
  another: "a party of another company's deal",
  owners: "an owner of another party, named in an apposition that describes it",
} as const;
type Against = keyof typeof AGAINST;

/** Every organisation proposed as a party to the story's deal, each taken or rejected with its reason. */
export function partnerCandidates(
  sentences: readonly Sentence[],
  phrases: readonly NamePhrase[][],
  subject: string | null,
  persons: ReadonlySet<string>,
  place: StoryPlace = { city: null, region: null },
): PartnerCandidate[] {
  const acronyms = collectAcronyms(sentences, phrases);
  const out: PartnerCandidate[] = [];
  // Asked only of candidates named like the subject, or of a few: built on first use.
  let words: Set<string> | undefined, subjectUnits: Set<string> | undefined, heads: Map<string, number> | undefined;
  const firstWords = () => (words ??= new Set(phrases.flat().map((p) => /^\S+/.exec(p.text)![0])));
  const units = () => (subjectUnits ??= unitsOf(subject, sentences, phrases, acronyms));
  // In how many sentences a name's first word starts a name: a party is usually named again.
  const sentencesNaming = (name: string) => (heads ??= headCounts(phrases)).get(/^\S+/.exec(name)![0]) ?? 0;
  // Sentence after sentence asks the same of the same names: answered once per article.
  const canonicalName = boundedMemo((name) => canonical(name, acronyms));
  const subjectNamed = boundedMemo((name) => subject !== null && isSubject(name, subject));
  const namesSubject = (name: string) => subjectNamed(canonicalName(name));
  const rejected = boundedMemo((name) => nameRejection(name, subject, persons));
  const rejectedJointly = boundedMemo((name) => nameRejection(name, null, persons));
  const kindOfName = boundedMemo(nameFeatures);
  sentences.forEach((s, i) => {
    // Every party but "the city government" is one of the sentence's name phrases: a sentence with neither proposes none.
    if (!phrases[i].length && !/government/i.test(s.text)) return;
    const background = isBackground(s);
    const byStart: PhraseIndex = { list: phrases[i] };
    const found: Array<{ party: Party; key: string; evidence: string; owners?: string; past?: boolean; customer?: boolean }> = [];
    // "The mega deal comes after the company secured a supply deal with Samsung SDI in January", "This partnership follows
    // closely on the heels of another maker investing in X": what comes after "comes after" is an earlier deal.
    const earlier = EARLIER_DEAL.exec(s.text)?.index ?? Infinity;
    let subjectSpans: NamePhrase[] | undefined;
    for (const cue of ANY_CUE_WORD.test(s.text) ? CUES : []) {
      if (!CUE_NEEDS.get(cue)!.test(s.text)) continue;
      cue.re.lastIndex = 0;
      for (let m = cue.re.exec(s.text); m; m = cue.re.exec(s.text)) {
        const at = m.index + m[0].length;
        // The cue's last "joint venture" is the one its names belong to.
        const jv = m[0].lastIndexOf("joint venture") >= 0 ? m[0].lastIndexOf("joint venture") : m[0].lastIndexOf("JV");
        // "X, a joint venture between A and B" names X's owners; "X, a joint venture with B" names the subject's partner.
        const apposition = jv >= 0 && !/\bwith\s+$/.test(m[0]) ? APPOSITION_BEFORE.exec(s.text.slice(Math.max(0, m.index + jv - 40), m.index + jv)) : null;
        // The owners of the subject itself ("ACC, a joint venture of Stellantis, ..." in a story about ACC) are its partners.
        const cueAt = s.start + m.index + jv;
        const described = apposition ? phrases[i].filter((p) => p.end <= cueAt && cueAt - p.end < 12).pop() : undefined;
        const owners = apposition && !(subject && described && isSubject(canonical(described.text, acronyms), subject));
        for (const party of partyList(s, byStart, at, /\bbetween\s+$/.test(m[0]))) found.push({ party, key: cue.key, evidence: cue.evidence, owners: owners ? "owners" : undefined, past: cue.past, customer: cue.customer });
      }
    }
    if (BUYS.test(s.text)) for (const party of plantOwners(s, phrases[i])) found.push({ party, ...PLANT_OWNER });
    // Asked only where no deal word already decides.
    let project: boolean | undefined;
    const projectSentence = () => (project ??= PROJECT_VERB.test(s.text));
    for (const { party, project } of coordinatedParties(s, phrases[i], byStart, !!subject, namesSubject, projectSentence)) found.push({ party, ...(project ? COORDINATED_PROJECT : COORDINATED) });
    const dealSentence = DEAL_SENTENCE.test(s.text);
    // "Brenner Automotive signed an agreement to supply Ostrava Cells": the name that opens a sentence and signs.
    // "Egypt's Suez Canal Economic Zone (SCZONE) has signed": a place's possessive describes the signer named after it.
    const [first, second] = phrases[i];
    const opener = !dealSentence ? undefined : first?.possessive && second && second.start - first.end < 4 && isPlaceName(first.text) ? second : first;
    if (opener && opener.start - s.start < 25 && !/[,;:]/.test(s.text.slice(0, opener.start - s.start)) && SIGNS_AFTER.test(s.text.slice(opener.end - s.start, opener.end - s.start + 40))) {
      // "Slovak Prime Minister Robert Fico ... signed": an office-holder of a place signs for its government.
      const place = officialPlace(opener.text);
      const name = place ? `${place} government` : opener.text;
      // "SCZONE has signed an agreement with Guide Group": the other side of a deal signed with the subject is a party, as after "with".
      const withSubject = () => (subjectSpans ??= subject === null ? [] : phrases[i].filter((p) => namesSubject(p.text))).some((p) => p.start > opener.end && WITH_BEFORE.test(s.text.slice(Math.max(0, p.start - s.start - 40), p.start - s.start)));
      found.push({ party: { name, start: opener.start, end: opener.end, next: opener.end - s.start, possessive: opener.possessive }, ...(place ? GOVERNMENT : withSubject() ? SIGNS_WITH_SUBJECT : SIGNER) });
    }
    if (dealSentence) {
      for (const party of governmentsIn(s, phrases[i])) found.push({ party, ...GOVERNMENT });
      for (const party of unnamedGovernments(s, place)) found.push({ party, ...UNNAMED_GOVERNMENT });
    }
    // "GM and Samsung SDI will build a plant": a sentence about the project names its parties without a deal word.
    if (dealSentence || projectSentence()) {
      for (const p of phrases[i]) {
        if (found.some((f) => f.party.start <= p.start && p.start < f.party.end)) continue;
        found.push({ party: { name: p.text, start: p.start, end: p.end, next: p.end - s.start, possessive: p.possessive }, ...IN_DEAL_SENTENCE });
      }
    }
    if (!found.length) return;
    // "Volkswagen announced it was buying a stake in Xpeng": a sentence that names another maker (not one of its parties), and
    // not the subject, tells another company's deal.
    // Asked only of a candidate nothing else rejects.
    // Both are worked out on first need, once per sentence.
    let otherMaker: number | null | undefined;
    for (const cued of found) {
      const f = dealSentence ? officeHolder(cued, place) : cued;
      const written = canonicalName(f.party.name);
      // "a stake in BMW Brilliance Automotive": a joint venture named after the subject and its partner is a party.
      const jointlyNamed = subject !== null && f.party.name.startsWith(`${nameHead(subject)} `) && subjectNamed(written) && namedWithPartner(f.party.name, subject, firstWords());
      const name = jointlyNamed ? f.party.name : written;
      const relative = f.party.start - s.start;
      const hard = (jointlyNamed ? rejectedJointly : rejected)(name) || nicknameRejection(name, s.text, relative);
      const span = { start: f.party.start, end: f.party.end };
      if (hard) {
        out.push({ name, span, sentence: s.text, evidence: f.evidence, taken: false, reason: hard, confidence: 0, features: [] });
        continue;
      }
      const against: Against[] = [];
      const before = s.text.slice(Math.max(0, relative - 60), relative);
      if (RIVAL_BEFORE.test(before)) against.push("rival");
      if (!f.customer && CUSTOMER_BEFORE.test(before)) against.push("customer");
      if (PRESENT_BEFORE.test(before)) against.push("present");
      if (APPROVES_AFTER.test(s.text.slice(f.party.end - s.start, f.party.end - s.start + 60)) && !SIGNS.test(s.text)) against.push("regulator");
      if (relative > earlier) against.push("earlier");
      if (units().has(name)) against.push("unit");
      if (background && !f.past) against.push("background");
      if (f.key !== IN_DEAL_SENTENCE.key && ((otherMaker ??= otherMakerAt(phrases[i], found, subject, namesSubject)) ?? Infinity) < f.party.start) against.push("another");
      if (f.owners || (f.party.possessive && OWNERS_UNIT.test(s.text.slice(f.party.end - s.start, f.party.end - s.start + 60)))) against.push("owners");
      const features = [`cue:${f.key}`, ...against.map((a) => `against:${a}`), ...kindOfName(name), ...(f.party.possessive ? ["possessive"] : [])];
      // The rules' own decision: a cue proposed it and nothing speaks against it.
      if (!MODEL_ONLY.has(f.key) && !against.length) features.push("rules-take");
      if (i < 2) features.push("lead-sentence");
      subjectSpans ??= subject === null ? [] : phrases[i].filter((p) => namesSubject(p.text));
      if (subjectSpans.length) features.push("subject-in-sentence");
      if (subjectSpans.some((m) => joinedWith(s, m, f.party))) features.push("joined-with-subject");
      if (dealSentence) features.push("deal-sentence");
      features.push(...contextFeatures(s.text, relative, f.party.end - s.start));
      if (sentencesNaming(name) > 1) features.push("named-again");
      const p = partnerConfidence(features);
      const taken = p >= PARTNER_THRESHOLD && !vetoed(features);
      const reason = taken ? "" : against.length ? against.map((a) => AGAINST[a]).join("; ") : `too little evidence (${p.toFixed(2)} < ${PARTNER_THRESHOLD})`;
      out.push({ name, span, sentence: s.text, evidence: f.evidence, taken, reason, confidence: Number(p.toFixed(2)), features });
    }
  });
  return out;
}

/** What kind of name a candidate is: a known organisation, a government or institution, a company by its legal form. */
function nameFeatures(name: string): string[] {
  const out: string[] = [];
  if (makerByAlias(name)) out.push("known-organisation");
  const words = name.split(" ");
  if (/ government$/.test(name)) out.push("government");
  else if (words.some((w) => INSTITUTION_WORDS.has(w))) out.push("institution");
  if (words.some((w) => COMPANY_SUFFIX.has(w))) out.push("company-form");
  if (words.length === 1) out.push("one-word");
  return out;
}

// Cue words around a candidate, as features: the words just before it and just after it.
const BEFORE: ReadonlyArray<[string, RegExp]> = [
  ["before:with", /\bwith\b[^;,()]{0,30}$/],
  ["before:and", /\b(?:and|&)\s+(?:the\s+)?$/],
  ["before:between", /\bbetween\b[^;.]{0,40}$/],
  ["before:from", /\bfrom\b[^;,]{0,30}$/],
  ["before:of", /\bof\s+(?:the\s+)?$/],
  ["before:by", /\bby\s+(?:the\s+)?$/],
  ["before:partner", /\bpartner(?:s|ship|ed|ing)?\b[^;.]{0,30}$/i],
  ["before:joint-venture", /\b(?:joint[- ]venture|JV|consortium)\b[^;.]{0,40}$/i],
  ["before:buys", /\b(?:b(?:uy|uys|uying|ought)|acquir\w*|purchas\w*|t(?:ake|ook) over)\b[^;.]{0,30}$/i],
  ["before:supply", /\b(?:suppl\w+|customers?|clients?|orders?)\b[^;.]{0,30}$/i],
  ["before:invest", /\b(?:invest\w*|stakes?|funding|backed)\b[^;.]{0,30}$/i],
];
const AFTER: ReadonlyArray<[string, RegExp]> = [
  ["after:deal-verb", new RegExp(`^[^.;]{0,40}?${DEAL_VERB.source}`)],
  ["after:project-verb", /^[^.;]{0,40}?\b(?:will |to |plans? to )?(?:build|set up|invest|establish|develop|produce|open|jointly)\b/],
  ["after:and", /^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:and|&)\s/],
  ["after:said", /^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:said|says|told|reported|announced)\b/],
];

/** The cue words around a candidate (sentence-relative offsets), and whether it opens the sentence. */
function contextFeatures(text: string, start: number, end: number): string[] {
  const before = text.slice(Math.max(0, start - 50), start);
  const after = text.slice(end, end + 60);
  const out: string[] = [];
  for (const [name, re] of BEFORE) if (re.test(before)) out.push(name);
  for (const [name, re] of AFTER) if (re.test(after)) out.push(name);
  if (start < 30 && !/[,;:(]/.test(before)) out.push("opens-sentence");
  if (/\(\s*(?:[A-Z]+\s*:\s*)?$/.test(before)) out.push("in-brackets");
  return out;
}

// What stands between two names of one list: "GM (General Motors) and Samsung SDI", "Renault with Geely",
// "Military Factory 200, an affiliate of the ministry, and China's Foton Motor" (a number ending the name, an apposition, a country).
const JOINED = /^(?:\s\d{1,4})?\s*(?:\([^()]{1,20}\)\s*)?(?:,[^,;()]{1,90},)?,?\s*(?:and|&|with|together with|alongside)\s+(?:(?:its|the)\s+(?:[\w-]+\s+){0,2})?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?$/u;

/** The subject and a candidate named side by side in one list: "GM and Samsung SDI will build", "X and GM signed". */
function joinedWith(s: Sentence, subject: NamePhrase, party: Party): boolean {
  const [a, b] = subject.start < party.start ? [subject, party] : [party, subject];
  return a.end <= b.start && b.start - a.end < 130 && JOINED.test(s.text.slice(a.end - s.start, b.start - s.start));
}

/** How many sentences have a name starting with each first word. */
function headCounts(phrases: readonly NamePhrase[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of phrases) {
    for (const head of new Set(sentence.map((p) => /^\S+/.exec(p.text)![0]))) counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  return counts;
}

/** Organisations party to the story's deal or cooperation, subject company excluded, each with its confidence. */
export function extractPartners(
  sentences: readonly Sentence[],
  phrases: readonly NamePhrase[][],
  subject: string | null,
  persons: ReadonlySet<string>,
  place?: StoryPlace,
): PartnerFact[] {
  return mergePartners(partnerCandidates(sentences, phrases, subject, persons, place));
}

/** Why a candidate cannot be a party whatever the evidence, by its name alone, or "" when it can. */
function nameRejection(name: string, subject: string | null, persons: ReadonlySet<string>): string {
  if (isMedia(name)) return "a news agency or outlet";
  if (isExchange(name)) return "a stock exchange";
  if (NOT_ORGANISATION.test(name) || NATIONALITIES.test(name) || demonymCountry(name) !== undefined || name.split(" ").every((w) => LEGAL_FORM_ONLY.has(w))) return "not an organisation";
  if (subject && isSubject(name, subject)) return "the story's subject or one of its units";
  if (isPerson(name, persons)) return "a person";
  if (isPlaceName(name)) return "a place, not an organisation";
  return "";
}

/** "a partnership with the Tar Heel State": a state's nickname where it stands, a place. */
function nicknameRejection(name: string, text: string, start: number): string {
  return STATE_NICKNAME.test(name) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 10), start)) ? "a state's nickname, a place" : "";
}

/**
 * One fact per organisation: "Lingang" folds into "Lingang Group", "Handal" into "PT Handal Indonesia Motor"; the
 * first mention keeps the span. Confidence and evidence are those of the most probable mention.
 */
export function mergePartners(candidates: readonly PartnerCandidate[]): PartnerFact[] {
  const out: Array<PartnerFact & { confidence: number }> = [];
  // A joint venture is often named after an owner ("Indovolt BV VKTR"): the owner's one word does not fold into it.
  const ventures = new Set<string>();
  // A parent is not its national unit either: "Ford" and "Ford India Private Limited" are two parties.
  const folds = (short: string, long: string) => !nationalUnit(short, long) && (long.startsWith(`${short} `) || (!ventures.has(long) && shortForm(short, long)));
  for (const c of candidates) {
    if (!c.taken) continue;
    if (c.features.includes(`cue:${VENTURE_NAME_KEY}`)) ventures.add(c.name);
    const same = out.find((o) => o.name === c.name || folds(o.name, c.name) || folds(c.name, o.name));
    if (!same) {
      out.push({ name: c.name, by: "text", span: c.span, sentence: c.sentence, confidence: c.confidence, evidence: c.evidence });
      continue;
    }
    if (c.name.length > same.name.length) same.name = c.name;
    if (c.confidence > same.confidence) {
      same.evidence = c.evidence;
      same.confidence = c.confidence;
    }
  }
  return out;
}

/**
 * Names listed from `at` on: "JAC Motor and NIO", "X, Y and the city of Z". Commas alone do not make a
 * list ("Lingang Group, Shanghai's largest developer" is an apposition): without "and" only the first counts.
 */
function partyList(s: Sentence, byStart: PhraseIndex, at: number, between = false): Party[] {
  // "between VCS and Qinglan Materials": "between" names two parties, so a phrase joined by "and" is cut there.
  const first = partyAt(s, byStart, at, between);
  if (!first) return [];
  const out = [first];
  for (let party = first; !party.possessive && out.length < MAX_PARTIES; ) {
    const join = LIST_JOIN.exec(s.text.slice(party.next, party.next + 140));
    const next = join ? partyAt(s, byStart, party.next + join[0].length, join[0].includes(",")) : undefined;
    // "A (Antam), B (IBC), and a consortium led by ...": the "and" closes the list even where no name follows it.
    if (!join || !next) return join && /and|&/.test(join[0]) && out.length > 1 ? out : out.slice(0, 1);
    // "Renault and Geely's joint venture": a possessive may close a list, never continue one.
    if (next.possessive && !/and|&/.test(join[0])) break;
    out.push(next);
    if (/and|&/.test(join[0])) return out; // "and" closes the list
    party = next;
  }
  return out.slice(0, 1);
}

/** The organisation named at a sentence-relative offset: a name phrase, or a city's government. */
function partyAt(s: Sentence, byStart: PhraseIndex, at: number, inList = false): Party | undefined {
  const ahead = s.text.slice(at, at + 80);
  const government = GOVERNMENT_BEFORE.exec(ahead);
  const committee = government ? null : COMMITTEE_BEFORE.exec(ahead);
  const skip = (government ?? committee ?? DESCRIPTOR.exec(ahead) ?? OWNED.exec(ahead) ?? /^the\s+/i.exec(ahead))?.[0].length ?? 0;
  const named = phraseAt(byStart, s.start + at + skip, inList);
  if (!named) return undefined;
  // "SK Group's battery-making arm SK On": the party is the unit its owner describes.
  const unit = named.possessive ? OWNERS_UNIT.exec(s.text.slice(named.end - s.start, named.end - s.start + 60)) : null;
  const phrase = (unit && phraseAt(byStart, named.end + unit[0].length, inList)) || named;
  let next = phrase.end - s.start;
  const after = phrase.possessive ? null : GOVERNMENT_AFTER.exec(s.text.slice(next, next + 40));
  // "European carmakers", "the Chinese electric vehicle maker": a people's adjective, not a name.
  if (!after && DEMONYM.test(phrase.text) && /^\s(?!(?:and|or)\b)\p{Ll}/u.test(s.text.slice(next, next + 6))) return undefined;
  if (after) next += after[0].length;
  const name = government || after ? `${phrase.text} government` : committee ? `${phrase.text} ${committee[1].toLowerCase()}` : phrase.text;
  return { name, start: phrase.start, end: s.start + next, next, possessive: phrase.possessive };
}

/**
 * The name phrase starting at `pos`. After a list's comma, "Brunp Recycling and Lygend Resources" reads as one
 * phrase: its halves are the list's last two names, so it is cut at its "and" and its tail starts after it.
 */
function phraseAt(index: PhraseIndex, pos: number, inList: boolean): NamePhrase | undefined {
  index.byStart ??= new Map(index.list.map((p) => [p.start, p]));
  const phrase = trimmed(index.byStart.get(pos));
  const and = phrase ? phrase.text.indexOf(" and ") : -1;
  // "between Taiwan's Foxconn and Thailand's PTT": a place's possessive after "and" starts the next party.
  if (phrase && (inList || (phrase.possessive && and > 0 && isPlaceName(phrase.text.slice(and + 5))))) {
    return and > 0 ? { text: phrase.text.slice(0, and), start: phrase.start, end: phrase.start + and, possessive: false } : phrase;
  }
  if (phrase) return phrase;
  // The phrase around `pos`: the last one starting before it (binary search keeps long sentences linear).
  let lo = 0, hi = index.list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.list[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  const p = index.list[lo - 1];
  if (p && pos < p.end && p.text.slice(pos - p.start - 5, pos - p.start) === " and ") {
    return { text: p.text.slice(pos - p.start), start: pos, end: p.end, possessive: p.possessive };
  }
  return undefined;
}

// "Chinese-owned Gotion High-Tech and Slovak start-up InoBat" reads as one phrase: an owner's description opens it and a
// people's adjective closes it, neither part of the name.
const OWNED_WORD = /^\p{Lu}\p{L}*-(?:owned|based|backed|run|controlled|listed|funded)\s/u;
const AND_DEMONYM = /\sand\s\p{Lu}\p{Ll}+$/u;

function trimmed(p: NamePhrase | undefined): NamePhrase | undefined {
  if (!p || !(p.text.includes("-") || p.text.includes(" and "))) return p;
  const owned = OWNED_WORD.exec(p.text);
  let { text, start } = p;
  if (owned) [text, start] = [text.slice(owned[0].length), start + owned[0].length];
  const and = AND_DEMONYM.exec(text);
  if (and && demonymCountry(text.slice(and.index + 5)) !== undefined) text = text.slice(0, and.index);
  return text === p.text ? p : { text, start, end: start + text.length, possessive: p.possessive && !and };
}

/** Governments named in a sentence: "the Gujarat government", "the state government of Maharashtra", "Dongying Municipal People's Government". */
function governmentsIn(s: Sentence, phrases: readonly NamePhrase[]): Party[] {
  const out: Party[] = [];
  if (!/government/i.test(s.text)) return out;
  for (const p of phrases) {
    const rel = p.end - s.start;
    const named = p.text.includes("Government") ? GOVERNMENT_NAME.exec(p.text)?.[1] ?? GOVERNMENT_OF_NAME.exec(p.text)?.[1] : undefined;
    if (named) { out.push({ name: `${named} government`, start: p.start, end: p.end, next: rel, possessive: p.possessive }); continue; }
    // "Minas Gerais' government": a place's possessive before "government" names that government.
    const mark = /^['’‘]s?(?=\s)/.exec(s.text.slice(rel, rel + 3))?.[0].length ?? 0;
    const after = GOVERNMENT_AFTER.exec(s.text.slice(rel + mark, rel + mark + 40));
    if (p.possessive && !after) continue;
    const before = /\b(?:government|city|municipality|province|state) of\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, p.start - s.start - 30), p.start - s.start))
      && /\bgovernment\b/i.test(s.text.slice(Math.max(0, p.start - s.start - 40), p.start - s.start));
    if (after || before) out.push({ name: `${p.text} government`, start: p.start, end: p.end + mark + (after?.[0].length ?? 0), next: rel, possessive: false });
  }
  return out;
}

/** "the city government", "the local government": the story's city (or state, province) by its office. */
function unnamedGovernments(s: Sentence, place: StoryPlace): Party[] {
  const out: Party[] = [];
  UNNAMED_GOVERNMENT_RE.lastIndex = 0;
  for (let m = UNNAMED_GOVERNMENT_RE.exec(s.text); m; m = UNNAMED_GOVERNMENT_RE.exec(s.text)) {
    for (const office of m[2] ? [m[1], m[2]] : [m[1]]) {
      const where = /provincial|state/i.test(office) ? place.region : place.city ?? null;
      if (where) out.push({ name: `${where} government`, start: s.start + m.index, end: s.start + m.index + m[0].length, next: m.index + m[0].length, possessive: false });
    }
  }
  return out;
}

/**
 * "Nio and Lingang Group, ..., signed": the coordinated names before a deal verb. With a known subject, only a
 * list that includes it: "CATL and Gotion have set up plants" is about other companies.
 */
function coordinatedParties(
  s: Sentence, phrases: readonly NamePhrase[], byStart: PhraseIndex, hasSubject: boolean, namesSubject: (name: string) => boolean, projectSentence: () => boolean,
): Array<{ party: Party; project: boolean }> {
  const out: Array<{ party: Party; project: boolean }> = [];
  // A list counts only before a deal verb, or the project's own verb: a sentence without one has no list to read.
  const deal = DEAL_VERB.test(s.text);
  if (!deal && !projectSentence()) return out;
  let consumed = -1; // each name joins one list only, which keeps long lists linear
  for (const p of phrases) {
    if (p.start <= consumed) continue;
    const list = partyList(s, byStart, p.start - s.start);
    if (list.length < 2) continue;
    const last = list[list.length - 1];
    consumed = last.end;
    if (hasSubject && !list.some((p) => namesSubject(p.name))) continue;
    const after = s.text.slice(last.next, last.next + 120);
    if (deal && DEAL_VERB.test(after)) out.push(...list.map((party) => ({ party, project: false })));
    else if (LIST_PROJECT_VERB.test(after)) out.push(...list.map((party) => ({ party, project: true })));
  }
  return out;
}

function canonical(name: string, acronyms: Map<string, string>): string {
  // A known organisation's own acronym ("ACC") is that organisation, whatever name its letters spell in the story.
  const written = makerByAlias(name) ? name : acronyms.get(name) ?? name;
  const ofPlace = written.includes(" of ") ? OF_PLACE.exec(written) : null;
  const full = ofPlace && isPlaceName(ofPlace[2]) ? ofPlace[1] : written;
  const government = full.includes("Government") ? GOVERNMENT_NAME.exec(full)?.[1] ?? GOVERNMENT_OF_NAME.exec(full)?.[1] : undefined;
  if (government) return `${government} government`;
  const known = makersIn({ text: full, start: 0, end: full.length, possessive: false });
  return known.length === 1 && known[0].end - known[0].start >= nameHead(full).length ? known[0].maker.name : full;
}

// The subject itself, or one of its own units named after it ("Skoda Auto Volkswagen India", "NIO China", and
// "LG Chem Wroclaw Energy" when the subject is known as LG Energy Solution, LG Chem among its names).
const isSubject = (name: string, subject: string) =>
  name === subject || nameHead(name) === nameHead(subject) || name.startsWith(`${subject} `) ||
  makersIn({ text: name, start: 0, end: name.length, possessive: false }).some((m) => m.start === 0 && m.maker.name === subject);

/** `long` is `short` followed by a country or region: "Ford India Private Limited" for "Ford". */
const nationalUnit = (short: string, long: string) => long.startsWith(`${short} `) && isPlaceName(/^\S+/.exec(long.slice(short.length + 1))![0]);

/** `short` is the first words of `long`, or one of its words standing alone. */
const shortForm = (short: string, long: string) =>
  long.startsWith(`${short} `) || (!short.includes(" ") && ` ${long} `.includes(` ${short} `));

/** Owners named through the plant a sentence buys: "acquire the Lordstown Motors Vehicle Assembly Plant" → Lordstown Motors. */
function plantOwners(s: Sentence, phrases: readonly NamePhrase[]): Party[] {
  const out: Party[] = [];
  for (const p of phrases) {
    const rel = p.start - s.start;
    // "buy a Halvern Automotive (NYSE:HLV) assembly plant", "acquire Korda's battery factory": the owner, then the plant in lower case.
    if (!PLANT_NAME.test(p.text)) {
      // "buys Ohio EV factory": a place and a product are no owner.
      if (BUYS_BEFORE_OWNER.test(s.text.slice(Math.max(0, rel - 40), rel)) && !isPlaceName(/^\S+/.exec(p.text)![0]) && PLANT_AFTER.test(s.text.slice(p.end - s.start, p.end - s.start + 50))) {
        out.push({ name: p.text, start: p.start, end: p.end, next: p.end - s.start, possessive: p.possessive });
      }
      continue;
    }
    if (p.possessive || !BUYS_BEFORE.test(s.text.slice(Math.max(0, rel - 40), rel))) continue;
    const owner = p.text.replace(PLANT_WORDS, "");
    if (owner && owner !== p.text) out.push({ name: owner, start: p.start, end: p.start + owner.length, next: rel + owner.length, possessive: false });
  }
  return out;
}

/**
 * Where a sentence that does not name the subject names another maker, not one of the parties its cues propose:
 * the sentence tells that maker's deal (null when it names none, or names the subject).
 */
function otherMakerAt(phrases: readonly NamePhrase[], found: ReadonlyArray<{ party: Party; key: string }>, subject: string | null, namesSubject: (name: string) => boolean): number | null {
  if (!subject || phrases.some((p) => namesSubject(p.text))) return null;
  const cued = found.filter((f) => !MODEL_ONLY.has(f.key));
  return firstMaker(phrases.filter((p) => !cued.some((f) => f.party.start === p.start)), subject) ?? null;
}

/** Where the first known maker other than the subject is named in a sentence, if one is. */
function firstMaker(phrases: readonly NamePhrase[], subject: string): number | undefined {
  for (const p of phrases) {
    const maker = makersIn(p)[0];
    if (maker && maker.maker.name !== subject && !isSubject(maker.maker.name, subject)) return maker.start;
  }
  return undefined;
}

/** "BMW Brilliance Automotive" for the subject BMW: the words after the subject's start another organisation the article names. */
function namedWithPartner(name: string, subject: string, firstWords: ReadonlySet<string>): boolean {
  const head = nameHead(subject);
  if (!name.startsWith(`${head} `)) return false;
  const next = /^\S+/.exec(name.slice(head.length + 1))?.[0];
  return next !== undefined && !COMPANY_SUFFIX.has(next) && !isPlaceName(next) && firstWords.has(next);
}

/** The subject's own units, as written and by acronym: "Tata Passenger Electric Mobility Limited (TPEML), the electric vehicle arm of Tata Motors". */
function unitsOf(subject: string | null, sentences: readonly Sentence[], phrases: readonly NamePhrase[][], acronyms: Map<string, string>): Set<string> {
  const out = new Set<string>();
  if (!subject) return out;
  sentences.forEach((s, i) => {
    if (!/ (?:arm|unit|subsidiary|division|affiliate) of /.test(s.text)) return;
    for (const p of phrases[i]) {
      let rel = p.end - s.start;
      const acronym = /^\s*\(([^()]{1,12})\)/.exec(s.text.slice(rel, rel + 16));
      if (acronym) rel += acronym[0].length;
      const unit = UNIT_OF.exec(s.text.slice(rel, rel + 80));
      if (!unit) continue;
      const owner = phrases[i].find((o) => o.start === s.start + rel + unit[0].length);
      if (owner && isSubject(canonical(owner.text, acronyms), subject)) out.add(canonical(p.text, acronyms));
    }
  });
  return out;
}
