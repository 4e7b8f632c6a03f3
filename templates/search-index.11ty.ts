import { buildSearchPayload } from "../src/search/build-index";
import { href } from "../src/site/config";
import type { SiteData } from "../src/site/site-data";

export const data = { permalink: "/search/index.json" };

export function render({ site }: { site: SiteData }): string {
  return JSON.stringify(buildSearchPayload(site.entries, (path) => href(site.config, path)));
}
