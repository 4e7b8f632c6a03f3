// Build settings, read once from the environment so that the CLI and a bare
// `eleventy --config=.eleventy.ts` run agree.

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

export function siteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const prefix = (env.EV_PATH_PREFIX ?? "/").replace(/^\/*/, "/").replace(/\/*$/, "/");
  return {
    contentDir: env.EV_CONTENT ?? "content",
    pathPrefix: prefix,
    baseUrl: (env.EV_BASE_URL ?? "http://localhost:8080").replace(/\/+$/, ""),
    title: env.EV_TITLE ?? "EV Archive",
    homePageSize: 50,
    replacing: env.EV_REPLACING ?? null,
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
