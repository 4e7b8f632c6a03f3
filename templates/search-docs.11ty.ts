import { searchFilesFor, type StoredDoc } from "../src/search/build-index";
import type { Entry } from "../src/entry";
import type { SiteData } from "../src/site/site-data";

type Item = { ref: number; doc: StoredDoc };

/** One small file per article (`/search/docs/<ref>.json`) with what its search result shows. */
export const data = {
  pagination: {
    data: "site.entries",
    size: 1,
    alias: "item",
    addAllPagesToCollections: false,
    before: (entries: Entry[], { site }: { site: SiteData }): Item[] =>
      searchFilesFor(entries, site.config).docs.map((doc, ref) => ({ ref, doc })),
  },
  permalink: ({ item }: { item: Item }) => `/search/docs/${item.ref}.json`,
};

export function render({ item }: { item: Item }): string {
  return JSON.stringify(item.doc);
}
