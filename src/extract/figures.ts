import type { FigureFact } from "../entry";
import { figureScope } from "./figure-scope";
import type { Sentence } from "./sentences";
import { spelledQuantities } from "./spelled-numbers";

// A written number: "10,000", "2.54", "1.1". Digits glued to letters ("5G", "ES8", "4th") are names or ordinals.
// A currency prefix may be glued on ("RM32 billion", "Rp400 million", "RMB3.2 billion", "R4.5bn").
// Indian grouping counts lakhs and crores in twos: "2,50,000", "2,53,046". South African and French groups
// thousands with spaces: "200 000 units", "1 200 jobs".
// It starts with a digit so that the engine scans for digits first; the lookbehind then checks what precedes it.
const NUMBER = /\d(?<=(?:^|[^\p{L}\p{N}.,\-/:]|\b(?:RM|Rp|Rs|RMB|R|VNĐ|VND))\d)(?:\d?(?:,\d\d)+,\d{3}(?:\.\d+)?|\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\d,-]|\.\d)|\d*(?:\.\d+)?)/gu;
const SCALE: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7,
};
// "2.3bn", "3 billion", "a 2-billion-yuan plant", "Rs 4,000-crore", "1.5 lakh crore".
const SCALE_AFTER = /^(?:[\s-]?(thousand|million|billion|trillion|mln|bln|lakhs?|lacs?|crores?)\b|(k|m|mn|bn|b|tn|cr)\b)/i;
const CRORE_AFTER = /^[\s-]crores?\b/i;

// Currency written before the number: "$ 10 billion", "RMB 100 billion", "US$2bn", "€3.5 billion".
// "R5.2 billion" is the rand: a lone R only glued to its number.
const CURRENCY_BEFORE = /(US\$|HK\$|NT\$|A\$|C\$|S\$|R\$|\$|€|£|¥|₩|₹|฿|\b(?:RMB|CNY|USD|EUR|GBP|JPY|KRW|HKD|INR|THB|PLN|HUF|VND|IDR|MXN|BRL|CHF|SEK|NOK|DKK|CZK|CAD|AUD|MYR|SGD|TWD|AED|SAR|TRY|ZAR|MAD|EGP|NGN|RM|Rp|Rs)\b\.?|VNĐ|₫)\s?$|\b(R)$/;
const SYMBOL_CODES: Record<string, string> = {
  "US$": "USD", "$": "USD", "HK$": "HKD", "NT$": "TWD", "A$": "AUD", "C$": "CAD", "S$": "SGD", "R$": "BRL",
  "€": "EUR", "£": "GBP", "¥": "CNY", "₩": "KRW", "₹": "INR", "฿": "THB", RMB: "CNY", RM: "MYR", Rp: "IDR", Rs: "INR", "Rs.": "INR", R: "ZAR", "VNĐ": "VND", "₫": "VND",
};
// Currency written after the number: "1.1 trillion yuan", "500 million euros".
// "10 billion Thai baht": a nationality may name the currency.
const CURRENCY_AFTER = /^[\s-]?(?:[A-Z][a-z]+(?:an|ese|i|ish) (?=baht|rupees|ringgit|rupiah|yuan|yen|won|dong|pesos|rand|lira|zlotys?|forints?|dirhams?|riyals?|naira|reais))?(?:(?:US |U\.S\. )?dollars|yuan|renminbi|RMB|euros?|pounds sterling|pounds|yen|won|baht|zlotys?|forints?|dong|rupees|ringgit|rupiah|reais|pesos|Swiss francs|kronor|Hong Kong dollars|rand|dirhams?|riyals?|lira|naira|Egyptian pounds)\b/i;
const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/hong kong/i, "HKD"], [/dollars/i, "USD"], [/yuan|renminbi|rmb/i, "CNY"], [/euro/i, "EUR"], [/pound/i, "GBP"],
  [/yen/i, "JPY"], [/won/i, "KRW"], [/baht/i, "THB"], [/zloty/i, "PLN"], [/forint/i, "HUF"], [/dong/i, "VND"],
  [/rupees/i, "INR"], [/ringgit/i, "MYR"], [/rupiah/i, "IDR"], [/reais/i, "BRL"], [/pesos/i, "MXN"],
  [/francs/i, "CHF"], [/kronor/i, "SEK"], [/rand/i, "ZAR"], [/riyal/i, "SAR"], [/lira/i, "TRY"], [/naira/i, "NGN"],
];
// The dirham of the Emirates or of Morocco, told apart by the sentence.
const EMIRATES = /\b(?:UAE|Emirat\w*|Dubai|Abu Dhabi|Sharjah)\b/;

