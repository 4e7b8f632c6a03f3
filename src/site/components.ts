import type { Entry } from "../entry";
import { termUrl, type Term, type TaxonomyKind } from "../archive/taxonomies";
import { href, type SiteConfig } from "./config";
import { formatDate, isoDate, placeOf } from "./format";
import { html, type SafeHtml } from "./html";

/** A link to the taxonomy page of a name, or the bare name when it has none. */
export function termLink(config: SiteConfig, kind: TaxonomyKind, name: string): SafeHtml {
  const url = termUrl(kind, name);
  return url ? html`<a href="${href(config, url)}">${name}</a>` : html`${name}`;
}

export function dateTag(entry: Entry): SafeHtml {
  const iso = isoDate(entry.date);
  const text = formatDate(entry.date);
  return iso ? html`<time datetime="${iso}">${text}</time>` : html`<span class="date-unknown">${text}</span>`;
}

/** One article in a listing: title, date, company, city and the one-line summary. */
export function entryItem(config: SiteConfig, entry: Entry): SafeHtml {
  const place = placeOf(entry);
  return html`<li class="entry-item">
  <h3 class="entry-title"><a href="${href(config, entry.url)}">${entry.title}</a></h3>
  <p class="entry-meta">${dateTag(entry)}${entry.company.name ? html` · ${termLink(config, "company", entry.company.name)}` : ""}${
    entry.location.city ? html` · ${termLink(config, "city", entry.location.city)}` : place ? html` · ${place}` : ""
  }</p>
  <p class="entry-summary">${entry.summary}</p>
</li>`;
}

export function entryList(config: SiteConfig, entries: Entry[]): SafeHtml {
  return html`<ol class="entry-list">${entries.map((e) => entryItem(config, e))}</ol>`;
}

export function termIndex(config: SiteConfig, terms: Term[]): SafeHtml {
  return html`<ul class="term-index">${terms.map(
    (t) => html`<li><a href="${href(config, t.url)}">${t.name}</a> <span class="count">(${t.entries.length} ${t.entries.length === 1 ? "article" : "articles"})</span></li>`,
  )}</ul>`;
}
