// Build settings: what the command line asked for, with the defaults filled in. Passed to every stage
// that needs them (never through the environment).

export interface SiteConfig {
  contentDir: string;
  /** Sub-folder the site is deployed under ("/" or "/archive/"). */
  pathPrefix: string;
  /** Absolute site URL for feeds and the sitemap ("https://example.org"), no trailing slash. */
  baseUrl: string;
  title: string;
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

export type SiteOptions = Partial<Pick<SiteConfig, "contentDir" | "pathPrefix" | "baseUrl" | "title" | "replacing" | "remoteImageHosts">>;

// A host name (and port): nothing that could end or extend the Content-Security-Policy it is written into.
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/;

export function siteConfig(options: SiteOptions = {}): SiteConfig {
  return {
    contentDir: options.contentDir ?? "content",
    pathPrefix: (options.pathPrefix ?? "/").replace(/^\/*/, "/").replace(/\/*$/, "/"),
    baseUrl: (options.baseUrl ?? "http://localhost:8080").replace(/\/+$/, ""),
    title: options.title ?? "EV Archive",
    homePageSize: 50,
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
