import { firstPassOnly } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

export const data = { permalink: firstPassOnly("/report.json") };

/** The build report as data: what was skipped or published with problems, and why. */
export function render({ site }: { site: SiteData }): string {
  return JSON.stringify(site.report, null, 2) + "\n";
}
