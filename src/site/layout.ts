import type { SiteConfig } from "./config";
import { href } from "./config";
import { html, type SafeHtml } from "./html";

// No inline script or style anywhere: the policy below forbids them, so injected markup cannot run.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

export interface PageOptions {
  config: SiteConfig;
  title: string;
  description?: string;
  /** Site-relative path of this page, for the canonical link. */
  path: string;
  content: SafeHtml;
  /** Site-relative paths of scripts this page loads (deferred modules). */
  scripts?: string[];
}

export function page({ config, title, description, path, content, scripts = [] }: PageOptions): string {
  const link = (p: string) => href(config, p);
  const fullTitle = title === config.title ? title : `${title} · ${config.title}`;
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${fullTitle}</title>
${description ? html`<meta name="description" content="${description}">` : ""}
<link rel="canonical" href="${config.baseUrl + link(path)}">
<link rel="stylesheet" href="${link("/assets/style.css")}">
<link rel="icon" href="${link("/assets/icon.svg")}" type="image/svg+xml">
${scripts.map((s) => html`<script type="module" src="${link(s)}"></script>`)}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="site-title" href="${link("/")}">${config.title}</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="${link("/")}">Articles</a></li>
      <li><a href="${link("/companies/")}">Companies</a></li>
      <li><a href="${link("/cities/")}">Cities</a></li>
      <li><a href="${link("/search/")}">Search</a></li>
    </ul>
  </nav>
  <form class="site-search" role="search" action="${link("/search/")}" method="get">
    <label for="site-search-q" class="visually-hidden">Search articles</label>
    <input id="site-search-q" type="search" name="q" placeholder="Company, city, partner…">
    <button type="submit">Search</button>
  </form>
</header>
<main id="main">
${content}
</main>
<footer class="site-footer">
  <p>${config.title}: electric-vehicle industry news with every fact traced to its sentence. <a href="${link("/entries.json")}">Open data (entries.json)</a></p>
</footer>
</body>
</html>`}\n`;
}
