import type { Entry } from "../entry";
import { href, type SiteConfig } from "../settings/config";
import { groupByYearMonth, type MonthGroup } from "./date-groups";
import { monthUrl, yearUrl } from "./date-archive";
import { MONTHS } from "../facts/format";
import { homePageOf } from "./home-pages";
import { html, type SafeHtml } from "./html";
import type { EntryField } from "./page-inputs";

/** One year of the timeline: articles per month, index 0..11, and those whose month is not stated. */
export interface TimelineYear {
  year: number;
  months: Array<MonthGroup | null>;
  unknownMonth: MonthGroup | null;
  total: number;
}

export interface Timeline {
  /** Every year from the oldest to the newest stated, gaps included, oldest first. */
  years: TimelineYear[];
  /** Articles that state no year, grouped as on the home page. */
  undated: MonthGroup[];
  undatedCount: number;
}

/** What the timeline shows of each article: its date, and its link into the home pages. */
export const TIMELINE_FIELDS: readonly EntryField[] = ["date", "url"];

export function buildTimeline(entries: Entry[]): Timeline {
  const groups = groupByYearMonth(entries);
  const dated = groups.filter((g) => g.year !== null);
  const byYear = new Map(dated.map((g) => [g.year!, g]));
  const known = [...byYear.keys()];
  const years: TimelineYear[] = [];
  if (known.length) {
    for (let year = Math.min(...known); year <= Math.max(...known); year++) {
      const months = byYear.get(year)?.months ?? [];
      years.push({
        year,
        months: MONTHS.map((_, i) => months.find((m) => m.month === i + 1) ?? null),
        unknownMonth: months.find((m) => m.month === null) ?? null,
        total: months.reduce((n, m) => n + m.entries.length, 0),
      });
    }
  }
  const undated = groups.find((g) => g.year === null)?.months ?? [];
  return { years, undated, undatedCount: undated.reduce((n, m) => n + m.entries.length, 0) };
}

// Geometry of the chart, in SVG user units; CSS scales the whole drawing to the page width.
const LABEL_WIDTH = 48;
const CELL = 34;
const ROW = 40;
const BAR_MAX = 30;
const HEADER = 22;
const COLUMNS = [...MONTHS.map((m) => m.slice(0, 3)), "?"];

/** Bars per month, one row per year; the last column holds articles whose month is not stated. Drawn at build time. */
export function timelineSvg(config: SiteConfig, timeline: Timeline): SafeHtml {
  const cells = timeline.years.flatMap((y) => [...y.months, y.unknownMonth].map((m) => m?.entries.length ?? 0));
  const max = Math.max(1, ...cells);
  const width = LABEL_WIDTH + CELL * COLUMNS.length;
  const height = HEADER + ROW * timeline.years.length;
  const desc = `Articles per month for each year from ${timeline.years[0]?.year ?? "–"} to ${timeline.years.at(-1)?.year ?? "–"}; the last column, marked with a question mark, counts articles whose month is not stated. ${timeline.undatedCount} more articles state no year.`;
  return html`<svg class="timeline-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="timeline-title timeline-desc">
<title id="timeline-title">Articles per month</title>
<desc id="timeline-desc">${desc}</desc>
${COLUMNS.map((label, i) => html`<text class="axis" x="${LABEL_WIDTH + CELL * i + CELL / 2}" y="14" text-anchor="middle">${label}</text>`)}
${timeline.years.map((y, row) => {
  const base = HEADER + ROW * row + ROW - 4;
  return html`<g>
<text class="axis" x="${LABEL_WIDTH - 6}" y="${base - 4}" text-anchor="end">${y.year}</text>
<line class="baseline" x1="${LABEL_WIDTH}" x2="${width}" y1="${base}" y2="${base}"/>
${[...y.months, y.unknownMonth].map((m, col) => {
  const count = m?.entries.length ?? 0;
  if (count === 0) return "";
  const h = Math.max(3, Math.round((count / max) * BAR_MAX));
  const label = `${col === 12 ? `${y.year}, month not stated` : `${MONTHS[col]} ${y.year}`}: ${count} ${count === 1 ? "article" : "articles"}`;
  // Each bar links to its month page; the whole column is the target, so that short bars are easy to hit.
  return html`<a href="${href(config, monthUrl(y.year, col === 12 ? null : col + 1))}" aria-label="${label}"><rect class="bar-target" x="${LABEL_WIDTH + CELL * col}" y="${base - BAR_MAX - 4}" width="${CELL}" height="${BAR_MAX + 4}"/><rect class="${col === 12 ? "bar bar-unknown" : "bar"}" x="${LABEL_WIDTH + CELL * col + 5}" y="${base - h}" width="${CELL - 10}" height="${h}"><title>${label}</title></rect></a>`;
})}
</g>`;
})}
</svg>`;
}

