import type { LocationFact } from "../entry";
import { isBackground } from "./background";
import { COMPANY_SUFFIX, INSTITUTION_WORDS, wordSpans, type NamePhrase } from "./names";
import { makerByAlias } from "./orgs";
import { citiesNamed, countryCode, countryName, demonymCountry, fold, isPlaceName, maxPlaceWords, regionAbbreviated, regionsNamed, smallTownsNamed, type City, type Region } from "./places";
import type { Sentence } from "./sentences";

// "in Hefei", "plant near Normal", "the city of Shenzhen": a place where something is.
const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|to|of|based in|located in|headquartered in)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central|downtown|suburban)\s+)?$/i;
const CITY_OF_BEFORE = /\b(?:city|town|municipality) of\s+$/i;
// A facility word earlier in the clause: "the Thailand plant of China's carmaker Changan Automobile in Rayong".
const FACILITY_IN_CLAUSE = /\b(?:plant|factory|facility|gigafactory|base|site|project|campus|hub|complex|works)s?\b[^.;]*$/i;
const FACILITY_BEFORE = /\b(?:plant|factory|facility|gigafactory|base|park|site|headquarters|cent(?:er|re)|project|campus|hub|office)s?\b[^.,;]{0,25}$/i;
// A place word that belongs to the place's own name: "Daxing District", "Anhui Province". Not
// "County": "Chatham County" is not the town of Chatham.
const PLACE_NOUN = /^(?:District|Province|City|Municipality|Prefecture)$/;
// Towns this small need a locative cue before they count: "Normal" alone is an adjective.
const SMALL_TOWN = 50_000;
// A place used as a reference point: "near Berlin", "outside Wroclaw", "20 km west of Saarbrücken".
// The thing described is not in it.
const REFERENCE_BEFORE = /\b(?:near|outside|off|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of|(?:km|kilomet(?:er|re)s|miles) (?:from|of))\s+(?:the\s+)?$/i;
// Where an event was held, not where the deal or facility is: "at the signing ceremony in Saarbrücken".
// So is where the news was announced: "the carmaker said in Pune on Monday".
// So is where a company is based: its headquarters is not the deal's place ("Gotion, based in Anhui", "registered in Singapore").
const VENUE_BEFORE = /\b(?:ceremony|conference|briefing|forum|summit|exhibition|expo|show|event|meeting|reporters|said|says|announced|told|based|headquartered|headquarters|registered|incorporated)\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?$/i;
// So is where a deal was signed or an event hosted: "signed a strategic cooperation agreement in Jinan", "hosted, Thursday in Rabat".
const SIGNED_IN_BEFORE = /\b(?:(?:signed|inked|sealed)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|memorand\w+|MoUs?|MOUs?|contracts?|pacts?)(?:\s+on\s+\w+)?|hosted,?(?:\s+\w+day,?)?)\s+(?:in|at)\s+$/i;
// "The joint venture ... will be based in the Jinhua development zone": where a new venture will be is the deal's place.
const NEW_SEAT_BEFORE = /\b(?:will|would|to) be (?:based|headquartered)\s+(?:in|at)\s+(?:the\s+)?$/i;
// "the Silverton plant near Pretoria", "a site known as the Gravity Smart Campus, near Bridgwater": a facility
// placed only by the town it is near is filed under that town.
// So is one the text places relative to a town: "the facility will be located just east of New Carlisle".
const FACILITY_NEAR_BEFORE = /\b(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|gigafactor(?:y|ies)|sites?|campus|complex|works)\b(?:,|[^.;]{0,40}?\b(?:located|built|sited|situated|set up|lie|lies|sit|sits|be|is))?\s+(?:just\s+|about\s+|some\s+)?(?:near|outside|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of|\d+\s*(?:km|kilomet(?:er|re)s|miles)\s+(?:\w+\s+)?(?:from|of))\s+(?:the\s+)?$/i;
// Markets listed as examples are not where the deal is: "other key EV markets such as the US, China and Europe".
const MARKETS_BEFORE = /\bmarkets?\s+(?:such as|like|including)\s+(?:the\s+)?$/i;
// "the three airports located in Bangkok": "located in" places the noun before it, here not a plant of the story.
const LOCATES_OTHER_BEFORE = /\b(?!(?:be|is|are|was|were|been|being|it|which|that|also|currently|now|will|plants?|factor(?:y|ies)|facilit(?:y|ies)|gigafactor(?:y|ies)|bases?|parks?|sites?|headquarters|cent(?:er|re)s?|projects?|campus|hubs?|offices?|zones?|complex|works|venture|JV|unit|operations?)\b)[a-z]+\s+(?:located|situated)\s+in\s+(?:the\s+)?$/i;
const OTHER_PLANT = /\b(?:sister|other|another)\s+(?:[\w-]+\s+){0,2}?(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|gigafactor(?:y|ies)|sites)\b/i;
// A place that opens the name of a company is its seat or its brand ("Anhui Zotye Automobile Co"), not where the deal is.
const ORGANISATION_WORD = /^(?:JSC|PJSC|Company|Investment|Co\.,?)$/;
// One that opens a government's name ("the Dongying Municipal People's Government", "Sunderland City Council") is
// where the body that signs governs: the deal's place when it is a party.
const GOVERNMENT_WORD = /^(?:Government|Council|Municipality|Municipal|Authority|Administration|Committee|Commission)$/;
// The town's own government, not its province's.
const TOWN_GOVERNMENT = /^(?:Municipal|Municipality|City|Town)$/;
// A zone named after its town, after a locative: "located in Tangier Technopark City", "the factory in the new Mohammed VI Tangier Tech City".
const ZONE_REST = /^(?:(?:Tech(?:nology)?|Technopark|Industrial|Economic|Free|Trade|Development|Export|Processing|Hi-Tech|High-Tech|Science|New|Logistics|Automotive|Manufacturing)\s+)*(?:Zone|Park|City|Estate|Technopark|Area|Cluster)$/;
const ZONE_LOCATIVE_BEFORE = /\b(?:in|at|into)\s+(?:the\s+)?(?:new\s+)?$/i;
// Continents and their parts are no country or region: "North America" is not America, "South Korean" no region "South".
const CONTINENT = /^(?:(?:North|South|Central|Latin)\s+America|(?:North|South|East|West|Southeast|South-East|Central|Sub-Saharan)\s+(?:Africa|Asia|Europe)|Europe|Asia|Africa)\b/;
// "in the Surendranagar district": an area named after its town, which places nothing in the town itself ("the Columbia
// area" is the town's own).
const DISTRICT_AFTER = /^\s+(?:district|county|prefecture)\b/;
// "Kobierzyce, about 20km southwest of Wroclaw", "Vanod near Dasada": a town placed by a reference point, the
// more precise of the two.
const REFERENCE_AFTER = /^,?\s+(?:just\s+|about\s+|some\s+)?(?:\d+\s*(?:km|kilomet(?:er|re)s|miles)\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:of|from|near|outside)\s+(?:the\s+)?(?:(?:city|town) of\s+)?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)*)/u;
// "the Sanand facility": a town named before the facility it holds.
const FACILITY_AFTER = /^\s+(?:plant|factory|facility|gigafactory|site|campus|complex)\b/i;
// Between a town and the region that places it: lower-case words, numbers and commas only
// (", a town of about 35,000 people in the northern county of").
// Not across a reference word: in "Grünheide near Berlin", Berlin does not contain Grünheide.
const QUALIFIER_GAP = /^[\s,]*(?:[\p{Ll}\d][\p{Ll}\d,.'’-]*[\s,]+)*$/u;
const NOT_CONTAINED = /\b(?:near|outside|off|from|between|and|or|to|beyond|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)\b/;
const QUALIFIER_SPAN = 90;
const PROVINCE_AFTER = /^\s+(?:Province|Prefecture|State|Oblast|Governorate)\b/;

type Match = {
  kind: "city" | "region" | "country" | "county"; name: string; start: number; end: number; weight: number; sentence: Sentence; resolved?: City;
  /** Named as a province ("Hà Tĩnh Province"); something is placed in the bare name ("the Rayong factory", "in Rayong"). */
  province?: boolean; placed?: boolean;
  /** Named on its own (not inside a company's name, not as a seat or venue) in the story's first sentence or paragraph. */
  lead?: boolean;
  /** Towns too small for the gazetteer's cities, for a name the text places something in or near. */
  towns?: City[];
  /** The reference point the text places this town by ("Wroclaw" for "Kobierzyce, about 20km southwest of Wroclaw"), folded. */
  near?: string;
  /** Named as the point a facility is near ("the existing factory near Wroclaw"). */
  reference?: boolean;
};

/** Where the story's deal, facility or cooperation is: the best-supported city, else a region or country. */
export function extractLocation(sentences: readonly Sentence[], phrases: readonly NamePhrase[][], datelineQualifier?: string): LocationFact {
  const matches: Match[] = [];
  sentences.forEach((s, i) => {
    // Places of another story ("In a separate news, ... in Ranipet") weigh little; so do the company's other plants,
    // after the lead ("Its sister plant in Slovakia", "ACC's other battery plants will be in Kaiserslautern").
    const aside = isBackground(s) || (i > 0 && s.paragraph !== sentences[0].paragraph && /other|sister/i.test(s.text) && OTHER_PLANT.test(s.text));
    for (const p of phrases[i]) {
      const lead = i === 0 || s.paragraph === 0;
      // A whole name the text places as a town ("Van Buren Township, Michigan") wins over a place inside it.
      const town = unlistedTown(s, p, phrases[i], lead);
      const found = town.length ? town : placesIn(s, p, phrases[i], lead);
      matches.push(...(aside ? found.map((m) => ({ ...m, weight: m.weight / 5 })) : found));
    }
  });
  const mentionedCountries = new Set(matches.filter((m) => m.kind === "country").map((m) => countryCode(m.name)!));
  const mentionedRegions = new Set(matches.filter((m) => m.kind === "region").map((m) => fold(m.name)));
  // The dateline's state or country ("FLORENCE, S.C.") says which town a name means, though not where the deal is.
  const context = datelineQualifier === undefined ? undefined : /^,\s*([\p{L}. ]{2,30}?)\.?\s*(?:[,(|:–—-]|$)/u.exec(datelineQualifier)?.[1];
  const contextRegion = context === undefined ? undefined : regionAbbreviated(context) ?? (regionsNamed(context).length === 1 ? regionsNamed(context)[0] : undefined);
  if (contextRegion) mentionedRegions.add(fold(contextRegion.name));
  const provinces = new Set(matches.filter((m) => m.kind === "region" && (m.province || / province$/.test(fold(m.name)))).map((m) => fold(m.name).replace(/ province$/, "")));
  const placed = new Set(matches.filter((m) => m.placed).map((m) => fold(m.name)));

  // The towns a name may be: a small town only in a region or country the story names, or in the country of the
  // town the text places it by ("Kvasiny, some 40 km east of Hradec Králové").
  const candidates = (m: Match): City[] => [
    ...citiesNamed(m.name),
    ...(m.towns ?? []).filter((t) => (t.region && mentionedRegions.has(fold(t.region))) || mentionedCountries.has(t.country) ||
      (m.near !== undefined && citiesNamed(m.near).some((c) => c.country === t.country))),
  ];
  const entries = new Map<Match, City | undefined>();
  const entryOf = (m: Match): City | undefined => {
    if (!entries.has(m)) entries.set(m, m.resolved ?? pickCity(candidates(m), mentionedRegions, mentionedCountries, m));
    return entries.get(m);
  };
  // A country the text names, or where two of the towns it names are ("Kvasiny, some 40 km east of Hradec Králové").
  const townsIn = new Map<string, Set<string>>();
  for (const m of matches) {
    const code = m.kind === "city" ? entryOf(m)?.country : undefined;
    if (code) townsIn.set(code, (townsIn.get(code) ?? new Set()).add(placeKey(m)));
  }
  const named = (code: string) => mentionedCountries.has(code) || (townsIn.get(code)?.size ?? 0) >= 2;
  // A namesake abroad ("Mount Pleasant" of South Carolina, for a plant near Durban) supports no country.
  const cityCountry = (m: Match): string | undefined => {
    const entry = entryOf(m);
    const supported = m.resolved || mentionedCountries.size === 0 || named(entry?.country ?? "") || (entry?.region && mentionedRegions.has(fold(entry.region)));
    return entry && supported ? entry.country : undefined;
  };
  const countryOf = (m: Match): string | undefined =>
    m.kind === "country" ? countryCode(m.name) : m.kind === "city" ? cityCountry(m) : regionCountry(m, mentionedCountries);
  // How strongly the text places the story in each country, over all its places' mentions.
  const support = new Map<string, number>();
  for (const m of matches) {
    const code = countryOf(m);
    if (code) support.set(code, (support.get(code) ?? 0) + m.weight);
  }
  const [top] = [...support].sort((a, b) => b[1] - a[1]);
  // A country the text places the story in, by locative mentions ("in Thailand"), outweighs a city of another
  // country named in passing ("according to a Shenzhen filing").
  const country = strongest(matches.filter((m) => m.kind === "country"));
  // "Georgia" is also a state: a country that is also a region's name never dominates.
  const dominant = country && country.weight >= 3 && !regionsNamed(country.name).length ? countryCode(country.name) : undefined;
  // A place named in the lead ("signed an agreement with the Gujarat state government") is never in passing. Nor is
  // one of a country the story names about as much as the best-supported one; "another plant in Texas" is, beside a
  // story told in Morocco.
  const inPassing = (m: Match, code: string) =>
    !m.lead && ((dominant !== undefined && code !== dominant && m.weight < 3) || (top !== undefined && code !== top[0] && (support.get(code) ?? 0) * 1.5 <= top[1]));
  // The best-supported city that is not a namesake abroad ("Silverton" in Oregon for a plant in South Africa):
  // a city in none of the countries the story names gives way to one that is in one of them.
  let fallback: { m: Match; entry: City } | undefined;
  let province: Match | undefined;
  // "in Florence County", again and again: a county places the story in its state, not in a town. It outweighs a town
  // named far less ("A second plant is under construction in Bowling Green").
  const county = strongest(matches.filter((m) => m.kind === "county"));
  const countyRegion = county && (citiesNamed(county.name).find((c) => c.region === contextRegion?.name) ?? citiesNamed(county.name).find((c) => c.region && mentionedRegions.has(fold(c.region))));
  const countyFact = county && countyRegion && fact(null, countyRegion.region, countryName(countyRegion.country), county);
  for (const m of ranked(matches.filter((m) => m.kind === "city"))) {
    // "... in Vũng Áng Economic Zone, Hà Tĩnh Province ... Hà Tĩnh's development": a name the text calls a province is
    // the province wherever it stands bare, unless something is placed in the bare name ("the Rayong factory", "in Rayong").
    if (provinces.has(fold(m.name)) && !placed.has(fold(m.name))) { province ??= m; continue; }
    const entry = entryOf(m);
    if (!entry || inPassing(m, entry.country)) continue;
    if (countyFact && totalOf(matches, county!) >= 3 * totalOf(matches, m) && entry.region !== countyRegion!.region) return countyFact;
    if (m.resolved || mentionedCountries.size === 0 || named(entry.country)) return fact(entry.name, entry.region, countryName(entry.country), m);
    fallback ??= { m, entry };
  }
  if (fallback) return fact(fallback.entry.name, fallback.entry.region, countryName(fallback.entry.country), fallback.m);
  const region = province ?? strongest(matches.filter((m) => m.kind === "region"));
  if (countyFact && (!region || totalOf(matches, county!) >= totalOf(matches, region))) return countyFact;
  const entry = region && regionEntry(region, mentionedCountries);
  if (region && entry && !inPassing(region, entry.country)) return fact(null, entry.name, countryName(entry.country), region);
  if (country) return fact(null, null, countryName(countryCode(country.name)!), country);
  return { city: null, region: null, country: null, by: "text" };
}

/** The region a region's name means: the one in a country the story names, else the only one so named. */
function regionEntry(m: Match, countries: Set<string>): Region | undefined {
  const entries = regionsNamed(m.name);
  return entries.find((r) => countries.has(r.country)) ?? (entries.length === 1 ? entries[0] : undefined);
}
const regionCountry = (m: Match, countries: Set<string>): string | undefined => regionEntry(m, countries)?.country;

function fact(city: string | null, region: string | null, country: string, m: Match): LocationFact {
  // A place after "in"/"at" near a plant word weighs 4 or more; one named in passing, 1 or less.
  const confidence = m.weight >= 4 ? 0.9 : m.weight >= 3 ? 0.8 : m.weight >= 2 ? 0.65 : 0.5;
  const evidence = m.weight >= 3 ? "named after 'in'/'at' where the deal or plant is" : "named without a locative cue";
  return { city, region, country, by: "text", span: { start: m.start, end: m.end }, sentence: m.sentence.text, confidence, evidence };
}

/** What a place inside a longer name says: "own" when the name is the place's own ("Daxing District"). */
type Role = "own" | "inside" | "company" | "government" | "zone";

/** Places named inside one name phrase, longest first, weighted by how they are introduced. */
function placesIn(s: Sentence, p: NamePhrase, sentencePhrases: readonly NamePhrase[], lead: boolean): Match[] {
  const continent = CONTINENT.exec(p.text)?.[0];
  if ((continent && countryCode(continent) === undefined) || demonymCountry(p.text)) return [];
  const words = wordSpans(p.text);
  const out: Match[] = [];
  let i = 0;
  while (i < words.length) {
    let used = 1;
    for (let n = Math.min(maxPlaceWords(), words.length - i); n > 0; n--) {
      const from = words[i].start;
      const name = p.text.slice(from, words[i + n - 1].end);
      if (!isPlaceName(name)) continue;
      const start = p.start + from, end = start + name.length;
      const left = words.length - i - n;
      const ownName = i === 0 && (left === 0 || (left === 1 && PLACE_NOUN.test(words[i + n].word)));
      // "Florence County": a county outside China is an area named after a town, not the town (a Chinese county is).
      const county = i === 0 && left === 1 && words[i + n].word === "County" && !citiesNamed(name).some((c) => c.country === "CN");
      const match = classify(s, name, start, end, ownName || county ? "own" : roleIn(s, p, words, i, n), lead, sentencePhrases);
      if (match) { out.push(county && match.kind === "city" && !match.resolved ? { ...match, kind: "county" } : match); used = n; break; }
    }
    i += used;
  }
  return out;
}

/** What the rest of a name says about the place inside it: a company's, a government's or a zone's name. */
function roleIn(s: Sentence, p: NamePhrase, words: ReturnType<typeof wordSpans>, i: number, n: number): Role {
  const rest = words.slice(i + n).map((w) => w.word);
  const before = s.text.slice(Math.max(0, p.start - s.start - 60), p.start - s.start);
  if (ZONE_REST.test(rest.join(" ")) && (ZONE_LOCATIVE_BEFORE.test(before) || FACILITY_BEFORE.test(before))) return "zone";
  const others = [...words.slice(0, i).map((w) => w.word), ...rest];
  if (others.some((w) => COMPANY_SUFFIX.has(w) || ORGANISATION_WORD.test(w)) || makerByAlias(p.text)) return "company";
  if (rest.some((w) => GOVERNMENT_WORD.test(w))) return "government";
  return "inside";
}

function classify(
  s: Sentence, name: string, start: number, end: number, role: Role, lead: boolean, sentencePhrases: readonly NamePhrase[],
): Match | undefined {
  if (makerByAlias(name)) return undefined;
  const standalone = role === "own";
  const before = s.text.slice(Math.max(0, start - s.start - 60), start - s.start);
  const after = s.text.slice(end - s.start, end - s.start + 40);
  // "Florence County Council" governs a county, an area that names no town.
  if (role === "government" && /^\s+County\b/.test(after)) return undefined;
  if (role === "company") {
    // A hint at most: a place named only inside companies' names places nothing.
    const cities = citiesNamed(name);
    const kind = countryCode(name) !== undefined ? "country" : cities.length && !regionsNamed(name).length ? "city" : regionsNamed(name).length ? "region" : undefined;
    return kind && { kind, name, start, end, weight: 0.25, sentence: s };
  }
  const cityOf = CITY_OF_BEFORE.test(before);
  const near = /\b(?:near|outside|of|from)\s+(?:the\s+)?$/.test(before) && FACILITY_NEAR_BEFORE.test(before);
  const aside = (!near && REFERENCE_BEFORE.test(before)) || (/such as|like|including/i.test(before) && MARKETS_BEFORE.test(before)) || (/located|situated/i.test(before) && LOCATES_OTHER_BEFORE.test(before)) || (VENUE_BEFORE.test(before) && !NEW_SEAT_BEFORE.test(before)) ||
    (/\b(?:signed|inked|sealed|hosted)\b/i.test(before) && SIGNED_IN_BEFORE.test(before));
  // "to the Silverton plant": the locative is the plant's, which is named after a town.
  const named = standalone && !aside && (near || FACILITY_AFTER.test(after));
  const government = role === "government", zone = role === "zone";
  const district = standalone && /\bthe\s+$/i.test(before) && DISTRICT_AFTER.test(after);
  const locative = ((standalone && !district) || zone) && !aside && !named && (cityOf || LOCATIVE_BEFORE.test(before) || zone);
  // Inside a longer name ("Hefei University") a place still hints at the location, weakly; so does a
  // reference point or a place that only qualifies the one before it ("Changxing County, Huzhou"), or names a district.
  let weight = (!standalone && !government && !zone) || aside || district || /^-based\b/.test(after) || /\p{L},\s+$/u.test(before) ? 0.5 : 1;
  if (locative) weight += 2;
  if (locative && FACILITY_BEFORE.test(before)) weight += 1;
  // Weaker than "in": a plant placed near a town, or named after one, may be placed in another town elsewhere;
  // so is a government's seat, for a government that may only support the deal.
  else if (named || government) weight += 1;
  if (lead) weight += 1;
  // "contribute to Hà Tĩnh's development": a possessive is the place's own, nothing is placed in it. Nor is anything
  // placed in a name by "investing in Ha Tinh": a bare name places a facility only with a facility word before it.
  const placed = (named || (locative && (zone || FACILITY_IN_CLAUSE.test(before))) || (government && TOWN_GOVERNMENT.test(after.trim().split(/\s+/)[0] ?? ""))) && !/^['’]s\b/.test(after);
  const reference = standalone ? REFERENCE_AFTER.exec(after) : null;
  const base = { name, start, end, weight, sentence: s, placed, lead: lead && (standalone || government) && !aside, reference: near, ...(reference && { near: fold(reference[1]) }) };

  const qualified = /^,\s+([A-Z][\p{L}.' -]+)/u.exec(after)?.[1] ?? "";
  // "China" is also a town in Mexico: a country's name means the country unless qualified as a town.
  if (countryCode(name) !== undefined && !qualified) return { kind: "country", ...base };
  const cued = locative || cityOf || named || government;
  const cities = citiesNamed(name);
  // A town too small for the gazetteer's cities counts only where the text places something in or near it.
  const towns = cued && standalone && !regionsNamed(name).length ? smallTownsNamed(name) : [];
  // "Marshall, Michigan", "Kulim, a town in the Malaysian state of Kedah": the text says which town.
  const where = standalone && (cities.length || towns.length) ? qualifierAfter(s, end, sentencePhrases) : undefined;
  if (where && (locative || cityOf || where.region)) {
    const resolved = [...cities, ...towns].find((c) => c.country === where.country && (!where.region || c.region === where.region)) ??
      ((locative || cityOf) && !where.byParent ? unlisted(name, where) : undefined);
    if (resolved) return { kind: "city", ...base, resolved };
  }
  // "Hà Tĩnh Province", the "Ha Tinh Economic Zones Management Authority": the province, though a city has its name.
  if ((PROVINCE_AFTER.test(after) || (government && !TOWN_GOVERNMENT.test(after.trim().split(/\s+/)[0] ?? ""))) && regionsNamed(name).length) return { kind: "region", ...base, province: true };
  if (cities.some((c) => acceptCity(c, cued, qualified)) || towns.length) return { kind: "city", ...base, ...(towns.length && { towns }) };
  if (regionsNamed(name).length) return { kind: "region", ...base };
  if (countryCode(name) !== undefined) return { kind: "country", ...base };
  return undefined;
}

/** Where a town is; `byParent` when only a parent city said so, which does not override the gazetteer. */
type Qualifier = { region: string | null; country: string; byParent?: boolean };

/**
 * The region or country named right after a town, across lower-case words, a demonym ("Malaysian"),
 * a country's possessive ("China's") or a parent city ("Changxing County, Huzhou, in ... Zhejiang").
 */
function qualifierAfter(s: Sentence, end: number, sentencePhrases: readonly NamePhrase[]): Qualifier | undefined {
  let at = end;
  let parent: City | undefined;
  let context: string | undefined; // a country named by a possessive or a demonym: it only narrows the region
  for (let i = firstAtOrAfter(sentencePhrases, end); i < sentencePhrases.length; i++) {
    const p = sentencePhrases[i];
    if (p.start < at) continue;
    const gap = s.text.slice(at - s.start, p.start - s.start);
    if (p.start - end > QUALIFIER_SPAN || !QUALIFIER_GAP.test(gap)) break;
    const first = at === end;
    at = p.end + (p.possessive ? /^['’]s/.exec(s.text.slice(p.end - s.start))?.[0].length ?? 1 : 0);
    // "Kobierzyce, outside Wroclaw in Lower Silesia": pass over the reference point, read on.
    if (NOT_CONTAINED.test(gap)) continue;
    const code = countryCode(p.text);
    if (p.possessive || demonymCountry(p.text)) {
      context = code ?? demonymCountry(p.text);
      if (context === undefined) break;
      continue;
    }
    const within = context ?? parent?.country;
    // "Gunma Prefecture", "Chonburi Province": the region under its designator.
    const named = regionsNamed(p.text);
    const regions = named.length || !REGION_DESIGNATOR.test(p.text) ? named : regionsNamed(p.text.replace(REGION_DESIGNATOR, ""));
    const region = (within ? regions.find((r) => r.country === within) : regions[0]) ?? (first && /^,\s*$/.test(gap) ? regionAbbreviated(p.text) : undefined);
    if (region) return { region: region.name, country: region.country };
    if (code !== undefined) return { region: null, country: code };
    // "Changxing County, Huzhou": a parent city right after the comma.
    // So is a town after "in": "Vanod near Dasada in the Surendranagar district".
    const city = (first && /^,\s*$/.test(gap)) || /\bin\s+(?:the\s+)?$/.test(gap) ? citiesNamed(p.text).sort((a, b) => b.population - a.population)[0] : undefined;
    if (!city) break;
    parent = city;
  }
  return parent ? { region: parent.region, country: parent.country, byParent: true } : undefined;
}

/** Index of the first phrase starting at or after `offset` (phrases are sorted): keeps long lists of places linear. */
function firstAtOrAfter(phrases: readonly NamePhrase[], offset: number): number {
  let lo = 0, hi = phrases.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (phrases[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A town the gazetteer does not hold, placed by the text. A Chinese county is the town a reader names; elsewhere a county is an area. */
function unlisted(name: string, where: Qualifier): City | undefined {
  const county = /^(.+) County$/.exec(name);
  if (county && where.country !== "CN") return undefined;
  return { name: county ? county[1] : name, region: where.region, country: where.country, population: 0, commonWord: false };
}

const REGION_DESIGNATOR = / (?:Prefecture|Province|State|Region)$/;

/** A name not in the gazetteer, after a locative cue and placed by a region or country: "in Tanjung Malim, in the Malaysian state of Perak". */
function unlistedTown(s: Sentence, p: NamePhrase, sentencePhrases: readonly NamePhrase[], lead: boolean): Match[] {
  // Cheapest tests first: this runs on every name phrase. The qualifier follows at once: "Tanjung Malim, in ...".
  // "Tanjung Malim, in ...", "the Karawang area of West Java".
  // "Vanod near Dasada in the Surendranagar district" is placed by what follows the reference point.
  if (p.possessive || !/^(?:,|\s+in\b|\s+near\b|\s+(?:area|regency) of\b)/.test(s.text.slice(p.end - s.start, p.end - s.start + 12))) return [];
  const before = s.text.slice(Math.max(0, p.start - s.start - 40), p.start - s.start);
  if (!LOCATIVE_BEFORE.test(before) || REFERENCE_BEFORE.test(before) || VENUE_BEFORE.test(before)) return [];
  // "Sriracha City, Chonburi Province": a town written with "City".
  const town = p.text.replace(/ City$/, "");
  if (!looksLikeTownName(town) || makerByAlias(town) || isPlaceName(town)) return [];
  const weight = 3 + (FACILITY_BEFORE.test(before) ? 1 : 0) + (lead ? 1 : 0);
  const near = REFERENCE_AFTER.exec(s.text.slice(p.end - s.start, p.end - s.start + 60))?.[1];
  const base = { kind: "city" as const, name: town, start: p.start, end: p.end, weight, sentence: s, placed: true, ...(near && { near: fold(near) }) };
  // A town too small for the gazetteer's cities, kept if the story names its region or country: "located in Kobierzyce".
  const towns = smallTownsNamed(town);
  if (towns.length) return [{ ...base, towns }];
  const where = qualifierAfter(s, p.end, sentencePhrases);
  const resolved = where && unlisted(town, where);
  return resolved ? [{ ...base, resolved }] : [];
}

/** Capitalised words that could name a town: not an acronym ("EV"), a company ("Volkswagen Anhui") or an institution. */
function looksLikeTownName(name: string): boolean {
  const words = name.split(" ");
  return words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !COMPANY_SUFFIX.has(w) && (w === "County" || !INSTITUTION_WORDS.has(w))) &&
    (words.length === 1 || !words.some((w) => makerByAlias(w)));
}

/** Small towns and towns named like common words count only when the text says they are places. */
function acceptCity(c: City, cued: boolean, qualifiedBy: string): boolean {
  const qualified = qualifiedBy !== "" && (qualifiedBy.startsWith(c.region ?? "\u0000") || qualifiedBy.startsWith(countryName(c.country)));
  // "Sunderland" is also a surname, "Normal" a word: after "in" or "the city of" a large town is the town, unless
  // the name is also a region's ("in Ontario" is the province, not the Californian city).
  if (c.commonWord) return qualified || (cued && c.population >= SMALL_TOWN && !regionsNamed(c.name).length);
  return c.population >= SMALL_TOWN || cued || qualified;
}

/** The weight of all the mentions of one place. */
const totalOf = (matches: readonly Match[], m: Match): number => matches.filter((x) => x.kind === m.kind && placeKey(x) === placeKey(m)).reduce((sum, x) => sum + x.weight, 0);

/** The place with the most weight over all its mentions; the mention returned is its strongest one. */
function strongest(matches: Match[]): Match | undefined {
  return ranked(matches)[0];
}

/**
 * Places by their weight over all their mentions, most first, each by its strongest mention; none below 1. A town the
 * text places by a reference point ("Kobierzyce, about 20km southwest of Wroclaw") also has the weight of the point's
 * mentions as a point ("the existing factory near Wroclaw"): what is near the point is in the town.
 */
function ranked(matches: Match[]): Match[] {
  const totals = new Map<string, { total: number; best: Match; near?: string }>();
  for (const m of matches) {
    const key = placeKey(m);
    const t = totals.get(key);
    if (!t) totals.set(key, { total: m.weight, best: m, near: m.near });
    else {
      t.total += m.weight;
      t.near ??= m.near;
      if (m.weight > t.best.weight) t.best = m;
    }
  }
  const asPoint = new Map<string, number>();
  for (const m of matches) if (m.reference) asPoint.set(placeKey(m), (asPoint.get(placeKey(m)) ?? 0) + m.weight);
  for (const [key, t] of totals) if (t.near && t.near !== key) t.total += asPoint.get(t.near) ?? 0;
  // A stable sort: of equal totals, the place named first.
  return [...totals.values()].filter((t) => t.total >= 1).sort((a, b) => b.total - a.total).map((t) => t.best);
}

/** One key for the mentions of one place, whatever the spelling ("Tangiers" is Tangier). */
const placeKey = (m: Match): string => fold(m.kind === "city" ? citiesNamed(m.name)[0]?.name ?? m.name : m.name);

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
