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
}

export type SiteOptions = Partial<Pick<SiteConfig, "contentDir" | "pathPrefix" | "baseUrl" | "title" | "replacing">>;

export function siteConfig(options: SiteOptions = {}): SiteConfig {
  return {
    contentDir: options.contentDir ?? "content",
    pathPrefix: (options.pathPrefix ?? "/").replace(/^\/*/, "/").replace(/\/*$/, "/"),
    baseUrl: (options.baseUrl ?? "http://localhost:8080").replace(/\/+$/, ""),
    title: options.title ?? "EV Archive",
    homePageSize: 50,
    replacing: options.replacing ?? null,
  };
}

/** Site-relative path ("/search/") → path under the deployment prefix ("/archive/search/"). */
export function href(config: SiteConfig, path: string): string {
  return config.pathPrefix + path.replace(/^\/+/, "");
}

/** Site-relative path → absolute URL at the deployment ("https://example.org/archive/search/"), for feeds and the sitemap. */
export function absoluteUrl(config: SiteConfig, path: string): string {
  return config.baseUrl + href(config, path);
}
