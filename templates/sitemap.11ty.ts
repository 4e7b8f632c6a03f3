import { absoluteUrl } from "../src/settings/config";
import { html } from "../src/site/html";
import { firstPassOnly } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

// The archive's one-of-a-kind pages; the paginated ones (home, articles, taxonomies, terms, dates, figures) come from the site data.
// (Not from Eleventy's collections: a watching rebuild renders only the pages that changed.)
const SINGLE_PAGES = ["/figures/", "/map/", "/timeline/", "/search/", "/report/"];

export const data = { permalink: firstPassOnly("/sitemap.xml"), eleventyExcludeFromCollections: true };

/** Every HTML page of the site but the 404 page. */
export function render({ site }: { site: SiteData }): string {
  const urls = [
    ...site.homePages.map((p) => p.url),
    ...site.entries.map((e) => e.url),
    ...site.taxonomies.map((t) => t.url),
    ...site.lists.termPages.map((p) => p.page.url),
    ...site.lists.pairPages.map((p) => p.page.url),
    ...site.lists.years.map((y) => y.url),
    ...site.lists.monthPages.map((p) => p.page.url),
    ...site.lists.figureKindPages.map((p) => p.page.url),
    ...SINGLE_PAGES,
  ]
    .map((url) => absoluteUrl(site.config, url))
    .sort();
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => html`<url><loc>${url}</loc></url>\n`)}</urlset>`}\n`;
}
