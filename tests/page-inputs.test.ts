// A page reused from an earlier build is right only if its reuse key covers everything it shows. Each
// paginated template declares what it reads of which entries (`export const inputs`); this renders every
// page of every template over entries that record each field read, and fails on a read the page's
// declaration does not cover (a template that starts showing another field must declare it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Entry } from "../src/entry";
import { loadEntries } from "../src/pipeline";
import { siteConfig } from "../src/settings/config";
import type { PageInputs } from "../src/site/page-inputs";
import { onePage } from "../src/site/render-plan";
import { buildSiteData, type SiteData } from "../src/site/site-data";
import { ROOT } from "./support/build";

type Pagination = { data: string; alias: string; before?: (items: unknown[], data: { site: SiteData }) => unknown[] };
type TemplateModule = {
  data?: { pagination?: Pagination };
  inputs?: (item: any, site: SiteData) => PageInputs;
  render: (data: Record<string, unknown>) => string | Promise<string>;
};

/** Site data over entries that log, while `reads` is set, each field read of them. */
async function recordingSite(contentDir: string) {
  const loaded = await loadEntries(contentDir);
  let reads: Array<{ entry: Entry; field: string }> | null = null;
  const targets = new WeakMap<object, Entry>();
  const entries = loaded.entries.map((entry) => {
    const proxy = new Proxy(entry, {
      get(target, field, receiver) {
        if (reads && typeof field === "string") reads.push({ entry: target, field });
        return Reflect.get(target, field, receiver);
      },
    });
    targets.set(proxy, entry);
    return proxy;
  });
  const { site } = buildSiteData({ ...loaded, entries }, siteConfig({ contentDir }));
  return {
    site,
    targetOf: (e: Entry) => targets.get(e) ?? e,
    record<T>(work: () => T): { result: T; reads: Array<{ entry: Entry; field: string }> } {
      reads = [];
      try {
        const result = work();
        return { result, reads };
      } finally {
        reads = null;
      }
    },
  };
}

/** Every read of an entry's field, on every page of `mod`, that the page's declared inputs do not cover. */
async function undeclaredReads(name: string, mod: TemplateModule, recording: Awaited<ReturnType<typeof recordingSite>>): Promise<string[]> {
  const pagination = mod.data?.pagination;
  if (!pagination) return []; // rendered on every build: nothing of it is reused
  if (!mod.inputs) return [`${name}: its pages are reused, but it declares no inputs`];
  const { site, targetOf } = recording;
  const list = pagination.data.split(".").slice(1).reduce((value: any, key) => value[key], site) as unknown[];
  const items = pagination.before ? pagination.before(list, { site }) : list;
  const problems: string[] = [];
  for (const [n, item] of items.entries()) {
    const declared = mod.inputs(item, site);
    // A new settings object each time: fragments kept per entry and settings are rendered again, and read again.
    const pageSite = { ...site, config: { ...site.config } };
    const { result, reads } = recording.record(() => mod.render({ site: pageSite, [pagination.alias]: item }));
    await result;
    for (const { entry, field } of reads) {
      const covered = declared.entries.some((group) => (group.fields as string[]).includes(field) && group.of.some((e) => e !== undefined && targetOf(e) === entry));
      if (!covered) problems.push(`${name}, page ${n + 1}: reads "${field}" of ${entry.source}, which its inputs do not declare`);
    }
  }
  return [...new Set(problems)];
}

const recording = recordingSite(path.join(ROOT, "tests/corpus"));

test("every template that reuses pages declares every field its pages read", async () => {
  const dir = path.join(ROOT, "templates");
  const names = (await readdir(dir)).filter((f) => f.endsWith(".11ty.ts")).sort();
  const problems: string[] = [];
  let checked = 0;
  for (const name of names) {
    const mod = (await import(pathToFileURL(path.join(dir, name)).href)) as TemplateModule;
    if (mod.data?.pagination) checked++;
    problems.push(...(await undeclaredReads(name, mod, await recording)));
  }
  assert.ok(checked >= 8, `paginated templates were found (${checked})`);
  assert.deepEqual(problems, []);
});

test("a page that reads a field it does not declare is caught", async () => {
  const inputs = (site: SiteData): PageInputs => ({ entries: [{ fields: ["url", "title"], of: site.entries }] });
  const sloppy: TemplateModule = {
    data: { pagination: onePage("/sloppy/", inputs) as Pagination },
    inputs,
    render: ({ site }) => (site as SiteData).entries.map((e) => `${e.title} ${e.summary}`).join("\n"),
  };
  const problems = await undeclaredReads("sloppy", sloppy, await recording);
  assert.ok(problems.length > 0 && problems.every((p) => p.includes('reads "summary"')), problems.join("\n"));
  assert.deepEqual(await undeclaredReads("undeclared", { ...sloppy, inputs: undefined }, await recording), ["undeclared: its pages are reused, but it declares no inputs"]);
});
