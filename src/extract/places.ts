import demonymData from "../data/demonyms.json" with { type: "json" };
import placesData from "../data/places.json" with { type: "json" };

// The gazetteer built by src/data/build-places.ts, read into small maps on first use. Imported, not read
// from disk, so that the extraction worker's bundle (and the cache version made from its inputs) has it.

export type City = { name: string; region: string | null; country: string; population: number; commonWord: boolean };
export type Region = { name: string; country: string };

type Gazetteer = {
  /** Folded name → the gazetteer's lines of the cities so named; most are never asked for, so they are read into records on first use. */
  cityLines: Map<string, string[]>;
  cities: Map<string, City[]>;
  regionNames: Record<string, string>; // region key ("CN.01") → name
  regions: Map<string, Region[]>;
  countries: Map<string, string>; // name or alias, folded → ISO code
  countryNames: Record<string, string>;
  maxWords: number;
  /** Towns of 1,000 to 5,000 people, read into a map on the first question: few articles need them. */
  townLines?: Map<string, string[]>;
  towns: Map<string, City[]>;
};

let gazetteer: Gazetteer | undefined;
// Longer place names are not looked for inside name phrases.
const MAX_PLACE_WORDS = 4;

const ASCII = /^[\x00-\x7f]*$/;
// "Western Province", "Central Province": a designator that cannot be dropped.
const COMPASS = /^(?:(?:north|south|east|west)(?:ern)?|central|capital|upper|lower|northern|southern|eastern|western)(?:[ -]\w+)?$/;

/** Case- and accent-insensitive key: "Grünheide", "Grunheide" and "GRÜNHEIDE" meet; ’ and ' too. */
export function fold(name: string): string {
  // Most names are plain ASCII, which has nothing to decompose or replace: only the case changes.
  // This runs for every word window of every name phrase and every gazetteer entry.
  if (ASCII.test(name)) return name.toLowerCase();
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[łŁøØđĐıßæœ’]/g, (c) => FOLD_EXTRA[c])
    .toLowerCase();
}
// Letters that Unicode does not decompose into a base letter and a mark ("Wrocław" → "wroclaw").
const FOLD_EXTRA: Record<string, string> = { ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ı: "i", ß: "ss", æ: "ae", œ: "oe", "’": "'" };

type Raw = { countries: Record<string, string>; countryAliases: Record<string, string>; regions: Record<string, string>; cities: string; towns: string };

/** Folded name → the lines of the places so named. */
function linesByName(text: string): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const line of text.split("\n")) {
    const key = fold(line.slice(0, line.indexOf("\t")));
    const lines = byName.get(key);
    if (lines) lines.push(line);
    else byName.set(key, [line]);
  }
  return byName;
}

function load(): Gazetteer {
  const raw: Raw = placesData;
  const cityLines = linesByName(raw.cities);
  let maxWords = 1;
  for (const key of cityLines.keys()) if (maxWords < MAX_PLACE_WORDS) maxWords = Math.max(maxWords, key.split(" ").length);
  const regions = new Map<string, Region[]>();
  for (const [key, name] of Object.entries(raw.regions)) {
    const list = regions.get(fold(name)) ?? [];
    list.push({ name, country: key.slice(0, 2) });
    regions.set(fold(name), list);
  }
  // Other spellings news uses: a Thai or Korean name written as one word ("Chonburi" for "Chon Buri"), and a
  // province without its designator ("Hà Tĩnh" for "Hà Tĩnh Province"). Never over a name that exists.
  for (const [key, lines] of [...cityLines]) if (key.includes(" ") && !cityLines.has(key.replaceAll(" ", ""))) cityLines.set(key.replaceAll(" ", ""), lines);
  for (const [key, list] of [...regions]) {
    const short = key.replace(/ province$/, "");
    for (const alias of [key.replaceAll(" ", ""), short]) if (alias !== key && !COMPASS.test(short) && !regions.has(alias)) regions.set(alias, list);
  }
  const countries = new Map<string, string>();
  for (const [code, name] of Object.entries(raw.countries)) countries.set(fold(name), code);
  for (const [alias, code] of Object.entries(raw.countryAliases)) countries.set(fold(alias), code);
  return { cityLines, cities: new Map(), towns: new Map(), regionNames: raw.regions, regions, countries, countryNames: raw.countries, maxWords: Math.min(maxWords, MAX_PLACE_WORDS) };
}

/**
 * The city of one gazetteer line: name, region key (its first two letters are the country), population, "w" when the
 * name is a common word, and for an older spelling ("Tangiers") the name the town goes by.
 */
function readCity(line: string, regionNames: Record<string, string>): City {
  const [name, where, population, flags, spelled] = line.split("\t");
  return { name: spelled || name, region: regionNames[where] ?? null, country: where.slice(0, 2), population: Number(population), commonWord: flags === "w" };
}

