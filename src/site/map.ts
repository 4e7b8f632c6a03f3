// The map of deal locations: Natural Earth land outlines (world-atlas, public domain) projected with
// d3-geo at build time into one inline SVG. No tiles, no script, no requests to other hosts.
import { createRequire } from "node:module";
import { geoNaturalEarth1, geoPath, type GeoContext } from "d3-geo";
import type { FeatureCollection } from "geojson";
import type { Topology } from "topojson-specification";
import { feature } from "topojson-client";
import type { Entry } from "../entry";
import { groupBy, type Term } from "../archive/taxonomies";
import { locateCity, type Coordinates } from "./gazetteer";
import { html, type SafeHtml } from "./html";
import type { EntryField } from "./page-inputs";

export interface MapPlace {
  city: Term;
  /** The country its articles name most often, or null when none names one. */
  country: string | null;
  at: Coordinates | null;
}

const WIDTH = 960;
const HEIGHT = 500;

function mostCommon(names: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const name of names) if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** Every city the archive names, with its coordinates when the gazetteer knows it; most articles first. */
/** What the map shows of each article. */
export const MAP_FIELDS: readonly EntryField[] = ["location"];

export function mapPlaces(entries: Entry[]): MapPlace[] {
  return groupBy(entries, "city").map((city) => {
    const country = mostCommon(city.entries.map((e) => e.location.country));
    return { city, country, at: locateCity(city.name, country) };
  });
}

const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "Sphere" });

/**
 * A d3-geo path context that writes whole pixels in relative steps and drops steps that round to nothing:
 * the map is a sketch, and this keeps the outline about half the size of d3's own absolute path.
 */
class CompactPath implements GeoContext {
  private d = "";
  private x = 0;
  private y = 0;
  moveTo(x: number, y: number): void {
    [this.x, this.y] = [Math.round(x), Math.round(y)];
    this.d += `M${this.x},${this.y}`;
  }
  lineTo(x: number, y: number): void {
    const [dx, dy] = [Math.round(x) - this.x, Math.round(y) - this.y];
    if (dx === 0 && dy === 0) return;
    this.d += `l${dx},${dy}`;
    [this.x, this.y] = [this.x + dx, this.y + dy];
  }
  closePath(): void {
    this.d += "Z";
  }
  beginPath(): void {}
  arc(): void {} // only used for point features, which the outlines have none of
  toString(): string {
    return this.d;
  }
}

function compactPath(object: Parameters<ReturnType<typeof geoPath>>[0]): string {
  const context = new CompactPath();
  geoPath(projection, context)(object);
  return context.toString();
}

let landPath: string | undefined;

/** The land outline as one SVG path, built once per build. */
function worldOutline(): string {
  if (landPath === undefined) {
    const topology = createRequire(import.meta.url)("world-atlas/land-110m.json") as Topology;
    landPath = compactPath(feature(topology, topology.objects.land) as FeatureCollection);
  }
  return landPath;
}

/** Circles sized by article count over the land outline; the page lists the same places as text. */
export function mapSvg(places: MapPlace[]): SafeHtml {
  const placed = places.filter((p): p is MapPlace & { at: Coordinates } => p.at !== null);
  const sphere = compactPath({ type: "Sphere" });
  const desc = placed.length
    ? `World map with ${placed.length} ${placed.length === 1 ? "city" : "cities"} marked, each circle sized by its number of articles: ${placed
        .map((p) => `${p.city.name} (${p.city.entries.length})`)
        .join(", ")}.`
    : "World map; no article names a city that could be placed.";
  return html`<svg class="world-map" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="map-title map-desc">
<title id="map-title">Where the articles' deals are</title>
<desc id="map-desc">${desc}</desc>
<path class="sphere" d="${sphere}"/>
<path class="land" d="${worldOutline()}"/>
${placed.map((p) => {
  const [x, y] = projection([p.at.lon, p.at.lat]) ?? [0, 0];
  const n = p.city.entries.length;
  return html`<circle class="place" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${(4 + 3 * Math.sqrt(n - 1)).toFixed(1)}"><title>${p.city.name}${p.country ? `, ${p.country}` : ""}: ${n} ${n === 1 ? "article" : "articles"}</title></circle>`;
})}
</svg>`;
}
