import type { LocationFact } from "../entry";
import type { NamePhrase } from "./names";
import { makerByAlias } from "./orgs";
import { citiesNamed, countryCode, countryName, fold, isPlaceName, maxPlaceWords, regionsNamed, type City } from "./places";
import type { Sentence } from "./sentences";

// "in Hefei", "plant near Normal", "the city of Shenzhen": a place where something is.
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|to|of|based in|located in|headquartered in)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central|downtown|suburban)\s+)?$/i;
const CITY_OF_BEFORE = /\b(?:city|town|municipality) of\s+$/i;
const FACILITY_BEFORE = /\b(?:plant|factory|facility|gigafactory|base|park|site|headquarters|cent(?:er|re)|project|campus|hub|office)s?\b[^.,;]{0,25}$/i;
// A place word that belongs to the place's own name: "Daxing District", "Anhui Province". Not
// "County": "Chatham County" is not the town of Chatham.
const PLACE_NOUN = /^(?:District|Province|City|Municipality|Prefecture)$/;
// Towns this small need a locative cue before they count: "Normal" alone is an adjective.
const SMALL_TOWN = 50_000;

type Match = { kind: "city" | "region" | "country"; name: string; start: number; end: number; weight: number; sentence: Sentence };

/** Where the story's deal, facility or cooperation is: the best-supported city, else a region or country. */
export function extractLocation(sentences: readonly Sentence[], phrases: readonly NamePhrase[][]): LocationFact {
  const matches: Match[] = [];
  sentences.forEach((s, i) => {
    for (const p of phrases[i]) matches.push(...placesIn(s, p, i === 0 || s.paragraph === 0));
  });
  const mentionedCountries = new Set(matches.filter((m) => m.kind === "country").map((m) => countryCode(m.name)!));
  const mentionedRegions = new Set(matches.filter((m) => m.kind === "region").map((m) => fold(m.name)));

  const city = strongest(matches.filter((m) => m.kind === "city"));
  if (city) {
    const entry = pickCity(citiesNamed(city.name), mentionedRegions, mentionedCountries, city);
    if (entry) return fact(entry.name, entry.region, countryName(entry.country), city);
  }
  const region = strongest(matches.filter((m) => m.kind === "region"));
  if (region) {
    const entries = regionsNamed(region.name);
    const entry = entries.find((r) => mentionedCountries.has(r.country)) ?? (entries.length === 1 ? entries[0] : undefined);
    if (entry) return fact(null, entry.name, countryName(entry.country), region);
  }
  const country = strongest(matches.filter((m) => m.kind === "country"));
  if (country) return fact(null, null, countryName(countryCode(country.name)!), country);
  return { city: null, region: null, country: null, by: "text" };
}

function fact(city: string | null, region: string | null, country: string, m: Match): LocationFact {
  return { city, region, country, by: "text", span: { start: m.start, end: m.end }, sentence: m.sentence.text };
}

/** Places named inside one name phrase, longest first, weighted by how they are introduced. */
function placesIn(s: Sentence, p: NamePhrase, lead: boolean): Match[] {
  const words = [...p.text.matchAll(/\S+/g)];
  const out: Match[] = [];
  let i = 0;
  while (i < words.length) {
    let used = 1;
    for (let n = Math.min(maxPlaceWords(), words.length - i); n > 0; n--) {
      const from = words[i].index!, last = words[i + n - 1];
      const name = p.text.slice(from, last.index! + last[0].length);
      if (!isPlaceName(name)) continue;
      const start = p.start + from, end = start + name.length;
      const left = words.length - i - n;
      const ownName = left === 0 || (left === 1 && PLACE_NOUN.test(words[i + n][0]));
      const match = classify(s, name, start, end, ownName && i === 0, lead);
      if (match) { out.push(match); used = n; break; }
    }
    i += used;
  }
  return out;
}

function classify(s: Sentence, name: string, start: number, end: number, standalone: boolean, lead: boolean): Match | undefined {
  if (makerByAlias(name)) return undefined;
  const before = s.text.slice(Math.max(0, start - s.start - 40), start - s.start);
  const after = s.text.slice(end - s.start, end - s.start + 40);
  const cityOf = CITY_OF_BEFORE.test(before);
  const locative = standalone && (cityOf || LOCATIVE_BEFORE.test(before));
  // Inside a longer name ("Hefei University") a place still hints at the location, weakly.
  let weight = !standalone ? 0.5 : /^-based\b/.test(after) ? 0.5 : 1;
  if (locative) weight += 2;
  if (locative && FACILITY_BEFORE.test(before)) weight += 1;
  if (lead) weight += 1;
  const base = { name, start, end, weight, sentence: s };

  const qualified = /^,\s+([A-Z][\p{L}.' -]+)/u.exec(after)?.[1] ?? "";
  // "China" is also a town in Mexico: a country's name means the country unless qualified as a town.
  if (countryCode(name) !== undefined && !qualified) return { kind: "country", ...base };
  const cities = citiesNamed(name).filter((c) => acceptCity(c, locative || cityOf, qualified));
  if (cities.length) return { kind: "city", ...base };
  if (regionsNamed(name).length) return { kind: "region", ...base };
  if (countryCode(name) !== undefined) return { kind: "country", ...base };
  return undefined;
}

/** Small towns and towns named like common words count only when the text says they are places. */
function acceptCity(c: City, cued: boolean, qualifiedBy: string): boolean {
  const qualified = qualifiedBy !== "" && (qualifiedBy.startsWith(c.region ?? "\u0000") || qualifiedBy.startsWith(countryName(c.country)));
  if (c.commonWord) return qualified;
  return c.population >= SMALL_TOWN || cued || qualified;
}

/** The place with the most weight over all its mentions; the mention returned is its strongest one. */
function strongest(matches: Match[]): Match | undefined {
  const totals = new Map<string, { total: number; best: Match }>();
  for (const m of matches) {
    const key = fold(m.name);
    const t = totals.get(key);
    if (!t) totals.set(key, { total: m.weight, best: m });
    else {
      t.total += m.weight;
      if (m.weight > t.best.weight) t.best = m;
    }
  }
  let best: { total: number; best: Match } | undefined;
  for (const t of totals.values()) if (!best || t.total > best.total) best = t;
  return best && best.total >= 1 ? best.best : undefined;
}

/** Of the cities with that name, the one in a region or country the article names, else the largest. */
function pickCity(cities: City[], regions: Set<string>, countries: Set<string>, m: Match): City | undefined {
  const after = m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 40);
  const ranked = [...cities].sort((a, b) => b.population - a.population);
  return (
    ranked.find((c) => c.region && after.startsWith(`, ${c.region}`)) ??
    ranked.find((c) => c.region && regions.has(fold(c.region))) ??
    ranked.find((c) => countries.has(c.country)) ??
    ranked[0]
  );
}
