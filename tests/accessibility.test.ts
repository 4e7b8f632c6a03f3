import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Entry } from "../src/entry";
import { fixtureSite } from "./support/archive-fixture";
import { openSite } from "./support/browser";
import type { StaticServer } from "./support/server";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

type AxeViolation = { id: string; impact: string; nodes: Array<{ target: string[] }> };

let server: StaticServer;
let browser: Browser;
let close: () => Promise<void>;
let pages: string[];

before(async () => {
  const { output } = await fixtureSite();
  const entries: Entry[] = JSON.parse(await readFile(path.join(output, "entries.json"), "utf8"));
  // One page of every kind the site has.
  pages = [
    "",
    "page/2/",
    entries[0].url.slice(1),
    entries.find((e) => e.date.year === null)!.url.slice(1),
    "companies/",
    "companies/nio/",
    "cities/",
    "cities/hefei/",
    "countries/germany/",
    "partners/",
    "partners/jac-motor/",
    "figures/",
    "figures/money/",
    "companies/nio/figures/money/",
    "companies/nio/cities/hefei/",
    "2021/",
    "2021/04/",
    "2021/month-not-stated/",
    "timeline/",
    "map/",
    "search/",
    "search/?q=Hefei",
    "report/",
    "404.html",
  ];
  ({ server, browser, close } = await openSite(output));
});
after(() => close?.());

async function violations(page: Page): Promise<string[]> {
  const found = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run())).violations as AxeViolation[];
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("axe finds no violation on any kind of page, in the light and the dark colour scheme", async () => {
  // axe is injected as a script, which the pages' own Content-Security-Policy rightly forbids.
  const context = await browser.newContext({ bypassCSP: true });
  const failures: string[] = [];
  for (const rel of pages) {
    const page = await context.newPage();
    const response = await page.goto(server.url + rel);
    assert.equal(response?.status(), 200, `${rel} loads`);
    if (rel.startsWith("search/?")) await page.waitForSelector("#search-status:not(:empty)");
    await page.addScriptTag({ path: AXE });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const v of await violations(page)) failures.push(`/${rel} (${colorScheme}): ${v}`);
    }
    await page.close();
  }
  await context.close();
  assert.deepEqual(failures, []);
});

test("a figures table stays accessible after sorting it in the browser", async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(server.url + "figures/money/");
  const valueHeading = page.locator("th", { hasText: "Value" });
  await valueHeading.locator("button").click();
  assert.equal(await valueHeading.getAttribute("aria-sort"), "ascending");
  await page.addScriptTag({ path: AXE });
  assert.deepEqual(await violations(page), []);
  await context.close();
});
