// The map of deal locations: Natural Earth land outlines (world-atlas, public domain) projected with
// d3-geo at build time into one inline SVG, the projection fitted to the archive's places (China fills the
// frame when every deal is in China). No tiles, no script, no requests to other hosts.
import { createRequire } from "node:module";
import { geoNaturalEarth1, geoPath, type GeoContext, type GeoProjection } from "d3-geo";
import type { FeatureCollection } from "geojson";
import type { Topology } from "topojson-specification";
import { feature } from "topojson-client";
import type { Entry } from "../entry";
import { groupBy, type Term } from "../archive/taxonomies";
import { locateCity, type Coordinates } from "./gazetteer";
import { href, type SiteConfig } from "../settings/config";
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

/** Degrees of margin around the places, at least: one city alone still shows its region. */
const MIN_MARGIN = 4;

/** A projection that fits the places (with a margin), or the whole world when none is placed. */
export function fittedProjection(points: Coordinates[]): GeoProjection {
  const projection = geoNaturalEarth1();
  if (points.length === 0) return projection.fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const margin = Math.max(MIN_MARGIN, 0.12 * Math.max(east - west, north - south));
  const box = {
    type: "MultiPoint" as const,
    coordinates: [
      [Math.max(-180, west - margin), Math.min(85, north + margin)],
      [Math.min(180, east + margin), Math.max(-85, south - margin)],
      [Math.max(-180, west - margin), Math.max(-85, south - margin)],
      [Math.min(180, east + margin), Math.min(85, north + margin)],
    ],
  };
  return projection.fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], box).clipExtent([[0, 0], [WIDTH, HEIGHT]]);
}

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

function compactPath(projection: GeoProjection, object: Parameters<ReturnType<typeof geoPath>>[0]): string {
  const context = new CompactPath();
  geoPath(projection, context)(object);
  return context.toString();
}

let land: FeatureCollection | undefined;

/** The land outlines, read once per process. */
function landFeatures(): FeatureCollection {
  if (land === undefined) {
    const topology = createRequire(import.meta.url)("world-atlas/land-110m.json") as Topology;
    land = feature(topology, topology.objects.land) as FeatureCollection;
  }
  return land;
}

type Circle = { place: MapPlace & { at: Coordinates }; x: number; y: number; x0: number; y0: number; r: number };

/**
 * Circles that overlap are pushed apart (a few rounds of pairwise separation), each keeping a thin line
 * to where its city is, so that every circle can be told apart and clicked.
 */
export function spreadCircles(circles: Circle[], gap = 2): void {
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        const [a, b] = [circles[i], circles[j]];
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        const need = a.r + b.r + gap;
        if (d >= need) continue;
        if (d < 1e-6) [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1]; // same spot: any direction, the same each build
        const push = (need - d) / 2;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const c of circles) {
    c.x = Math.min(WIDTH - c.r, Math.max(c.r, c.x));
    c.y = Math.min(HEIGHT - c.r, Math.max(c.r, c.y));
  }
}

/** Circle radius for a number of articles: area grows with the count, the largest 16 units (a circle stays near its city). */
const radius = (n: number, max: number) => 4 + 12 * Math.sqrt((n - 1) / Math.max(1, max - 1));
/** Labels beside their circles, the largest places first, leaving out a label that would cover another label or circle; those places are named by their tooltip and the list beside the map. */
function labels(circles: Circle[]): Array<{ c: Circle; x: number; y: number }> {
  type Box = { left: number; right: number; top: number; bottom: number };
  const hits = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const taken: Box[] = circles.map((c) => ({ left: c.x - c.r, right: c.x + c.r, top: c.y - c.r, bottom: c.y + c.r }));
  const placed: Array<{ c: Circle; x: number; y: number }> = [];
  circles.forEach((c, i) => {
    const x = c.x + c.r + 3;
    const box = { left: x, right: x + 7.2 * c.place.city.name.length, top: c.y - 9, bottom: c.y + 6 };
    if (box.right > WIDTH || taken.some((other, j) => j !== i && hits(box, other))) return;
    taken.push(box);
    placed.push({ c, x, y: c.y + 4 });
  });
  return placed;
}

/** Circles sized by article count, each a link to its city, over the land outline; the page lists the same places as text. */
export function mapSvg(config: SiteConfig, places: MapPlace[]): SafeHtml {
  const placed = places.filter((p): p is MapPlace & { at: Coordinates } => p.at !== null);
  const projection = fittedProjection(placed.map((p) => p.at));
  const max = Math.max(1, ...placed.map((p) => p.city.entries.length));
  const circles: Circle[] = placed.map((place) => {
    const [x, y] = projection([place.at.lon, place.at.lat]) ?? [0, 0];
    return { place, x, y, x0: x, y0: y, r: radius(place.city.entries.length, max) };
  });
  spreadCircles(circles);
  const desc = placed.length
    ? `Map of the region the articles' deals are in, with ${placed.length} ${placed.length === 1 ? "city" : "cities"} marked, each circle sized by its number of articles and linking to the city's page: ${placed
        .map((p) => `${p.city.name} (${p.city.entries.length})`)
        .join(", ")}.`
    : "World map; no article names a city that could be placed.";
  const count = (n: number) => `${n} ${n === 1 ? "article" : "articles"}`;
  return html`<svg class="world-map" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="group" aria-labelledby="map-title map-desc">
<title id="map-title">Where the articles' deals are</title>
<desc id="map-desc">${desc}</desc>
<rect class="sphere" x="0" y="0" width="${WIDTH}" height="${HEIGHT}"/>
<path class="land" d="${compactPath(projection, landFeatures())}"/>
${circles.map((c) => (Math.hypot(c.x - c.x0, c.y - c.y0) > 1 ? html`<line class="leader" x1="${c.x0.toFixed(1)}" y1="${c.y0.toFixed(1)}" x2="${c.x.toFixed(1)}" y2="${c.y.toFixed(1)}"/>` : ""))}
${circles.map((c) => {
  const n = c.place.city.entries.length;
  const label = `${c.place.city.name}${c.place.country ? `, ${c.place.country}` : ""}: ${count(n)}`;
  return html`<a href="${href(config, c.place.city.url)}" aria-label="${label}"><circle class="place" cx="${c.x.toFixed(1)}" cy="${c.y.toFixed(1)}" r="${c.r.toFixed(1)}"><title>${label}</title></circle></a>`;
})}
${labels(circles).map(({ c, x, y }) => html`<text class="place-label" x="${x.toFixed(1)}" y="${y.toFixed(1)}" aria-hidden="true">${c.place.city.name}</text>`)}
</svg>`;
}
