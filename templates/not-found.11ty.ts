import { href } from "../src/settings/config";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { PageInputs } from "../src/site/page-inputs";
import { onePage } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

// Static hosts serve /404.html for missing pages at any depth, so every link here is prefix-absolute.
// It shows nothing of the content: written again only when the code may have changed.
/** Nothing of the archive. */
export const inputs = (): PageInputs => ({ entries: [] });

export const data = { pagination: onePage("/404.html", inputs), permalink: "/404.html", eleventyExcludeFromCollections: true };

export function render({ site }: { site: SiteData }): string {
  const { config } = site;
  return page({
    config,
    title: "Page not found",
    path: "/404.html",
    content: html`<h1>Page not found</h1>
<p>There is no page at this address. It may have moved when the archive was rebuilt.</p>
<ul>
  <li><a href="${href(config, "/")}">All articles, newest first</a></li>
  <li><a href="${href(config, "/search/")}">Search the archive</a></li>
  <li><a href="${href(config, "/companies/")}">Companies</a> and <a href="${href(config, "/cities/")}">cities</a></li>
</ul>`,
  });
}
