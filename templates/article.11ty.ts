import type { Entry } from "../src/entry";
import { articleNeighbours, dateTag, NEIGHBOUR_FIELDS, termLink } from "../src/site/components";
import { href, type SiteConfig } from "../src/settings/config";
import { normaliseFigure, quantityLabel } from "../src/facts/figure-units";
import { isoDate, placeOf } from "../src/facts/format";
import { newsArticleLd } from "../src/site/share-meta";
import { html, trusted } from "../src/site/html";
import { page } from "../src/site/layout";
import { ALL_FIELDS, type PageInputs } from "../src/site/page-inputs";
import { pagesAmong } from "../src/site/render-plan";
import { CONNECTION_FIELDS, type Connections } from "../src/site/connections";
import type { SiteData } from "../src/site/site-data";

type Item = { entry: Entry; newer?: Entry; older?: Entry; connections: Connections };

/** A page shows all of its entry, the titles of its neighbours and of its connected articles (which those are, in `other`). */
export const inputs = (item: Item): PageInputs => ({
  entries: [
    { fields: ALL_FIELDS, of: [item.entry] },
    { fields: NEIGHBOUR_FIELDS, of: [item.newer, item.older] },
    { fields: CONNECTION_FIELDS, of: [...item.connections.sameDeal, ...item.connections.related] },
  ],
  other: [...item.connections.sameDeal.map((e) => e.url), "|", ...item.connections.related.map((e) => e.url)].join(" "),
});

export const data = {
  pagination: {
    data: "site.entries",
    size: 1,
    alias: "item",
    before: (entries: Entry[], { site }: { site: SiteData }): Item[] =>
      pagesAmong(
        "site.entries",
        entries.length,
        (i) => ({ entry: entries[i], newer: entries[i - 1], older: entries[i + 1], connections: site.connections.get(entries[i])! }),
        (item) => item.entry.url,
        inputs,
      ),
  },
  permalink: ({ item }: { item: Item }) => `${item.entry.url}index.html`,
};

function origin(fact: { by: string; sentence?: string }) {
  if (fact.by === "editor") return html`<span class="by-editor">set by the editor</span>`;
  // Collapsed: the panel stays about as long as its facts, on a phone as on a desktop.
  return fact.sentence ? html`<details class="source"><summary>Source sentence</summary><q class="source-sentence">${fact.sentence}</q></details>` : "";
}

function connectionList(config: SiteConfig, title: string, id: string, note: string, entries: Entry[]) {
  return entries.length
    ? html`<section class="connections" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${title}</h2>
<p class="muted">${note}</p>
<ul>${entries.map((e) => html`<li><a href="${href(config, e.url)}">${e.title}</a> <span class="entry-meta">${dateTag(e)}</span></li>`)}</ul>
</section>`
    : "";
}

export function render({ site, item }: { site: SiteData; item: Item }): string {
  const { config } = site;
  const { entry, newer, older } = item;
  const place = placeOf(entry);
  return page({
    config,
    title: entry.title,
    description: entry.summary,
    path: entry.url,
    prev: newer?.url,
    next: older?.url,
    share: {
      type: "article",
      publishedTime: isoDate(entry.date),
      tags: [entry.company.name, ...entry.partners.map((p) => p.name)].filter((t): t is string => Boolean(t)),
      jsonLd: [newsArticleLd(config, entry)],
    },
    content: html`<article class="article">
<header>
  <h1>${entry.title}</h1>
  <p class="entry-meta">${dateTag(entry)}${entry.company.name ? html` · ${termLink(config, "company", entry.company.name)}` : ""}${place ? html` · ${place}` : ""}</p>
</header>
<div class="article-layout">
  <div class="article-body">${trusted(site.bodies.get(entry.url)!)}</div>
  <aside class="facts" aria-labelledby="facts-heading">
    <h2 id="facts-heading">Facts</h2>
    <dl>
      <dt>Date</dt><dd>${dateTag(entry)} ${origin(entry.date)}</dd>
      <dt>Company</dt><dd>${entry.company.name ? termLink(config, "company", entry.company.name) : "Not identified"} ${origin(entry.company)}</dd>
      <dt>Location</dt><dd>${entry.location.city ? termLink(config, "city", entry.location.city) : "No city named"}${
        entry.location.region ? html`, ${entry.location.region}` : ""
      }${entry.location.country ? html`, ${termLink(config, "country", entry.location.country)}` : ""} ${origin(entry.location)}</dd>
      <dt>Partners</dt><dd>${
        entry.partners.length
          ? html`<ul>${entry.partners.map((p) => html`<li>${termLink(config, "partner", p.name)} ${origin(p)}</li>`)}</ul>`
          : "None named"
      }</dd>
    </dl>
    <h3>Figures</h3>
    ${
      entry.figures.length
        ? html`<table class="figures"><thead><tr><th scope="col">Value</th><th scope="col">As written</th></tr></thead><tbody>${entry.figures.map((f) => {
            const n = normaliseFigure(f);
            return html`<tr><td class="num" data-label="Value">${n.display}<span class="quantity">${quantityLabel(n)}</span></td><td data-label="As written">${f.text} ${origin(f)}</td></tr>`;
          })}</tbody></table>
    <p class="facts-more"><a href="${href(config, "/figures/")}">All figures in the archive</a></p>`
        : html`<p>No figures stated.</p>`
    }
    <p class="source-file">Source file: <code>${entry.source}</code></p>
  </aside>
</div>
${connectionList(config, "Other coverage of this deal", "deal", "Articles about the same company in the same city or with the same partner, within a few months.", item.connections.sameDeal)}
${connectionList(config, "Related articles", "related", "The nearest articles about the same company or a partner it names.", item.connections.related)}
${articleNeighbours(config, newer, older)}
${entry.boilerplate ? html`<details class="boilerplate"><summary>Author notes and credits (not part of the article)</summary><pre>${entry.boilerplate}</pre></details>` : ""}
</article>`,
  });
}
