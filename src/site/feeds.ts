// Atom and JSON Feed documents of the newest articles. A feed never invents a date: an article's own
// date is given only when it states year, month and day; otherwise Atom, which needs a timestamp, gets
// the time the archive first published the article (its publication record), and JSON Feed, where dates
// are optional, gets none. Each item also says in words what the article states.
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { DateFact, Entry } from "../entry";
import { absoluteUrl, type SiteConfig } from "../settings/config";
import { formatDate, placeOf } from "../facts/format";
import { html, type SafeHtml } from "./html";
import type { EntryField } from "./page-inputs";

/** Articles a feed carries, newest first: readers poll feeds, and the archive itself holds the rest. */
export const FEED_ITEMS = 50;
/** What a feed shows of an article. */
export const FEED_FIELDS: readonly EntryField[] = ["url", "title", "date", "summary", "company", "location", "partners", "source"];

/** The entries a feed carries (`entries` newest first). */
export const feedEntries = (entries: Entry[]): Entry[] => entries.slice(0, FEED_ITEMS);

/** The article's own date as RFC 3339, only when it states all of year, month and day. */
export function statedDate(date: DateFact): string | null {
  if (date.year === null || date.month === null || date.day === null) return null;
  return dateToRfc3339(new Date(Date.UTC(date.year, date.month - 1, date.day)));
}

/** Atom's timestamp of an entry: its stated full date, else when the archive first published it. */
export const atomDate = (entry: Entry, firstPublished: Readonly<Record<string, string>>): string => statedDate(entry.date) ?? firstPublished[entry.url];

/** One-line facts of an entry for a feed reader: the honest date, company, place, partners. */
function factsLine(entry: Entry): string {
  return [
    formatDate(entry.date),
    entry.company.name,
    placeOf(entry),
    entry.partners.length ? `with ${entry.partners.map((p) => p.name).join(", ")}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/** `firstPublished`: entry URL → when the archive first published it. */
export function atomFeed(config: SiteConfig, entries: Entry[], firstPublished: Readonly<Record<string, string>>): string {
  const dates = entries.map((e) => atomDate(e, firstPublished));
  // Atom requires a feed timestamp even with no entries: an empty archive's says "never" as the Unix epoch.
  const updated = [...dates].sort().at(-1) ?? dateToRfc3339(new Date(0));
  const xml: SafeHtml = html`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${config.language}">
  <title>${config.title}</title>
  <subtitle>${config.description}</subtitle>
  <link href="${absoluteUrl(config, "/feed.xml")}" rel="self" type="application/atom+xml"/>
  <link href="${absoluteUrl(config, "/")}" rel="alternate" type="text/html"/>
  <id>${absoluteUrl(config, "/")}</id>
  <updated>${updated}</updated>
  <author><name>${config.publisher}</name></author>
${entries.map(
  (e, i) => html`  <entry>
    <title>${e.title}</title>
    <link href="${absoluteUrl(config, e.url)}" rel="alternate" type="text/html"/>
    <id>${absoluteUrl(config, e.url)}</id>
    <published>${dates[i]}</published>
    <updated>${dates[i]}</updated>
${e.company.name ? html`    <category term="${e.company.name}"/>\n` : ""}    <summary>${factsLine(e)}. ${e.summary}</summary>
  </entry>
`,
)}</feed>`;
  return `<?xml version="1.0" encoding="utf-8"?>\n${xml}\n`;
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): `date_published` only for a full stated date; `_ev_archive` carries the date as stated. */
export function jsonFeed(config: SiteConfig, entries: Entry[]): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: config.title,
    description: config.description,
    authors: [{ name: config.publisher }],
    home_page_url: absoluteUrl(config, "/"),
    feed_url: absoluteUrl(config, "/feed.json"),
    language: config.language,
    items: entries.map((e) => ({
      id: absoluteUrl(config, e.url),
      url: absoluteUrl(config, e.url),
      title: e.title,
      summary: e.summary,
      content_text: `${factsLine(e)}\n\n${e.summary}`,
      date_published: statedDate(e.date) ?? undefined,
      tags: [e.company.name, e.location.city, e.location.country, ...e.partners.map((p) => p.name)].filter((t): t is string => Boolean(t)),
      _ev_archive: { date: formatDate(e.date), year: e.date.year, month: e.date.month, day: e.date.day, source: e.source },
    })),
  };
  return JSON.stringify(feed, null, 2) + "\n";
}
