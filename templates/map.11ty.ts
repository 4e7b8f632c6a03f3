import { termLink } from "../src/site/components";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import { MAP_FIELDS, mapPlaces, mapSvg } from "../src/site/map";
import type { PageInputs } from "../src/site/page-inputs";
import { onePage } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

/** Each article's place. */
export const inputs = (site: SiteData): PageInputs => ({ entries: [{ fields: MAP_FIELDS, of: site.entries }] });

export const data = {
  pagination: onePage("/map/", inputs),
  permalink: "/map/index.html",
};

export function render({ site }: { site: SiteData }): string {
  const { config, entries } = site;
  const places = mapPlaces(entries);
  const countryOnly = entries.filter((e) => !e.location.city && e.location.country);
  const nowhere = entries.filter((e) => !e.location.city && !e.location.country).length;
  const count = (n: number) => `${n} ${n === 1 ? "article" : "articles"}`;
  return page({
    config,
    title: "Map",
    description: "Where the deals in the archive are: the cities its articles name, on a map fitted to them.",
    path: "/map/",
    content: html`<h1>Map of deal locations</h1>
<p>Cities named by the articles, placed with the GeoNames gazetteer; the map shows the region they lie in. Larger circles mean more articles; each leads to its city. Circles that would overlap are moved apart, a thin line marking where the city is.</p>
<div class="map-layout">
<figure class="chart map-figure">${mapSvg(config, places)}</figure>
<section class="map-places" aria-labelledby="places-heading">
<h2 id="places-heading">Places</h2>
${
  places.length
    ? html`<ul class="place-list">${places.map(
        (p) => html`<li>${termLink(config, "city", p.city.name)}${p.country ? html`, ${termLink(config, "country", p.country)}` : ""}: ${count(p.city.entries.length)}${
          p.at ? html` <span class="coords">(${p.at.lat.toFixed(2)}°, ${p.at.lon.toFixed(2)}°)</span>` : html` <span class="muted">(not found in the gazetteer, so not on the map)</span>`
        }</li>`,
      )}</ul>`
    : html`<p>No article names a city yet.</p>`
}
${countryOnly.length ? html`<p>${count(countryOnly.length)} ${countryOnly.length === 1 ? "names a country but no city, so is" : "name a country but no city, so are"} not on the map: ${[...new Set(countryOnly.map((e) => e.location.country!))].map(
    (c, i) => html`${i ? ", " : ""}${termLink(config, "country", c)}`,
  )}.</p>` : ""}
${nowhere ? html`<p>${count(nowhere)} ${nowhere === 1 ? "names" : "name"} no place.</p>` : ""}
</section>
</div>`,
  });
}