const PERCENT_AFTER = /^\s?(?:%|percent\b|per cent\b|pct\b|pc\b|percentage points?\b)/i;
// Measured quantities: unit pattern, unit written out, factor to it.
// Measured quantities: unit pattern, unit written out, factor to it. "800-hectare site" counts too.
const MEASURES: Array<[RegExp, string, number]> = [
  [/^\s?Wh\/kg\b/, "Wh/kg", 1], [/^[\s-]?(?:GWh|gigawatt[- ]hours?)\b/i, "GWh", 1], [/^[\s-]?(?:MWh|megawatt[- ]hours?)\b/i, "MWh", 1],
  [/^[\s-]?(?:kWh|kilowatt[- ]hours?)\b/i, "kWh", 1], [/^[\s-]?TWh\b/i, "TWh", 1],
  [/^[\s-]?(?:GW|gigawatts?)\b/, "GW", 1], [/^[\s-]?(?:MW|megawatts?)\b/, "MW", 1], [/^[\s-]?(?:kW|kilowatts?)\b/, "kW", 1],
  [/^[\s-]?(?:square[\s-]kilomet(?:er|re)s?|sq km|km2|km²)(?!\p{L})/iu, "m2", 1e6],
  [/^[\s-]?(?:square[\s-]met(?:er|re)s?|sq m|sqm|m2|m²)(?!\p{L})/iu, "m2", 1],
  [/^[\s-]?(?:square[\s-](?:feet|foot)|sq ft)\b/i, "m2", 0.09290304],
  [/^[\s-]?(?:hectares?|ha)\b/, "m2", 1e4], [/^[\s-]?acres?\b/i, "m2", 4046.8564224], [/^[\s-]?mu\b/, "m2", 666.667],
  [/^[\s-]?(?:kilomet(?:er|re)s?|km)\b/i, "km", 1], [/^[\s-]?miles?\b/i, "km", 1.609344],
  [/^[\s-]?(?:tons|tonnes|metric tons)\b/i, "t", 1],
];
// Counted things. Vehicles are the archive's main count, under several names.
// Not "models": "10 new models" counts models, not cars.
const VEHICLE_WORDS = /^(?:vehicles?|cars?|units?|EVs|NEVs|deliveries|trucks|buses|minibuses|SUVs|sedans|vans|minivans|pickups|coaches|scooters|motorcycles|two-wheelers)$/i;
const COLLECTIVE = /^(?:staff|personnel|people|employees|workers)$/i;
// Periods of time are not quantities the story states, they date it ("the first 10 months").
const DURATION = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|quarters?)$/i;
// Words that stop the search for a counted noun after a number.
// Lower case only: a capital word after a number belongs to a name between it and its noun ("294 million Class A shares").
const STOP_WORD = /^(?:of|to|in|on|at|by|for|from|with|and|or|the|a|an|is|was|are|were|has|have|had|will|its|their|this|that|than|as|per|each|every|due|up|down|over|under|plus|across|including|year-on-year)$/;
// "About 1,000 of the jobs": the counted noun after a partitive.
const PARTITIVE = /^\s+of (?:the|its|their|these|those|them)\s+([\p{Ll}-]+)/u;
// "300,000 to 500,000 vehicles": the first number of a range takes the unit of the second.
// So does "2,000 direct and 4,000 indirect jobs".
const RANGE_TO = /^\s?(?:(?:direct|indirect|permanent|temporary|new|local)\s+(?:and|or|plus)|to|-|–|or)\s?(?=\d)/;
// "20,000 direct and indirect jobs": paired adjectives before the counted noun.
const PAIRED_ADJECTIVES = /^(\s+)(?:direct|indirect|permanent|temporary|new|local|skilled)\s+(?:and|or)\s+(?=\p{Ll})/u;
// How the text bounds a number: kept with the figure, as written.
const QUALIFIER_BEFORE = /\b(about|around|approximately|approx\.|roughly|nearly|almost|close to|more than|over|at least|up to|as many as|as much as|less than|under|fewer than|below|above|some|an estimated|estimated|just over|just under|exceeding|upwards of|in excess of)\s+$/i;
// The last word of every qualifier: most figures follow none of them, and are passed over with one lookup.
const QUALIFIER_LAST_WORD = new Set(["about", "around", "approximately", "approx.", "roughly", "nearly", "almost", "to", "than", "over", "least", "many", "much", "under", "below", "above", "some", "estimated", "of", "exceeding"]);
// "units" count vehicles unless the text says what else they are: "battery pack units", "300,000 units of cells".
const PRODUCT = /\b(batter(?:y|ies)|(?:battery )?packs?|cells?|modules?|engines?|motors?|transmissions?|gearboxes|chargers?|Megapacks?|inverters?|chips?|scooters?|two-wheelers?|motorcycles?)\b/gi;
const VEHICLE_NOUN = /\b(?:vehicles?|cars?|EVs?|NEVs?|SUVs?|trucks?|buses|sedans?|pickups?|vans?)\b/gi;
// Counts whose unit is only implied ("a target of 80,000" after "51,500 cars") take the unit of the count before them.
const IMPLIED_MIN = 1000;
// "10 straight months" is a duration; "57,000 this year" is a count dated by its year.
const BARE_DURATION = /^\s+(?:(?:consecutive|straight|full|more|calendar|fiscal)\s+)?(?:years?|months?|weeks?|days?|hours?|decades?|quarters?)\b/i;
// "a year", "annually", and glued "packs/year".
const RATE_AFTER = /^\s*(?:(?:per|a|an|each|every)\s+(year|annum|month|week|day)\b|(annually|yearly|monthly|weekly|daily)\b|\/\s?(year|annum|month|week|day)\b)/i;
// A capacity given per period makes any count a rate: "an annual capacity of 1.1 lakh scooters and 1.2 lakh battery packs".
// Only the capacity's own figures: the words between are "of", "is", a qualifier, or the list's earlier count.
const CAPACITY_BEFORE = /\b(annual|yearly|monthly)\s+(?:production\s+|manufacturing\s+|output\s+)?capacity\s+(?:(?:of|is|will be|to produce|up to|about|around|nearly|some)\s+)*(?:[\d.,]+\s+(?:[\p{L}-]+\s+){1,3}and\s+(?:(?:up to|about|around|nearly|some)\s+)?)?$/iu;
const RATE_BEFORE = /\b(annual|annually|yearly|monthly|weekly|daily|per year|per month|a year|a month)\b[^,;]{0,60}$/i;
const RATE_UNITS: Record<string, string> = {
  year: "year", annum: "year", annually: "year", yearly: "year", annual: "year", "per year": "year", "a year": "year",
  month: "month", monthly: "month", "per month": "month", "a month": "month", week: "week", weekly: "week", day: "day", daily: "day",
};
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s$|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s$/;
const MONTH_AFTER = /^\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
// "Fortune 500", "Level 4", "Model 3", "SEPA 2.0": a number that is part of a name.
const NAME_BEFORE = /(?:^|\s)([A-Z][\p{L}.-]*)\s$/u;
// Capitalised words that may stand before a figure at the start of a sentence.
const QUANTIFIERS = new Set(["About", "Over", "Nearly", "Some", "Around", "Almost", "More", "Up", "Roughly", "Only", "Another", "Approximately", "Less", "Fewer", "Just", "Under", "Above", "Below", "Additional", "With", "By", "Of", "To", "And", "Its", "The", "About", "Overall", "Currently", "Altogether"]);

