import type { Entry } from "../entry";
import type { SiteConfig } from "../settings/config";
import { listPageUrl } from "./pagination";

/** Site-relative URL of home page `n` (0-based): the first is "/", later ones "/page/2/", "/page/3/", ... */
export const homePageUrl = (n: number): string => listPageUrl("/", n);

/** The home page an entry is listed on, for links from the timeline into the list. */
export function homePageOf(config: SiteConfig, entries: Entry[], entry: Entry): string {
  return homePageUrl(Math.floor(entries.indexOf(entry) / config.homePageSize));
}
