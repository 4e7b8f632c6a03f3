// Which pages a build renders. Most of ten thousand pages show nothing that changed since the last
// build: each paginated template keeps only the pages whose inputs (as the template declares them:
// src/site/page-inputs.ts) differ from what this process last wrote to the same folder (a watching `npm start` rebuilding
// after every saved file), or from what the site this build replaces was made from (`npm run build`
// again: those pages are taken from it, src/output/previous-site.ts). A changed template renders everything.
import { fingerprintAt, fingerprintOf, type PageInputs } from "./page-inputs";

/** Page URL → what it was rendered from. */
export type Fingerprints = Map<string, string>;

const written = new Map<string, Fingerprints>();
/** The pages of the site a build replaces, and what to do with one of them that comes out the same. */
export type PreviousSite = { pages: Fingerprints; take(url: string): void };

/**
 * The build in progress. Its pages are rendered in passes of at most `perPass` pages: Eleventy holds every
 * page it renders in a run until the run ends, so a run per pass bounds the memory of a large archive.
 * `done`: pages rendered in an earlier pass or not to be rendered at all; `chosen`: this pass's pages;
 * `deferred`: pages left for a later pass.
 */
let current: {
  output: string;
  pending: Fingerprints;
  previous?: PreviousSite;
  perPass: number;
  pass: number;
  done: Set<string>;
  chosen: Set<string>;
  deferred: Set<string>;
} | null = null;

/**
 * A build into `output` starts: pages are compared with what the last finished build there wrote and
 * with the pages of the `previous` site it replaces, and rendered `perPass` at a time.
 */
export function beginBuild(output: string, previous?: PreviousSite, perPass = Infinity): void {
  // A build that never finished may have written some of its pages: what its folder holds is unknown.
  if (current) written.delete(current.output);
  current = { output, pending: new Map(), previous, perPass, pass: 1, done: new Set(), chosen: new Set(), deferred: new Set() };
}

/** Whether the last pass left pages to render: the build goes on with another pass (`beginPass`). */
export function pagesLeft(): boolean {
  return (current?.deferred.size ?? 0) > 0;
}

/** The next pass of the current build starts: the pages the last one rendered are done. */
export function beginPass(): void {
  if (!current) return;
  for (const url of current.chosen) current.done.add(url);
  current.chosen.clear();
  current.deferred.clear();
  current.pass++;
}

/**
 * The permalink of a page made from the whole site data rather than from items (the report, robots.txt):
 * written by the first pass of a build and by every build outside one.
 */
export function firstPassOnly(url: string): () => string | false {
  return () => (!current || current.pass === 1 ? url : false);
}

/** What the pages of the current build were made from (rendered or taken). */
export function currentPages(): Fingerprints {
  return current?.pending ?? new Map();
}

/**
 * The build finished writing: its pages are what the folder now holds. Returns the URLs of the pages the
 * build before wrote to the same folder and this one has not (a term's figures of a kind it no longer
 * has): Eleventy leaves their files, which the caller removes, so that the folder is what a fresh build writes.
 */
export function finishBuild(): string[] {
  if (!current) return [];
  const previous = written.get(current.output) ?? new Map();
  const gone = [...previous.keys()].filter((url) => !current!.pending.has(url));
  for (const url of gone) previous.delete(url);
  for (const [url, fingerprint] of current.pending) previous.set(url, fingerprint);
  written.set(current.output, previous);
  current = null;
  return gone;
}

/** Something other than the content changed (a template, the code): the next build renders every page. */
export function forgetWrittenPages(): void {
  written.clear();
}

/**
 * Whether the page at `url`, made from inputs summed up by `fingerprint` (worked out only when asked), must
 * be rendered in this pass. Outside a build started with `beginBuild` (a bare Eleventy run, tests) every page is.
 */
export function needsRendering(url: string, fingerprint: () => string): boolean {
  if (!current) return true;
  if (current.done.has(url)) return false; // rendered by an earlier pass, or up to date
  if (current.chosen.has(url)) return true;
  // A page an earlier pass left for later was summed up then (the site data does not change between passes).
  const made = current.pending.get(url) ?? fingerprint();
  current.pending.set(url, made);
  const upToDate = written.get(current.output)?.get(url) === made;
  if (upToDate || current.previous?.pages.get(url) === made) {
    if (!upToDate) current.previous!.take(url);
    current.done.add(url);
    return false;
  }
  if (current.chosen.size >= current.perPass) {
    current.deferred.add(url);
    return false;
  }
  current.deferred.delete(url);
  current.chosen.add(url);
  return true;
}

/** Keep only the items whose page must be rendered in this pass; `inputs` is the template's declaration. */
export function pagesToRender<T>(items: T[], url: (item: T) => string, inputs: (item: T) => PageInputs): T[] {
  return items.filter((item) => {
    const at = url(item);
    return needsRendering(at, () => fingerprintAt(at, inputs(item)));
  });
}

/**
 * Eleventy data for a template that writes one page per item of a list in the site data (`list`, such as
 * "site.lists.termPages"), at the item's URL: the pages whose declared inputs changed are rendered.
 */
export function pagePerItem<T>(list: string, url: (item: T) => string, inputs: (item: T) => PageInputs) {
  return {
    pagination: { data: list, size: 1, alias: "item", before: (items: T[]): T[] => pagesToRender(items, url, inputs) },
    permalink: ({ item }: { item: T }) => `${url(item)}index.html`,
  };
}

/**
 * Pagination for a template that writes one page: that page when its inputs (computed from the site data)
 * changed since this process last wrote it, none otherwise.
 */
export function onePage<Site>(url: string, inputs: (site: Site, sameSite: Site) => PageInputs) {
  return {
    data: "site.homePages", // any list: the one item is the site data itself
    size: 1,
    alias: "onePage",
    before: (_: unknown, { site }: { site: Site }) => (needsRendering(url, () => fingerprintOf(inputs(site, site))) ? [site] : []),
  };
}

/** A text of an index of terms for `PageInputs.other`: each term's name and article count. */
export function termCounts(terms: ReadonlyArray<{ name: string; entries: unknown[] }>): string {
  return terms.map((t) => `${t.name}:${t.entries.length}`).join("|");
}