const MAX_DIGITS = 18; // beyond this a "number" is noise, not a figure

/** Every stated quantity: money, percentages, measures and counts, in base units, with where it was read. */
export function extractFigures(sentences: readonly Sentence[], subject: string | null = null): FigureFact[] {
  const out: FigureFact[] = [];
  const shares = new Set<FigureFact>(); // counts given per line or per plant ("each ... 200,000 vehicles")
  // Most sentences state no figure: a sentence's scope is worked out only when it does, once.
  let scopeOf: Sentence | undefined, scope: FigureFact["scope"];
  const push = (s: Sentence, r: Read) => {
    if (scopeOf !== s) { scopeOf = s; scope = figureScope(s, subject); }
    const lead = s.text.slice(Math.max(0, r.from - 24), r.from);
    const qualifier = QUALIFIER_LAST_WORD.has(/(\S*)\s+$/.exec(lead)?.[1].toLowerCase() ?? "") ? QUALIFIER_BEFORE.exec(lead) : null;
    const from = qualifier ? r.from - qualifier[0].length : r.from;
    const [confidence, evidence] = READ_CONFIDENCE[r.how];
    out.push({
      value: r.value, unit: r.unit, text: s.text.slice(from, r.to), ...(qualifier ? { qualifier: qualifier[1].toLowerCase() } : {}), scope,
      by: "text", span: { start: s.start + from, end: s.start + r.to }, sentence: s.text,
      confidence: r.doubt ? Math.min(confidence, 0.55) : confidence, evidence: r.doubt ?? evidence,
    });
    if (!r.unit.includes("/") && EACH_BEFORE.test(s.text.slice(Math.max(0, r.from - 80), r.from))) shares.add(out[out.length - 1]);
  };
  for (const s of sentences) {
    NUMBER.lastIndex = 0;
    let count: string | undefined; // unit of the last count in this sentence, for implied units
    for (let m = NUMBER.exec(s.text); m; m = NUMBER.exec(s.text)) {
      const figure = m[0].length <= MAX_DIGITS ? readFigure(s.text, m.index, m[0]) : undefined;
      if (!figure) continue;
      if (figure.unit) {
        push(s, figure);
        if (isCount(figure.unit)) count = figure.unit;
      } else if (count && figure.value >= IMPLIED_MIN) push(s, { ...figure, unit: count, how: "implied" });
    }
    for (const q of spelledQuantities(s.text)) {
      const unit = unitAfter(s.text, q.end, s.text.slice(Math.max(0, q.start - 80), q.start));
      if (unit) push(s, { value: Number((q.value * unit.factor).toPrecision(15)), unit: unit.unit, from: q.start, to: q.end + unit.length, how: "spelled", doubt: unit.doubt });
    }
  }
  // "up to 1.2 million vehicles per year ... four production lines, each capable of ... 200,000 vehicles": a line's
  // share of a capacity the story gives per year is per year too.
  for (const f of shares) {
    const rate = out.find((o) => o.unit.startsWith(`${f.unit}/`) && !shares.has(o))?.unit;
    if (rate) f.unit = rate;
  }
  return out;
}

