import { absoluteUrl } from "../src/settings/config";
import { firstPassOnly } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

export const data = { permalink: firstPassOnly("/robots.txt"), eleventyExcludeFromCollections: true };

export function render({ site }: { site: SiteData }): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site.config, "/sitemap.xml")}\n`;
}