/** The same counts as text, each month linking to its month page (articles with no year: to where the home page lists them). */
export function timelineList(config: SiteConfig, entries: Entry[], timeline: Timeline): SafeHtml {
  const link = (year: number | null, group: MonthGroup, label: string) =>
    html`<a href="${href(config, year === null ? `${homePageOf(config, entries, group.entries[0])}#${group.id}` : monthUrl(year, group.month))}">${label}</a> (${group.entries.length})`;
  const monthLinks = (year: number | null, groups: Array<MonthGroup | null>, unknownLabel: string) =>
    groups
      .filter((m): m is MonthGroup => m !== null)
      .map((m, i) => html`${i ? ", " : ""}${link(year, m, m.month === null ? unknownLabel : MONTHS[m.month - 1])}`);
  const withArticles = [...timeline.years].reverse().filter((y) => y.total > 0);
  return html`<ul class="timeline-list">
${withArticles.map(
  (y) => html`<li><strong><a href="${href(config, yearUrl(y.year))}">${y.year}</a></strong>: ${y.total} ${y.total === 1 ? "article" : "articles"}: ${monthLinks(y.year, [...y.months].reverse().concat(y.unknownMonth), "month not stated")}</li>`,
)}
${timeline.undatedCount ? html`<li><strong>Year not stated</strong>: ${timeline.undatedCount} ${timeline.undatedCount === 1 ? "article" : "articles"}: ${monthLinks(null, timeline.undated, "month not stated either")}</li>` : ""}
</ul>`;
}

/**
 * A small chart of one term's articles per year (a company's own timeline), each bar a link to the page
 * of the term's list where that year's articles start. `entries` are newest first, `perPage` a page.
 */
export function termTimelineSvg(config: SiteConfig, name: string, entries: Entry[], pageUrl: (n: number) => string, perPage: number): SafeHtml {
  const firstOfYear = new Map<number, number>();
  const counts = new Map<number, number>();
  entries.forEach((e, i) => {
    if (e.date.year === null) return;
    if (!firstOfYear.has(e.date.year)) firstOfYear.set(e.date.year, i);
    counts.set(e.date.year, (counts.get(e.date.year) ?? 0) + 1);
  });
  if (counts.size === 0) return html``;
  const from = Math.min(...counts.keys());
  const to = Math.max(...counts.keys());
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const max = Math.max(...counts.values());
  const [cell, barMax, top, bottom] = [30, 48, 14, 18];
  const width = cell * years.length;
  const height = top + barMax + bottom;
  const undated = entries.length - [...counts.values()].reduce((a, b) => a + b, 0);
  const desc = `${name}: articles per year from ${from} to ${to}: ${years.map((y) => `${y}: ${counts.get(y) ?? 0}`).join(", ")}${undated ? `; ${undated} with no year stated` : ""}.`;
  return html`<figure class="chart term-timeline"><svg class="timeline-chart term-timeline-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-labelledby="term-timeline-title term-timeline-desc">
<title id="term-timeline-title">${name}: articles per year</title>
<desc id="term-timeline-desc">${desc}</desc>
<line class="baseline" x1="0" x2="${width}" y1="${top + barMax}" y2="${top + barMax}"/>
${years.map((y, i) => {
  const n = counts.get(y) ?? 0;
  const label = html`<text class="axis" x="${cell * i + cell / 2}" y="${height - 4}" text-anchor="middle">’${String(y).slice(2)}</text>`;
  if (n === 0) return label;
  const h = Math.max(2, Math.round((n / max) * barMax));
  const at = pageUrl(Math.floor(firstOfYear.get(y)! / perPage));
  return html`<a href="${href(config, at)}" aria-label="${y}: ${n} ${n === 1 ? "article" : "articles"}"><rect class="bar-target" x="${cell * i}" y="${top - 12}" width="${cell}" height="${barMax + 12}"/><rect class="bar" x="${cell * i + 5}" y="${top + barMax - h}" width="${cell - 10}" height="${h}"><title>${y}: ${n} ${n === 1 ? "article" : "articles"}</title></rect><text class="axis bar-count" x="${cell * i + cell / 2}" y="${top + barMax - h - 3}" text-anchor="middle">${n}</text></a>${label}`;
})}
</svg><figcaption>Articles per year${undated ? html`; ${undated} with no year stated` : ""}. A bar leads to the page where that year's articles start.</figcaption></figure>`;
}