/** A figure read from the text; `unit` is "" for a count whose unit is not written. `how` the unit was found. */
type Read = { value: number; unit: string; from: number; to: number; how: How; doubt?: string };
type How = "written" | "range" | "implied" | "spelled";
const READ_CONFIDENCE: Record<How, [number, string]> = {
  written: [0.95, "number with its unit as written"],
  range: [0.85, "unit taken from the other end of a range"],
  spelled: [0.85, "spelled-out number with its unit"],
  implied: [0.6, "unit implied by an earlier count in the sentence"],
};

const isCount = (unit: string) => unit !== "%" && !/^[A-Z]{3}$/.test(unit) && !MEASURES.some(([, u]) => u === unit);

function readFigure(text: string, at: number, digits: string): Read | undefined {
  const before = text.slice(Math.max(0, at - 80), at);
  let end = at + digits.length;
  const next = text.slice(end, end + 12);
  if (/^\p{L}/u.test(next) && !SCALE_AFTER.test(next) && !/^(?:GWh|MWh|kWh|TWh|GW|MW|kW|km|pc|pct)\b/i.test(next)) return undefined;
  if (/^[-–:]\d/.test(next)) return undefined; // ranges of years, times of day
  if (/^[\s-](?:thousandth|millionth|billionth)\b/.test(next)) return undefined; // "its 28.59 millionth vehicle": an ordinal
  if (/^0\d/.test(digits)) return undefined; // "007", "001": model names, not quantities
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(next)) return undefined;

  let value = Number(digits.replace(/[,\s]/g, ""));
  const scale = SCALE_AFTER.exec(next);
  if (scale) {
    value *= SCALE[(scale[1] ?? scale[2]).toLowerCase()];
    end += scale[0].length;
    // "1.5 lakh crore": a count of crores.
    const crore = /^(?:thousand|lakhs?|lacs?)$/i.test(scale[1] ?? "") ? CRORE_AFTER.exec(text.slice(end, end + 8)) : null;
    if (crore) { value *= 1e7; end += crore[0].length; }
  }
  const currency = CURRENCY_BEFORE.exec(before);
  const symbol = currency?.[1] ?? currency?.[2];
  // A lone R is the rand only with a scale or thousands ("R5.2 billion", "R1,200"): "R2" alone is a model name.
  if (symbol === "R" && !scale && !digits.includes(",")) return undefined;
  if (currency) return { value: Number(value.toPrecision(15)), unit: SYMBOL_CODES[symbol!] ?? symbol!.replace(/\.$/, ""), from: at - currency[0].length, to: end, how: "written" };
  const written = unitAfter(text, end, before);
  const unit = written ?? rangeUnit(text, end, scale !== null);
  const how: How = written ? "written" : "range";
  // "Fortune 500 companies", "Level 4": a number after a capitalised word is part of a name, unless a
  // percentage or a measure follows ("Changan 51 percent and CATL 49 percent").
  const nameWord = NAME_BEFORE.exec(before)?.[1];
  if (nameWord && !QUANTIFIERS.has(nameWord) && !(unit && !isCount(unit.unit))) return undefined;
  const year = !scale && /^(?:19|20)\d\d$/.test(digits);
  if (!unit) {
    // A bare count: its unit may be implied by the sentence. Years and durations are never counts.
    const rest = text.slice(end, end + 30);
    if (year || PERCENT_AFTER.test(rest) || BARE_DURATION.test(rest)) return undefined;
    return { value: Number(value.toPrecision(15)), unit: "", from: at, to: end, how: "implied" };
  }
  // A bare year ("in 2025", "2003") is a date, unless money or a percentage follows it.
  if (year && !/^[A-Z]{3}$|^%$/.test(unit.unit)) return undefined;
  return { value: Number((value * unit.factor).toPrecision(15)), unit: unit.unit, from: at, to: end + unit.length, how, doubt: unit.doubt };
}

