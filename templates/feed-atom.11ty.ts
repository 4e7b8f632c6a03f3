import { atomFeed } from "../src/site/feeds";
import { SITE_DESCRIPTION, type SiteData } from "../src/site/site-data";

export const data = { permalink: "/feed.xml", eleventyExcludeFromCollections: true };

export function render({ site }: { site: SiteData }): string {
  return atomFeed(site.config, site.entries, SITE_DESCRIPTION);
}
