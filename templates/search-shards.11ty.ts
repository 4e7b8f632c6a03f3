import { searchFilesFor } from "../src/search/build-index";
import type { Shard } from "../src/search/shards";
import type { Entry } from "../src/entry";
import type { SiteData } from "../src/site/site-data";

type Item = { number: number; shard: Shard };

/** One file per index shard (`/search/shards/<n>.json`), lunr's postings and weights for one range of terms. */
export const data = {
  pagination: {
    data: "site.entries",
    size: 1,
    alias: "item",
    addAllPagesToCollections: false,
    // The shards are derived from all entries, so the list to paginate over is computed here.
    before: (entries: Entry[], { site }: { site: SiteData }): Item[] =>
      searchFilesFor(entries, site.config).shards.map((shard, number) => ({ number, shard })),
  },
  permalink: ({ item }: { item: Item }) => `/search/shards/${item.number}.json`,
};

export function render({ item }: { item: Item }): string {
  return JSON.stringify(item.shard);
}
