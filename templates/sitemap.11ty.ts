import { absoluteUrl } from "../src/site/config";
import { html } from "../src/site/html";
import type { SiteData } from "../src/site/site-data";

type CollectionItem = { url: string | false; outputPath: string | false };

// Every HTML page Eleventy writes is in collections.all (paginated templates add all their pages);
// feeds, JSON, robots.txt and the 404 page exclude themselves.
export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export function render({ site, collections }: { site: SiteData; collections: { all: CollectionItem[] } }): string {
  const urls = collections.all
    .filter((item) => typeof item.url === "string" && typeof item.outputPath === "string" && item.outputPath.endsWith(".html"))
    .map((item) => absoluteUrl(site.config, item.url as string))
    .sort();
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => html`<url><loc>${url}</loc></url>\n`)}</urlset>`}\n`;
}
