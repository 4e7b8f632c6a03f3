import { createHash } from "node:crypto";
import type { Entry, Warning } from "../entry";
import type { LoadedEntries } from "../archive/assemble-entries";
import { groupArchiveBy, type TaxonomyKind, type Term } from "../archive/taxonomies";
import type { IndexedArticle } from "../search/build-index";
import { factMarks } from "../prepare/highlight";
import { bodyAt, imageOptions, renderBody } from "../prepare/markdown";
import type { Redirect } from "../archive/article-urls";
import type { SiteConfig } from "../settings/config";
import { buildReport, type BuildReport } from "../report/build-report";
import { connectionsOf, type Connections } from "./connections";
import { listPages, type ListPages } from "./list-pages";
import { entryDigest } from "./page-inputs";
import { paginate, type ListPage } from "./pagination";

/** Everything the templates read: entries and the taxonomies derived from them. */
export interface SiteData {
  config: SiteConfig;
  entries: Entry[];
  /** Entry URL → its body's HTML with the facts highlighted, made once per article in the extraction stage. */
  bodies: ReadonlyMap<string, string>;
  /** The home pages' entries, `config.homePageSize` a page (one empty page for an empty archive). */
  homePages: Array<ListPage<Entry>>;
  warnings: Warning[];
  /** Media files to publish at /media/<path> (paths in the content folder). */
  media: string[];
  /** Entry URL → when the archive first published it (RFC 3339), from the publication record. */
  firstPublished: Record<string, string>;
  /** Old article URLs and where each article is now: a redirect page stands at each. */
  redirects: Redirect[];
  companies: Term[];
  cities: Term[];
  countries: Term[];
  partners: Term[];
  /** The four taxonomies in display order, for index pages. */
  taxonomies: Taxonomy[];
  /** Every list that grows with the archive, page by page (term, company × place, month and figure pages). */
  lists: ListPages;
  /** Per article, other coverage of the same deal and related articles. */
  connections: Map<Entry, Connections>;
  /** What the build did with each content file, and the facts to review: /report/ and report.json. */
  report: BuildReport;
}

export interface Taxonomy {
  kind: TaxonomyKind;
  /** Plural heading ("Companies") and folder ("/companies/"). */
  title: string;
  url: string;
  terms: Term[];
}

const TAXONOMIES: Array<Omit<Taxonomy, "terms">> = [
  { kind: "company", title: "Companies", url: "/companies/" },
  { kind: "city", title: "Cities", url: "/cities/" },
  { kind: "country", title: "Countries", url: "/countries/" },
  { kind: "partner", title: "Partners", url: "/partners/" },
];

/** What the search index reads of each entry, with the entry's version (kept out of the templates' data). */
export function searchArticles(loaded: LoadedEntries): Array<IndexedArticle & { version: string }> {
  return loaded.entries.map((entry, i) => ({ entry, fields: loaded.searchFields[i], text: loaded.searchTexts[i], version: loaded.versions[i] }));
}

/**
 * What the search files and the open-data export of a build are made from, summed up: each article's version
 * (its document and the extractor's code) and every field of its entry (the archive stage sets some, such as
 * its URL and title), in order, the settings and `searchCode` (the search thread's version). A build whose
 * key is the one the site it replaces was built with takes that site's files (src/output/previous-site.ts).
 */
export function searchFilesKey(articles: ReadonlyArray<{ entry: Entry; version: string }>, config: SiteConfig, searchCode: string): string {
  const hash = createHash("sha256").update(`${searchCode}\n${JSON.stringify(config)}\n`);
  for (const { entry, version } of articles) hash.update(`${version} ${entryDigest(entry)}\n`);
  return hash.digest("hex");
}

/** The site data. */
export function buildSiteData(loaded: LoadedEntries, config: SiteConfig): { site: SiteData } {
  const { entries, media, record, redirects } = loaded;
  // A remote image from a host the settings allow is shown, not a problem; the pool rendered it as a link, so its article is rendered again.
  const allowed = (w: Warning) => w.remoteHost !== undefined && config.remoteImageHosts.includes(w.remoteHost);
  const warnings = loaded.warnings.filter((w) => !allowed(w));
  const showingRemote = new Set(loaded.warnings.filter(allowed).map((w) => w.file));
  const bodies = entries.map((e, i) =>
    showingRemote.has(e.source) ? bodyAt(e.url, renderBody(e.body, factMarks(e), e.captions, imageOptions(e, config.remoteImageHosts))) : loaded.bodies[i],
  );
  const taxonomies = TAXONOMIES.map((t) => ({ ...t, terms: groupArchiveBy(entries, t.kind) }));
  const [companies, cities, countries, partners] = taxonomies.map((t) => t.terms);
  const site: SiteData = {
    config,
    entries,
    bodies: new Map(entries.map((e, i) => [e.url, bodies[i]])),
    homePages: paginate("/", entries, config.homePageSize),
    warnings,
    media,
    firstPublished: Object.fromEntries(entries.map((e) => [e.url, record[e.source].firstPublished])),
    redirects,
    companies,
    cities,
    countries,
    partners,
    taxonomies,
    lists: listPages(config, entries, taxonomies),
    connections: connectionsOf(entries),
    report: buildReport(entries, warnings),
  };
  return { site };
}
