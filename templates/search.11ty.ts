import { termIndex } from "../src/site/components";
import { href } from "../src/settings/config";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { PageInputs } from "../src/site/page-inputs";
import { onePage, termCounts } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

/** Besides the form, the page lists the companies and cities with their counts. */
export const inputs = (site: SiteData): PageInputs => ({ entries: [], other: `${termCounts(site.companies)} ${termCounts(site.cities)}` });

export const data = {
  pagination: onePage("/search/", inputs),
  permalink: "/search/index.html",
};

// The client (src/search/client.ts) fills the status, facets and results; without JavaScript the
// form still submits and the company and city lists below keep every article reachable.
export function render({ site }: { site: SiteData }): string {
  const { config } = site;
  return page({
    config,
    title: "Search",
    description: "Search the archive by company, city, partner or any word.",
    path: "/search/",
    scripts: ["/assets/search.js"],
    content: html`<h1>Search the archive</h1>
<form id="search-form" class="search-form" role="search" action="${href(config, "/search/")}" method="get" data-search-base="${href(config, "/search/")}">
  <label for="search-q">Company, city, partner or any word</label>
  <div class="search-box">
    <input id="search-q" type="search" name="q" autocomplete="off" aria-describedby="search-help">
    <button type="submit">Search</button>
  </div>
  <p id="search-help" class="search-help">Try <kbd>company:nio</kbd>, <kbd>city:hefei</kbd> or <kbd>partner:lingang</kbd>; <kbd>-nio</kbd> or <kbd>NOT nio</kbd> leaves out articles that name NIO. Beginnings of words and small typos are found too. Results follow your typing.</p>
</form>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<div class="search-layout">
  <aside id="search-facets" class="search-facets" aria-label="Narrow the results" hidden></aside>
  <div class="search-main">
    <ol id="search-results" class="entry-list search-results"></ol>
    <button id="search-more" class="search-more" type="button" hidden>Show more results</button>
    <p id="search-empty" class="search-empty" hidden>Nothing matched. Try a <a href="${href(config, "/companies/")}">company page</a> or a <a href="${href(config, "/cities/")}">city page</a>, or pick from the lists below.</p>
  </div>
</div>
<noscript><p>Search needs JavaScript. Every article is also reachable from the lists below.</p></noscript>
<section class="browse-lists" aria-label="Browse instead">
  <h2>Companies</h2>
  ${termIndex(config, site.companies)}
  <h2>Cities</h2>
  ${termIndex(config, site.cities)}
</section>`,
  });
}
