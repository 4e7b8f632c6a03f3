// Atom and JSON Feed documents of the newest articles. Dates use the RSS plugin's RFC 3339 filter.
// Feeds need a full timestamp, but articles often state only part of their date: the missing parts are
// filled deterministically (first month, first day, or 1970 with no year) so that two builds are
// byte-identical, and each item says in words what the article actually states.
import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { DateFact, Entry } from "../entry";
import { absoluteUrl, type SiteConfig } from "../settings/config";
import { formatDate, placeOf } from "../facts/format";
import { html, type SafeHtml } from "./html";
import type { EntryField } from "./page-inputs";

const EPOCH = dateToRfc3339(new Date(Date.UTC(1970, 0, 1)));

/** Articles a feed carries, newest first: readers poll feeds, and the archive itself holds the rest. */
export const FEED_ITEMS = 50;
/** What a feed shows of an article. */
export const FEED_FIELDS: readonly EntryField[] = ["url", "title", "date", "summary", "company", "location", "partners", "source"];

/** The entries a feed carries (`entries` newest first). */
export const feedEntries = (entries: Entry[]): Entry[] => entries.slice(0, FEED_ITEMS);

/** The stated date with unknown parts filled deterministically; never the build's clock. */
export function feedDate(date: DateFact): string {
  if (date.year === null) return EPOCH;
  return dateToRfc3339(new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)));
}

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

export function atomFeed(config: SiteConfig, entries: Entry[], description: string): string {
  const updated = entries.map((e) => feedDate(e.date)).sort().at(-1) ?? EPOCH;
  const xml: SafeHtml = html`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${config.title}</title>
  <subtitle>${description}</subtitle>
  <link href="${absoluteUrl(config, "/feed.xml")}" rel="self" type="application/atom+xml"/>
  <link href="${absoluteUrl(config, "/")}" rel="alternate" type="text/html"/>
  <id>${absoluteUrl(config, "/")}</id>
  <updated>${updated}</updated>
  <author><name>${config.title}</name></author>
${entries.map(
  (e) => html`  <entry>
    <title>${e.title}</title>
    <link href="${absoluteUrl(config, e.url)}" rel="alternate" type="text/html"/>
    <id>${absoluteUrl(config, e.url)}</id>
    <updated>${feedDate(e.date)}</updated>
${e.company.name ? html`    <category term="${e.company.name}"/>\n` : ""}    <summary>${factsLine(e)}. ${e.summary}</summary>
  </entry>
`,
)}</feed>`;
  return `<?xml version="1.0" encoding="utf-8"?>\n${xml}\n`;
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1); `_ev_archive` carries the date as stated. */
export function jsonFeed(config: SiteConfig, entries: Entry[], description: string): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: config.title,
    description,
    home_page_url: absoluteUrl(config, "/"),
    feed_url: absoluteUrl(config, "/feed.json"),
    language: "en",
    items: entries.map((e) => ({
      id: absoluteUrl(config, e.url),
      url: absoluteUrl(config, e.url),
      title: e.title,
      summary: e.summary,
      content_text: `${factsLine(e)}\n\n${e.summary}`,
      date_published: feedDate(e.date),
      tags: [e.company.name, e.location.city, e.location.country, ...e.partners.map((p) => p.name)].filter((t): t is string => Boolean(t)),
      _ev_archive: { date: formatDate(e.date), year: e.date.year, month: e.date.month, day: e.date.day, source: e.source },
    })),
  };
  return JSON.stringify(feed, null, 2) + "\n";
}
