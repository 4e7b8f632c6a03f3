import type { Redirect } from "../src/archive/article-urls";
import { absoluteUrl, href } from "../src/settings/config";
import { html } from "../src/site/html";
import type { PageInputs } from "../src/site/page-inputs";
import { pagesToRender } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

// An article's old URL (an editor gave it a new slug, or its file moved) keeps working: a page that sends
// the reader on, and tells search engines where the article is now. No script: the CSP forbids inline ones.
/** A redirect shows no entry: only where it points, and the site's address. */
export const inputs = (redirect: Redirect, site: SiteData): PageInputs => ({ entries: [], other: `${redirect.to} ${site.config.baseUrl}${site.config.pathPrefix}` });

export const data = {
  pagination: {
    data: "site.redirects",
    size: 1,
    alias: "redirect",
    before: (redirects: Redirect[], { site }: { site: SiteData }) =>
      pagesToRender("site.redirects", redirects, (r) => r.from, (r) => inputs(r, site)),
  },
  permalink: ({ redirect }: { redirect: Redirect }) => `${redirect.from}index.html`,
  eleventyExcludeFromCollections: true,
};

export function render({ site, redirect }: { site: SiteData; redirect: Redirect }): string {
  const to = href(site.config, redirect.to);
  return `<!DOCTYPE html>\n${html`<html lang="${site.config.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; base-uri 'none'">
<title>Moved · ${site.config.title}</title>
<meta http-equiv="refresh" content="0; url=${to}">
<link rel="canonical" href="${absoluteUrl(site.config, redirect.to)}">
<meta name="robots" content="noindex">
</head>
<body>
<main>
<h1>This article has moved</h1>
<p>It is now at <a href="${to}">${absoluteUrl(site.config, redirect.to)}</a>.</p>
</main>
</body>
</html>`}\n`;
}
