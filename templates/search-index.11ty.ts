import { searchFilesFor } from "../src/search/build-index";
import type { SiteData } from "../src/site/site-data";

export const data = { permalink: "/search/index.json" };

/** The search manifest: shard boundaries and the facet table, the first file a search reads. */
export function render({ site }: { site: SiteData }): string {
  return JSON.stringify(searchFilesFor(site.entries, site.config).manifest);
}