/** The unit of the second number of a range ("300,000 to 500,000 electric vehicles a year"), scale included when the first has none. */
function rangeUnit(text: string, end: number, scaled: boolean): Unit | undefined {
  const join = RANGE_TO.exec(text.slice(end, end + 24));
  if (!join) return undefined;
  const at = end + join[0].length;
  const digits = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?|^\d+(?:\.\d+)?/.exec(text.slice(at, at + 24))?.[0];
  const second = digits ? readFigure(text, at, digits) : undefined;
  if (!second?.unit) return undefined;
  // A scaled first number ("300 million to 1 billion") keeps its own scale: only a unit without a factor carries over.
  if (scaled) return isCount(second.unit) || second.unit === "%" ? { unit: second.unit, factor: 1, length: 0 } : undefined;
  return { unit: second.unit, factor: second.value / Number(digits!.replace(/[,\s]/g, "")), length: 0 };
}

/** `doubt`: why the unit may be wrong, for the review queue. */
type Unit = { unit: string; factor: number; length: number; doubt?: string };

/** What a number counts or measures, from the words after it ("yuan", "%", "GWh", "vehicles per month"). */
function unitAfter(text: string, end: number, before: string): Unit | undefined {
  const rest = text.slice(end, end + 80);
  const currencyWord = CURRENCY_AFTER.exec(rest);
  if (currencyWord) {
    const code = /dirham/i.test(currencyWord[0]) ? (EMIRATES.test(text) ? "AED" : "MAD") : CURRENCY_WORDS.find(([re]) => re.test(currencyWord[0]))?.[1] ?? "USD";
    return { unit: code, factor: 1, length: currencyWord[0].length };
  }
  const percent = PERCENT_AFTER.exec(rest);
  if (percent) return { unit: "%", factor: 1, length: percent[0].length };
  for (const [re, unit, factor] of MEASURES) {
    const m = re.exec(rest);
    // Measures keep their own unit: "50 GWh" of capacity is written so whether or not "a year" follows.
    if (m) return { unit, factor, length: m[0].length };
  }
  // Up to three modifiers, then the noun: "20 intended topics", "25,000 new energy heavy trucks".
  const partitive = PARTITIVE.exec(rest)?.[1];
  const words = partitive ? [partitive] : /^(?:\s+[\p{L}-]+){1,4}/u.exec(/^\s+(?:direct|indirect|perm|temp|new|local|skilled)/.test(rest) ? rest.replace(PAIRED_ADJECTIVES, "$1") : rest)?.[0].trim().split(/\s+/) ?? [];
  for (const w of words) {
    if (STOP_WORD.test(w) || DURATION.test(w)) return undefined;
    if (/^units?$/i.test(w)) {
      const counted = unitsOf(text, end, rest.indexOf(w) + w.length);
      if (counted) return withRate({ ...counted, factor: 1 }, rest, before, counted.unit === "vehicles" ? RATE_BEFORE : CAPACITY_BEFORE);
    }
    const noun = VEHICLE_WORDS.test(w) ? "vehicles" : COLLECTIVE.test(w) || isPluralNoun(w) ? w.toLowerCase() : undefined;
    if (noun) {
      const length = rest.indexOf(w) + w.length;
      // Vehicles are a rate also when "annual" comes earlier; other counts only when "a year" follows ("300,000 engines a year")
      // or an annual capacity is given ("annual capacity of 50,000 battery packs").
      return withRate({ unit: noun, factor: 1, length }, rest, before, noun === "vehicles" ? RATE_BEFORE : CAPACITY_BEFORE);
    }
  }
  return undefined;
}

