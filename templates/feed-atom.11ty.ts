import { atomFeed, feedEntries, FEED_FIELDS } from "../src/site/feeds";
import type { PageInputs } from "../src/site/page-inputs";
import { onePage } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

/** The newest articles, as feeds show them, and when the archive first published each (Atom's timestamps). */
export const inputs = (site: SiteData): PageInputs => ({
  entries: [{ fields: FEED_FIELDS, of: feedEntries(site.entries) }],
  other: feedEntries(site.entries).map((e) => site.firstPublished[e.url]).join(),
});

export const data = {
  pagination: onePage("/feed.xml", inputs),
  permalink: "/feed.xml",
  eleventyExcludeFromCollections: true,
};

export function render({ site }: { site: SiteData }): string {
  return atomFeed(site.config, feedEntries(site.entries), site.firstPublished);
}
