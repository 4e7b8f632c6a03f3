import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { PageInputs } from "../src/site/page-inputs";
import { onePage } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";
import { buildTimeline, TIMELINE_FIELDS, timelineList, timelineSvg } from "../src/site/timeline";

/** Each article's date, and where it is listed on the home pages. */
export const inputs = (site: SiteData): PageInputs => ({ entries: [{ fields: TIMELINE_FIELDS, of: site.entries }] });

export const data = {
  pagination: onePage("/timeline/", inputs),
  permalink: "/timeline/index.html",
};

export function render({ site }: { site: SiteData }): string {
  const { config, entries } = site;
  const timeline = buildTimeline(entries);
  const dated = entries.length - timeline.undatedCount;
  return page({
    config,
    title: "Timeline",
    description: "When the archive's articles were published: articles per month and year.",
    path: "/timeline/",
    content: html`<h1>Timeline</h1>
<p>${dated} of ${entries.length} articles state their year${timeline.undatedCount ? html`; the other ${timeline.undatedCount} are counted at the end` : ""}. Bars show articles per month; the column marked “?” holds articles whose month is not stated.</p>
${timeline.years.length ? html`<figure class="chart">${timelineSvg(config, timeline)}</figure>` : ""}
<h2>Articles by year and month</h2>
${entries.length ? timelineList(config, entries, timeline) : html`<p>No articles yet.</p>`}`,
  });
}
