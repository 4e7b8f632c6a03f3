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
 * Each template's pages are planned once, when its pagination first runs in the build: the pages to render
 * are numbered in the order templates plan them (`planned` so far), page n going to pass ⌊n / perPass⌋ + 1,
 * and `plans` keeps, per template, which of its items those are. A later pass hands each template only its
 * own items for that pass: the work of a pass does not grow with the archive's other pages.
 */
let current: {
  output: string;
  pending: Fingerprints;
  previous?: PreviousSite;
  perPass: number;
  pass: number;
  planned: number;
  plans: Map<string, TemplatePlan>;
} | null = null;

/** Of one template's items, the indices of those whose page is rendered, and the build's number for the first of them. */
type TemplatePlan = { picked: number[]; first: number };

/**
 * A build into `output` starts: pages are compared with what the last finished build there wrote and
 * with the pages of the `previous` site it replaces, and rendered `perPass` at a time.
 */
export function beginBuild(output: string, previous?: PreviousSite, perPass = Infinity): void {
  // A build that never finished may have written some of its pages: what its folder holds is unknown.
  if (current) written.delete(current.output);
  current = { output, pending: new Map(), previous, perPass, pass: 1, planned: 0, plans: new Map() };
}

/** Whether pages are planned for a later pass: the build goes on with another pass (`beginPass`). */
export function pagesLeft(): boolean {
  return current !== null && current.planned > passStart(current, current.pass + 1);
}

/** How many passes the current build has planned after the one in progress. */
export function passesLeft(): number {
  if (!current || !pagesLeft()) return 0;
  return Math.ceil(current.planned / current.perPass) - current.pass;
}

/** The next pass of the current build starts. */
export function beginPass(): void {
  if (current) current.pass++;
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

/** The build's number for the first page of `pass` (passes of `perPass` pages, which may be Infinity: one pass). */
function passStart(build: NonNullable<typeof current>, pass: number): number {
  return pass === 1 ? 0 : (pass - 1) * build.perPass;
}

/**
 * Whether the page at `url`, made from inputs summed up by `fingerprint`, must be rendered: it is not when
 * this process last wrote the same to the build's folder, nor when the site being replaced has it (taken from there).
 */
function mustRender(build: NonNullable<typeof current>, url: string, fingerprint: string): boolean {
  build.pending.set(url, fingerprint);
  const upToDate = written.get(build.output)?.get(url) === fingerprint;
  if (upToDate) return false;
  if (build.previous?.pages.get(url) !== fingerprint) return true;
  build.previous.take(url);
  return false;
}

/**
 * The items of `template` (a name unique among templates; `count` items, the i-th made by `itemAt(i)`) whose
 * page this pass renders; `fingerprint` sums up what an item's page is made from. Outside a build started
 * with `beginBuild` (a bare Eleventy run, tests) every page is rendered.
 */
function plannedPages<T>(template: string, count: number, itemAt: (i: number) => T, url: (item: T) => string, fingerprint: (item: T, url: string) => string): T[] {
  const build = current;
  if (!build) return Array.from({ length: count }, (_, i) => itemAt(i));
  let plan = build.plans.get(template);
  if (!plan) {
    const picked: number[] = [];
    for (let i = 0; i < count; i++) {
      const item = itemAt(i);
      const at = url(item);
      if (mustRender(build, at, fingerprint(item, at))) picked.push(i);
    }
    // A template first met after the first pass (none is, today) starts in the current pass, not in one already written.
    const first = Math.max(build.planned, passStart(build, build.pass));
    plan = { picked, first };
    build.plans.set(template, plan);
    build.planned = first + picked.length;
  }
  const from = Math.max(0, passStart(build, build.pass) - plan.first);
  const to = Math.min(plan.picked.length, passStart(build, build.pass + 1) - plan.first);
  return plan.picked.slice(from, Math.max(from, to)).map(itemAt);
}

/**
 * Of the `count` items of `template` (a name unique among templates, such as its pagination's data; the i-th
 * item made by `itemAt(i)`, so that a pass makes only its own), those whose page this pass renders; `inputs`
 * is the template's declaration.
 */
export function pagesAmong<T>(template: string, count: number, itemAt: (i: number) => T, url: (item: T) => string, inputs: (item: T) => PageInputs): T[] {
  return plannedPages(template, count, itemAt, url, (item, at) => fingerprintAt(at, inputs(item)));
}

/** `pagesAmong` a list of items. */
export function pagesToRender<T>(template: string, items: T[], url: (item: T) => string, inputs: (item: T) => PageInputs): T[] {
  return pagesAmong(template, items.length, (i) => items[i], url, inputs);
}

/**
 * Eleventy data for a template that writes one page per item of a list in the site data (`list`, such as
 * "site.lists.termPages"), at the item's URL: the pages whose declared inputs changed are rendered.
 */
export function pagePerItem<T>(list: string, url: (item: T) => string, inputs: (item: T) => PageInputs) {
  return {
    pagination: { data: list, size: 1, alias: "item", before: (items: T[]): T[] => pagesToRender(list, items, url, inputs) },
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
    before: (_: unknown, { site }: { site: Site }) => plannedPages(url, 1, () => site, () => url, () => fingerprintOf(inputs(site, site))),
  };
}

/** A text of an index of terms for `PageInputs.other`: each term's name and article count. */
export function termCounts(terms: ReadonlyArray<{ name: string; entries: unknown[] }>): string {
  return terms.map((t) => `${t.name}:${t.entries.length}`).join("|");
}
