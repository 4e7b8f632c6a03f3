import type { Entry } from "../entry";
import { termUrl, type Term, type TaxonomyKind } from "../archive/taxonomies";
import { href, type SiteConfig } from "../settings/config";
import { monthUrl, yearUrl, type YearArchive } from "./date-archive";
import { groupByYearMonth } from "./date-groups";
import { formatDate, isoDate, MONTHS, placeOf } from "../facts/format";
import { html, type SafeHtml } from "./html";
import type { EntryField } from "./page-inputs";
import { perEntry } from "./per-entry";

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

/** Heading level of article titles in a list: one below the heading the list sits under. */
export type TitleLevel = 2 | 3 | 4;

/** What a listing shows of an article (entryItem). */
export const LISTING_FIELDS: readonly EntryField[] = ["url", "title", "date", "company", "location", "summary"];
/** What the newer / older links show of the neighbouring articles. */
export const NEIGHBOUR_FIELDS: readonly EntryField[] = ["url", "title"];

/** One article in a listing: title, date, company, city and the one-line summary (made once per entry: it is listed on several pages). */
const entryItem = perEntry((config: SiteConfig, entry: Entry, level: TitleLevel): SafeHtml => {
  const place = placeOf(entry);
  return html`<li class="entry-item">
  <h${level} class="entry-title"><a href="${href(config, entry.url)}">${entry.title}</a></h${level}>
  <p class="entry-meta">${dateTag(entry)}${entry.company.name ? html` · ${termLink(config, "company", entry.company.name)}` : ""}${
    entry.location.city ? html` · ${termLink(config, "city", entry.location.city)}` : place ? html` · ${place}` : ""
  }</p>
  <p class="entry-summary">${entry.summary}</p>
</li>`;
});

export function entryList(config: SiteConfig, entries: Entry[], level: TitleLevel = 3): SafeHtml {
  return html`<ol class="entry-list">${entries.map((e) => entryItem(config, e, level))}</ol>`;
}

export function termIndex(config: SiteConfig, terms: Term[]): SafeHtml {
  return html`<ul class="term-index">${terms.map(
    (t) => html`<li><a href="${href(config, t.url)}">${t.name}</a> <span class="count">(${t.entries.length} ${t.entries.length === 1 ? "article" : "articles"})</span></li>`,
  )}</ul>`;
}

/** Entries under year and month headings (h2, h3), unknown parts grouped honestly at the end of their level. */
export function groupedEntryList(config: SiteConfig, entries: Entry[]): SafeHtml {
  return html`${groupByYearMonth(entries).map(
    (year) => html`<section class="year-group">
<h2 id="${year.id}">${year.year === null ? year.label : html`<a href="${href(config, yearUrl(year.year))}">${year.label}</a>`}</h2>
${year.months.map((month) => html`<h3 id="${month.id}" class="month-heading">${
  year.year === null ? monthHeading(null, month.month) : html`<a href="${href(config, monthUrl(year.year, month.month))}">${monthHeading(year.year, month.month)}</a>`
}</h3>
${entryList(config, month.entries, 4)}`)}
</section>`,
  )}`;
}

function monthHeading(year: number | null, month: number | null): string {
  if (year === null) return month === null ? "Month not stated" : MONTHS[month - 1];
  return month === null ? `${year}, month not stated` : `${MONTHS[month - 1]} ${year}`;
}

/** Previous / next links of a paginated list, with rel so that browsers and crawlers know the order. */
export function pager(config: SiteConfig, options: { prev?: string; next?: string; current: number; total: number; labels?: [prev: string, next: string] }): SafeHtml {
  const { prev, next, current, total } = options;
  const [before, after] = options.labels ?? ["Newer", "Older"];
  if (total <= 1) return html``;
  return html`<nav class="pager" aria-label="Pages">
  ${prev ? html`<a rel="prev" href="${href(config, prev)}">← ${before}</a>` : html`<span class="pager-edge">← ${before}</span>`}
  <span>Page ${current} of ${total}</span>
  ${next ? html`<a rel="next" href="${href(config, next)}">${after} →</a>` : html`<span class="pager-edge">${after} →</span>`}
</nav>`;
}

/** The pager of one page of a list split by src/site/pagination.ts. */
export function listPager(config: SiteConfig, page: { n: number; total: number; prev?: string; next?: string }, labels?: [string, string]): SafeHtml {
  return pager(config, { prev: page.prev, next: page.next, current: page.n + 1, total: page.total, labels });
}

/** "(page 2 of 5)" after a heading, on every page but the first of a list. */
export function pageNumber(page: { n: number; total: number }): SafeHtml {
  return page.n > 0 ? html` <span class="page-number">(page ${page.n + 1} of ${page.total})</span>` : html``;
}

/** Links to the next newer and next older article, so that the archive can be read page by page. */
export function articleNeighbours(config: SiteConfig, newer: Entry | undefined, older: Entry | undefined): SafeHtml {
  const links = [
    newer && html`<a rel="prev" href="${href(config, newer.url)}"><span class="pager-label">← Newer</span> ${newer.title}</a>`,
    older && html`<a rel="next" href="${href(config, older.url)}"><span class="pager-label">Older →</span> ${older.title}</a>`,
  ].filter((link): link is SafeHtml => Boolean(link));
  if (links.length === 0) return html``;
  return html`<nav class="pager article-pager" aria-label="Newer and older articles">${links.map((link) => html`\n  ${link}`)}\n</nav>`;
}

/** Links to every stated year's page, with counts: a reader jumps to a year instead of paging through the home pages. */
export function yearNav(config: SiteConfig, years: YearArchive[]): SafeHtml {
  if (years.length === 0) return html``;
  return html`<nav class="year-nav" aria-label="Years">
<h2 class="year-nav-heading">Jump to a year</h2>
<ul>${years.map((y) => html`<li><a href="${href(config, y.url)}">${y.year}</a> <span class="count">(${y.count})</span></li>`)}</ul>
</nav>`;
}
