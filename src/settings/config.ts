// Build settings: the settings file (src/settings/settings-file.ts) with the command line's flags over it
// and the defaults filled in. Passed to every stage that needs them (never through the environment).
import type { SiteSettings } from "./settings-file";

export interface SiteConfig {
  contentDir: string;
  /** Sub-folder the site is deployed under ("/" or "/archive/"). */
  pathPrefix: string;
  /** Absolute site URL for feeds and the sitemap ("https://example.org"), no trailing slash. */
  baseUrl: string;
  title: string;
  /** What the archive is, in one sentence: the home page's description and the feeds'. */
  description: string;
  /** BCP 47 language of the pages and feeds. */
  language: string;
  /** Who publishes the archive (feeds' author, JSON-LD publisher). */
  publisher: string;
  /** Articles per home page; later ones go to /page/2/, /page/3/, ... */
  homePageSize: number;
  /** The published site this build will replace (`npm run build` builds beside it): its unchanged pages are reused. */
  replacing: string | null;
  /**
   * Hosts whose images articles may show ("images.example.com"); the pages' Content-Security-Policy lists
   * exactly these. Empty by default: the site works offline and any remote image is shown as a link.
   */
  remoteImageHosts: string[];
}

export type SiteOptions = SiteSettings & Partial<Pick<SiteConfig, "contentDir" | "replacing" | "remoteImageHosts">>;

// A host name (and port): nothing that could end or extend the Content-Security-Policy it is written into.
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/;

/** Where a site without a base URL says it is: the local preview server's address. */
export const LOCAL_BASE_URL = "http://localhost:8080";
export const DEFAULT_DESCRIPTION = "Electric-vehicle industry news, newest first, with dates, companies, places, partners and figures.";

export function siteConfig(options: SiteOptions = {}): SiteConfig {
  const title = options.title ?? "EV Archive";
  return {
    contentDir: options.contentDir ?? "content",
    pathPrefix: (options.pathPrefix ?? "/").replace(/^\/*/, "/").replace(/\/*$/, "/"),
    baseUrl: (options.baseUrl ?? LOCAL_BASE_URL).replace(/\/+$/, ""),
    title,
    description: options.description ?? DEFAULT_DESCRIPTION,
    language: options.language ?? "en",
    publisher: options.publisher ?? title,
    homePageSize: options.itemsPerPage ?? 50,
    replacing: options.replacing ?? null,
    remoteImageHosts: (options.remoteImageHosts ?? []).map(imageHost),
  };
}

/** A host images may come from, as the CSP writes it; anything else is refused, not dropped. */
function imageHost(given: string): string {
  const host = given.trim().toLowerCase();
  if (!HOST.test(host)) throw new Error(`remote image host "${given}" is not a host name (like images.example.com)`);
  return host;
}

/** Site-relative path ("/search/") → path under the deployment prefix ("/archive/search/"). */
export function href(config: SiteConfig, path: string): string {
  return config.pathPrefix + path.replace(/^\/+/, "");
}

/** Site-relative path → absolute URL at the deployment ("https://example.org/archive/search/"), for feeds and the sitemap. */
export function absoluteUrl(config: SiteConfig, path: string): string {
  return config.baseUrl + href(config, path);
}
