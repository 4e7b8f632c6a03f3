import { absoluteUrl } from "../src/settings/config";
import { html } from "../src/site/html";
import type { PageInputs } from "../src/site/page-inputs";
import { onePage } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

// The archive's one-of-a-kind pages; the paginated ones (home, articles, taxonomies, terms, dates, figures) come from the site data.
// (Not from Eleventy's collections: a watching rebuild renders only the pages that changed.)
const SINGLE_PAGES = ["/figures/", "/map/", "/timeline/", "/search/", "/report/"];

/** Every HTML page's URL but the articles' and the 404 page's. */
function pageUrls(site: SiteData): string[] {
  return [
    ...site.homePages.map((p) => p.url),
    ...site.taxonomies.map((t) => t.url),
    ...site.lists.termPages.map((p) => p.page.url),
    ...site.lists.pairPages.map((p) => p.page.url),
    ...site.lists.years.map((y) => y.url),
    ...site.lists.monthPages.map((p) => p.page.url),
    ...site.lists.figureKindPages.map((p) => p.page.url),
    ...SINGLE_PAGES,
  ];
}

/** The URLs, where the site is deployed: an article's text changing leaves the sitemap as it was. */
export const inputs = (site: SiteData): PageInputs => ({
  entries: [{ fields: ["url"], of: site.entries }],
  other: `${absoluteUrl(site.config, "/")} ${pageUrls(site).join(" ")}`,
});

export const data = { pagination: onePage("/sitemap.xml", inputs), permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

/** Every HTML page of the site but the 404 page. */
export function render({ site }: { site: SiteData }): string {
  const urls = [...pageUrls(site), ...site.entries.map((e) => e.url)].map((url) => absoluteUrl(site.config, url)).sort();
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => html`<url><loc>${url}</loc></url>\n`)}</urlset>`}\n`;
}