/**
 * What "units" count when the text says it is not vehicles: "units of battery packs", or the nearest product
 * noun before it ("battery pack ... 50,000 units") when no vehicle noun stands closer. Undefined: vehicles.
 */
function unitsOf(text: string, end: number, length: number): Omit<Unit, "factor"> | undefined {
  const of = /^\s+of\s+(?:[\p{Ll}-]+\s+)?([\p{L}-]+)/u.exec(text.slice(end + length, end + length + 40));
  if (of) {
    if (VEHICLE_WORDS.test(of[1]) || new RegExp(VEHICLE_NOUN.source, "i").test(of[1])) return undefined;
    return { unit: of[1].toLowerCase(), length: length + of[0].length };
  }
  const before = text.slice(Math.max(0, end - 100), end);
  const lastOf = (re: RegExp) => { let at = -1, word = ""; re.lastIndex = 0; for (let m = re.exec(before); m; m = re.exec(before)) { at = m.index; word = m[1] ?? m[0]; } return { at, word }; };
  const product = lastOf(PRODUCT), vehicle = lastOf(VEHICLE_NOUN);
  if (product.at > vehicle.at) return { unit: plural(product.word.toLowerCase().replace(/^battery /, "")), length };
  if (vehicle.at < 0) return { unit: "vehicles", length, doubt: "'units' read as vehicles, no vehicle named near it" };
  return undefined;
}

const plural = (w: string) => (/s$/.test(w) ? w : w.endsWith("y") ? `${w.slice(0, -1)}ies` : `${w}s`);

const isPluralNoun = (w: string) => /^\p{Ll}[\p{Ll}-]{2,}s$/u.test(w) && !/(?:ss|us|is)$/.test(w);

// "each capable of producing batteries to power": a count given per line, per plant or per phase.
const EACH_BEFORE = /\beach\b[^.;]{0,60}$/i;

/** Capacities are rates: "300,000 vehicles annually", "monthly capacity ... 7,500 units". */
function withRate(unit: Unit, rest: string, before: string, rateBefore: RegExp): Unit {
  const after = RATE_AFTER.exec(rest.slice(unit.length));
  if (after) {
    const period = RATE_UNITS[(after[1] ?? after[2] ?? after[3]).toLowerCase()];
    return { ...unit, unit: `${unit.unit}/${period}`, length: unit.length + after[0].length };
  }
  // "2,50,000 two-wheelers and 12,000 buses every year": a rate closing a pair of counts covers both.
  const shared = SHARED_RATE.exec(rest.slice(unit.length, unit.length + 60));
  const earlier = shared ?? rateBefore.exec(before);
  return earlier ? { ...unit, unit: `${unit.unit}/${RATE_UNITS[earlier[1].toLowerCase()]}` } : unit;
}

const SHARED_RATE = /^\s+and\s+[\d.,]+(?:\s+[\p{L}-]+){1,3}?\s+(?:per|a|an|each|every)\s+(year|annum|month|week|day)\b/u;
