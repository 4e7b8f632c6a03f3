import { entriesExport } from "../src/site/entries-export";
import type { SiteData } from "../src/site/site-data";

export const data = { permalink: "/entries.json" };

/** The open-data export: every entry, exactly as the Entry type defines it. */
export function render({ site }: { site: SiteData }): string {
  return entriesExport(site);
}
