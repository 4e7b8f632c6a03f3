// Which pages a build renders. A watching process (`npm start`) rebuilds after every saved file, and
// most of ten thousand pages show nothing that changed: each paginated template keeps only the pages
// whose inputs (the versions of the entries they show) differ from what this process last wrote to the
// same folder. A new process, a new output folder or a changed template renders everything.

/** Page URL → what it was rendered from. */
type Fingerprints = Map<string, string>;

const written = new Map<string, Fingerprints>();
let current: { output: string; pending: Fingerprints } | null = null;

/** A build into `output` starts: pages are compared with what the last finished build there wrote. */
export function beginBuild(output: string): void {
  // A build that never finished may have written some of its pages: what its folder holds is unknown.
  if (current) written.delete(current.output);
  current = { output, pending: new Map() };
}

/** The build finished writing: its pages are what the folder now holds. */
export function finishBuild(): void {
  if (!current) return;
  const previous = written.get(current.output) ?? new Map();
  for (const [url, fingerprint] of current.pending) previous.set(url, fingerprint);
  written.set(current.output, previous);
  current = null;
}

/** Something other than the content changed (a template, the code): the next build renders every page. */
export function forgetWrittenPages(): void {
  written.clear();
}

/**
 * Whether the page at `url`, made from inputs summed up by `fingerprint`, must be rendered in this build.
 * Outside a build started with `beginBuild` (a bare Eleventy run, tests) every page is.
 */
export function needsRendering(url: string, fingerprint: string): boolean {
  if (!current) return true;
  current.pending.set(url, fingerprint);
  return written.get(current.output)?.get(url) !== fingerprint;
}

/** Keep only the items whose page must be rendered in this build. */
export function pagesToRender<T>(items: T[], url: (item: T) => string, fingerprint: (item: T) => string): T[] {
  return items.filter((item) => needsRendering(url(item), fingerprint(item)));
}

/** A fingerprint of pages that show `entries`: their versions in order (`versions` maps entry URL → version). */
export function entriesFingerprint(versions: Readonly<Record<string, string>>, entries: ReadonlyArray<{ url: string } | undefined>): string {
  return entries.map((e) => (e ? versions[e.url] : "-")).join("|");
}

/**
 * Pagination for a template that writes one page: that page when its fingerprint (computed from the
 * site data) changed since this process last wrote it, none otherwise.
 */
export function onePage<Site>(url: string, fingerprint: (site: Site) => string) {
  return {
    data: "site.homePages", // any list: the one item is the site data itself
    size: 1,
    alias: "onePage",
    before: (_: unknown, { site }: { site: Site }) => (needsRendering(url, fingerprint(site)) ? [site] : []),
  };
}

/** A fingerprint of an index of terms: each term's name and article count. */
export function termCounts(terms: ReadonlyArray<{ name: string; entries: unknown[] }>): string {
  return terms.map((t) => `${t.name}:${t.entries.length}`).join("|");
}
