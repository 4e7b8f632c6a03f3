import { searchFilesFor } from "../src/search/build-index";
import type { SiteData } from "../src/site/site-data";

export const data = { permalink: "/search/facets.json" };

/** Company, city and year of every article, for the facets that narrow search results. */
export function render({ site }: { site: SiteData }): string {
  return JSON.stringify(searchFilesFor(site.entries, site.config).facets);
}
