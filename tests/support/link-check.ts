// A small offline link checker: crawls a served site from its root, following every same-site
// href, src and form action, and reports targets that do not load and #fragments that no id matches.

export type BrokenLink = { page: string; link: string; reason: string };
export type CrawlResult = { pages: Set<string>; checked: Set<string>; broken: BrokenLink[] };

// Our templates always quote attributes with double quotes, so a pattern is enough to find them.
const LINK_ATTRIBUTE = /\s(?:href|src|action)="([^"]*)"/g;
const ID_ATTRIBUTE = /\sid="([^"]*)"/g;

const decode = (value: string) => value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

export function linksIn(html: string): string[] {
  return [...html.matchAll(LINK_ATTRIBUTE)].map((m) => decode(m[1]));
}

/**
 * Crawl from `start` (a served folder URL ending in "/") and from `alsoFrom` (pages nothing links to, such
 * as 404.html); links outside the folder count as broken, other hosts are skipped.
 */
export async function crawl(start: string, alsoFrom: string[] = []): Promise<CrawlResult> {
  const root = new URL(start);
  const pages = new Set<string>();
  const checked = new Set<string>();
  const broken: BrokenLink[] = [];
  const idsOf = new Map<string, Set<string>>();
  const fragments: Array<{ page: string; link: string; target: string; id: string }> = [];
  const queue = [root.href, ...alsoFrom.map((p) => new URL(p, root).href)].map((url) => ({ url, from: "(start)" }));

  while (queue.length) {
    const { url, from } = queue.shift()!;
    if (checked.has(url)) continue;
    checked.add(url);
    const response = await fetch(url);
    const body = await response.text();
    if (!response.ok) {
      broken.push({ page: from, link: url, reason: `HTTP ${response.status}` });
      continue;
    }
    if (!(response.headers.get("content-type") ?? "").startsWith("text/html")) continue;
    pages.add(url);
    idsOf.set(url, new Set([...body.matchAll(ID_ATTRIBUTE)].map((m) => decode(m[1]))));
    for (const link of linksIn(body)) {
      const target = new URL(link, url);
      if (target.origin !== root.origin) continue; // another host: not ours to check, and the tests forbid loading them
      if (!target.pathname.startsWith(root.pathname)) {
        broken.push({ page: url, link, reason: `outside the site's folder ${root.pathname}` });
        continue;
      }
      const id = decodeURIComponent(target.hash.slice(1));
      target.hash = "";
      target.search = "";
      if (id) fragments.push({ page: url, link, target: target.href, id });
      queue.push({ url: target.href, from: url });
    }
  }
  for (const f of fragments) {
    const ids = idsOf.get(f.target);
    if (ids && !ids.has(f.id)) broken.push({ page: f.page, link: f.link, reason: `no element with id "${f.id}"` });
  }
  return { pages, checked, broken };
}
