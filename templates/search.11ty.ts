import { termIndex } from "../src/site/components";
import { href } from "../src/site/config";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { SiteData } from "../src/site/site-data";

export const data = { permalink: "/search/index.html" };

export function render({ site }: { site: SiteData }): string {
  const { config } = site;
  return page({
    config,
    title: "Search",
    path: "/search/",
    scripts: ["/assets/search.js"],
    content: html`<h1>Search the archive</h1>
<form id="search-form" role="search" action="${href(config, "/search/")}" method="get" data-search-index="${href(config, "/search/index.json")}">
  <label for="search-q">Company, city, partner or any word</label>
  <input id="search-q" type="search" name="q" autocomplete="off">
  <button type="submit">Search</button>
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="entry-list"></ol>
<noscript><p>Search needs JavaScript. Every article is also reachable from the lists below.</p></noscript>
<section class="browse-lists" aria-label="Browse instead">
  <h2>Companies</h2>
  ${termIndex(config, site.companies)}
  <h2>Cities</h2>
  ${termIndex(config, site.cities)}
</section>`,
  });
}