function places(): Gazetteer {
  gazetteer ??= load();
  return gazetteer;
}

/**
 * Towns too small for the gazetteer's cities (Kobierzyce, Billy-Berclau): asked only of a name the text places a
 * facility in or near, and kept only when the text names the town's region or country.
 */
export function smallTownsNamed(name: string): City[] {
  const g = places();
  const key = fold(name);
  let towns = g.towns.get(key);
  if (!towns) {
    g.townLines ??= linesByName((placesData as Raw).towns);
    towns = (g.townLines.get(key) ?? []).map((line) => readCity(line, g.regionNames));
    g.towns.set(key, towns);
  }
  return towns;
}

/** The cities of that name, in the gazetteer's order; the same list every time for the same name. */
export function citiesNamed(name: string): City[] {
  const g = places();
  const key = fold(name);
  let cities = g.cities.get(key);
  if (!cities) {
    const lines = g.cityLines.get(key);
    if (!lines) return [];
    cities = lines.map((line) => readCity(line, g.regionNames));
    g.cities.set(key, cities);
  }
  return cities;
}
export const regionsNamed = (name: string): Region[] => places().regions.get(fold(name)) ?? [];

// News abbreviations of US states and Canadian provinces after a town ("Liberty, N.C.", "Smyrna, Tenn.",
// "Alliston, Ont."), written without their periods. Read only right after a town and its comma: alone, "Ga" or
// "Wash" mean nothing.
const STATE_ABBREVIATIONS: Record<string, string> = Object.fromEntries(
  ("Ala:Alabama Ariz:Arizona Ark:Arkansas Calif:California Colo:Colorado Conn:Connecticut Del:Delaware Fla:Florida " +
    "Ga:Georgia Ill:Illinois Ind:Indiana Kan:Kansas Kans:Kansas Ky:Kentucky La:Louisiana Md:Maryland Mass:Massachusetts " +
    "Mich:Michigan Minn:Minnesota Miss:Mississippi Mo:Missouri Mont:Montana Neb:Nebraska Nev:Nevada NH:New_Hampshire " +
    "NJ:New_Jersey NM:New_Mexico NY:New_York NC:North_Carolina ND:North_Dakota Okla:Oklahoma Ore:Oregon Pa:Pennsylvania " +
    "RI:Rhode_Island SC:South_Carolina SD:South_Dakota Tenn:Tennessee Tex:Texas Vt:Vermont Va:Virginia Wash:Washington " +
    "WVa:West_Virginia Wis:Wisconsin Wyo:Wyoming Ont:Ontario Que:Quebec BC:British_Columbia Alta:Alberta " +
    "Sask:Saskatchewan Man:Manitoba NS:Nova_Scotia NB:New_Brunswick")
    .split(" ").map((pair) => pair.split(":")).map(([short, name]) => [short, name.replaceAll("_", " ")]),
);
const ABBREVIATION_COUNTRY: Record<string, string> = { Ontario: "CA", Quebec: "CA", "British Columbia": "CA", Alberta: "CA", Saskatchewan: "CA", Manitoba: "CA", "Nova Scotia": "CA", "New Brunswick": "CA" };

/** The US state or Canadian province a news abbreviation after a town stands for ("N.C" → North Carolina). */
export function regionAbbreviated(text: string): Region | undefined {
  const name = STATE_ABBREVIATIONS[text.replace(/[.\s]/g, "")];
  if (!name) return undefined;
  const country = ABBREVIATION_COUNTRY[name] ?? "US";
  return regionsNamed(name).find((r) => r.country === country);
}
export const countryCode = (name: string): string | undefined => places().countries.get(fold(name));
export const countryName = (code: string): string => places().countryNames[code] ?? code;
export const maxPlaceWords = (): number => places().maxWords;

// Asked of every word window of every name phrase, by company, partner and place extraction alike, and an
// archive names the same few thousand names again and again: the answers are kept, up to a bound.
const placeAnswers = new Map<string, boolean>();
const PLACE_ANSWERS = 50_000;

/** Whether a name is a place rather than an organisation ("Shanghai", "China", "Anhui"). */
export function isPlaceName(name: string): boolean {
  let answer = placeAnswers.get(name);
  if (answer === undefined) {
    const key = fold(name);
    const g = places();
    answer = g.cityLines.has(key) || g.regions.has(key) || g.countries.has(key);
    if (placeAnswers.size >= PLACE_ANSWERS) placeAnswers.clear();
    placeAnswers.set(name, answer);
  }
  return answer;
}

const demonyms = new Map<string, string>(Object.entries(demonymData.demonyms));

/** The country a nationality adjective refers to ("Malaysian" → "MY"). */
export const demonymCountry = (word: string): string | undefined => demonyms.get(word);
