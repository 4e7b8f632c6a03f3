import { jsonFeed, feedEntries } from "../src/site/feeds";
import { entriesFingerprint, onePage } from "../src/site/render-plan";
import { SITE_DESCRIPTION, type SiteData } from "../src/site/site-data";

export const data = {
  pagination: onePage("/feed.json", (site: SiteData) => entriesFingerprint(site.listingVersions, feedEntries(site.entries))),
  permalink: "/feed.json",
  eleventyExcludeFromCollections: true,
};

export function render({ site }: { site: SiteData }): string {
  return jsonFeed(site.config, feedEntries(site.entries), SITE_DESCRIPTION);
}
