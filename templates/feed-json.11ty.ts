import { jsonFeed } from "../src/site/feeds";
import { SITE_DESCRIPTION, type SiteData } from "../src/site/site-data";

export const data = { permalink: "/feed.json", eleventyExcludeFromCollections: true };

export function render({ site }: { site: SiteData }): string {
  return jsonFeed(site.config, site.entries, SITE_DESCRIPTION);
}
