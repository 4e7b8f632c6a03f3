import { jsonFeed, feedEntries, FEED_FIELDS } from "../src/site/feeds";
import type { PageInputs } from "../src/site/page-inputs";
import { onePage } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

/** The newest articles, as feeds show them. */
export const inputs = (site: SiteData): PageInputs => ({ entries: [{ fields: FEED_FIELDS, of: feedEntries(site.entries) }] });

export const data = {
  pagination: onePage("/feed.json", inputs),
  permalink: "/feed.json",
  eleventyExcludeFromCollections: true,
};

export function render({ site }: { site: SiteData }): string {
  return jsonFeed(site.config, feedEntries(site.entries));
}
