import type { SiteConfig } from "../settings/config";
import { absoluteUrl, href } from "../settings/config";
import { html, type SafeHtml } from "./html";
import { shareTags, type ShareMeta } from "./share-meta";

// No inline script or style anywhere: the policy below forbids them, so injected markup cannot run.
// Images come from the site itself, and from exactly the hosts the settings allow (none by default).
const csp = (config: SiteConfig) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src ${["'self'", "data:", ...config.remoteImageHosts].join(" ")}; font-src 'self'; ` +
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
  /** Site-relative paths of the neighbouring pages of a paginated list. */
  prev?: string;
  next?: string;
  /** What link previews and search engines are told of the page (default: a plain web page). */
  share?: ShareMeta;
}

const NAV: Array<[path: string, label: string]> = [
  ["/", "Articles"],
  ["/companies/", "Companies"],
  ["/cities/", "Cities"],
  ["/figures/", "Figures"],
  ["/timeline/", "Timeline"],
  ["/map/", "Map"],
  ["/search/", "Search"],
];

export function page({ config, title, description, path, content, scripts = [], prev, next, share }: PageOptions): string {
  const link = (p: string) => href(config, p);
  const fullTitle = title === config.title ? title : `${title} · ${config.title}`;
  return `<!DOCTYPE html>\n${html`<html lang="${config.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp(config)}">
<title>${fullTitle}</title>
${description ? html`<meta name="description" content="${description}">` : ""}
<link rel="canonical" href="${absoluteUrl(config, path)}">
${shareTags(config, { title, description, path }, share)}
${prev ? html`<link rel="prev" href="${link(prev)}">` : ""}
${next ? html`<link rel="next" href="${link(next)}">` : ""}
<link rel="alternate" type="application/atom+xml" title="${config.title} (Atom)" href="${link("/feed.xml")}">
<link rel="alternate" type="application/feed+json" title="${config.title} (JSON Feed)" href="${link("/feed.json")}">
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
      ${NAV.map(([p, label]) => html`<li><a href="${link(p)}"${p === path ? html` aria-current="page"` : ""}>${label}</a></li>`)}
    </ul>
  </nav>
  <form class="site-search" role="search" aria-label="Site search" action="${link("/search/")}" method="get">
    <label for="site-search-q" class="visually-hidden">Search articles</label>
    <input id="site-search-q" type="search" name="q" placeholder="Company, city, partner…">
    <button type="submit">Search</button>
  </form>
</header>
<main id="main">
${content}
</main>
<footer class="site-footer">
  <p class="print-only">From ${config.title}: ${absoluteUrl(config, path)}</p>
  <p>${config.title}: electric-vehicle industry news with every fact traced to its sentence.</p>
  <ul class="footer-links">
    <li><a href="${link("/countries/")}">Countries</a></li>
    <li><a href="${link("/partners/")}">Partners</a></li>
    <li><a href="${link("/feed.xml")}">Atom feed</a></li>
    <li><a href="${link("/feed.json")}">JSON Feed</a></li>
    <li><a href="${link("/entries.json")}">Open data (entries.json)</a></li>
    <li><a href="${link("/report/")}">Build report</a></li>
  </ul>
</footer>
</body>
</html>`}\n`;
}
