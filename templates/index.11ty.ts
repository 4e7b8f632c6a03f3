import { entryList } from "../src/site/components";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { SiteData } from "../src/site/site-data";

export const data = { permalink: "/index.html" };

export function render({ site }: { site: SiteData }): string {
  const { config, entries } = site;
  return page({
    config,
    title: config.title,
    description: "Electric-vehicle industry news, newest first, with dates, companies, places, partners and figures.",
    path: "/",
    content: html`<h1>Articles</h1>
<p>${entries.length} ${entries.length === 1 ? "article" : "articles"}, newest first. Dates show only what the article states.</p>
${entryList(config, entries)}`,
  });
}
