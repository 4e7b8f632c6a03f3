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
