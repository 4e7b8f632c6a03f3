import { buildReport } from "../src/report/build-report";
import type { SiteData } from "../src/site/site-data";

export const data = { permalink: "/report.json" };

/** The build report as data: what was skipped or published with problems, and why. */
export function render({ site }: { site: SiteData }): string {
  return JSON.stringify(buildReport(site.entries, site.warnings), null, 2) + "\n";
}
