// What a page tells link previews (OpenGraph, Twitter cards) and search engines (schema.org JSON-LD):
// only facts the entry has. A date is given as precisely as the article states it, or not at all.
import type { Entry } from "../entry";
import { isoDate } from "../facts/format";
import { termUrl, type Term } from "../archive/taxonomies";
import { absoluteUrl, type SiteConfig } from "../settings/config";
import { html, jsonForScript, trusted, type SafeHtml } from "./html";

/** A page's kind for link previews and its schema.org description. */
export interface ShareMeta {
  type: "article" | "website";
  /** An article's date, as precise as stated (ISO 8601), or null. */
  publishedTime?: string | null;
  /** Names the article is filed under (company, partners). */
  tags?: string[];
  /** schema.org nodes, each written as a JSON-LD data island. */
  jsonLd?: object[];
}

/** Google shows at most 110 characters of a headline: a longer one is cut at a word. */
const HEADLINE_MAX = 110;
const shortHeadline = (title: string) => (title.length <= HEADLINE_MAX ? title : title.slice(0, HEADLINE_MAX - 1).replace(/\s+\S*$/, "") + "…");

/** The archive as a publisher. */
export function publisherLd(config: SiteConfig): object {
  return { "@type": "Organization", name: config.publisher, url: absoluteUrl(config, "/") };
}

/** An organisation named in the archive, described by its page here (its own website is not known). */
function organisationLd(config: SiteConfig, name: string, kind: "company" | "partner"): object {
  const url = termUrl(kind, name);
  return url ? { "@type": "Organization", name, url: absoluteUrl(config, url) } : { "@type": "Organization", name };
}

/** schema.org NewsArticle of an entry: headline, where it is, its stated date, its company, place and partners. */
export function newsArticleLd(config: SiteConfig, entry: Entry): object {
  const url = absoluteUrl(config, entry.url);
  const { city, region, country } = entry.location;
  const published = isoDate(entry.date);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: shortHeadline(entry.title),
    description: entry.summary,
    url,
    mainEntityOfPage: url,
    inLanguage: config.language,
    ...(published ? { datePublished: published } : {}),
    publisher: publisherLd(config),
    ...(entry.company.name ? { about: organisationLd(config, entry.company.name, "company") } : {}),
    ...(city || region || country
      ? {
          contentLocation: {
            "@type": "Place",
            name: [city, region, country].filter(Boolean).join(", "),
            address: {
              "@type": "PostalAddress",
              ...(city ? { addressLocality: city } : {}),
              ...(region ? { addressRegion: region } : {}),
              ...(country ? { addressCountry: country } : {}),
            },
          },
        }
      : {}),
    ...(entry.partners.length ? { mentions: entry.partners.map((p) => organisationLd(config, p.name, "partner")) } : {}),
  };
}

/** schema.org Organization of a company page: the company, the page about it and its newest articles. */
export function companyLd(config: SiteConfig, term: Term): object {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: term.name,
    url: absoluteUrl(config, term.url),
    subjectOf: term.entries.slice(0, 10).map((e) => {
      const published = isoDate(e.date);
      return { "@type": "NewsArticle", headline: shortHeadline(e.title), url: absoluteUrl(config, e.url), ...(published ? { datePublished: published } : {}), publisher: publisherLd(config) };
    }),
  };
}

/** The head's OpenGraph, Twitter card and JSON-LD tags of a page. */
export function shareTags(config: SiteConfig, page: { title: string; description?: string; path: string }, meta: ShareMeta = { type: "website" }): SafeHtml {
  return html`<meta property="og:type" content="${meta.type}">
<meta property="og:site_name" content="${config.title}">
<meta property="og:title" content="${page.title}">
${page.description ? html`<meta property="og:description" content="${page.description}">\n` : ""}<meta property="og:url" content="${absoluteUrl(config, page.path)}">
<meta property="og:locale" content="${config.language.replace("-", "_")}">
${meta.publishedTime ? html`<meta property="article:published_time" content="${meta.publishedTime}">\n` : ""}${(meta.tags ?? []).map(
    (tag) => html`<meta property="article:tag" content="${tag}">\n`,
  )}<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${page.title}">
${page.description ? html`<meta name="twitter:description" content="${page.description}">\n` : ""}${(meta.jsonLd ?? []).map(
    (node) => html`<script type="application/ld+json">${trusted(jsonForScript(node))}</script>\n`,
  )}`;
}
