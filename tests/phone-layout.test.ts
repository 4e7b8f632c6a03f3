// At 390 px (a phone) no row of a table or card needs sideways scrolling: checked on an article, a
// company page and a figures page, in the browser, by comparing each row's width with the viewport.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import type { Entry } from "../src/entry";
import { writeFixtureArchive } from "./support/archive-fixture";
import { launchBrowser } from "./support/browser";
import { buildSite } from "./support/build";
import { serveFolder, type StaticServer } from "./support/server";

let server: StaticServer;
let browser: Browser;
let article: string;

before(async () => {
  const { output } = await buildSite({ content: await writeFixtureArchive() });
  const entries: Entry[] = JSON.parse(await readFile(path.join(output, "entries.json"), "utf8"));
  article = entries.find((e) => e.figures.length > 1)!.url.slice(1);
  server = await serveFolder(output);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("at 390 px no table row or card is wider than the screen, the page does not scroll sideways, and source sentences start collapsed", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: "dark" });
  const problems: string[] = [];
  for (const rel of [article, "companies/nio/", "figures/money/", "companies/nio/figures/money/", "figures/"]) {
    const page = await context.newPage();
    assert.equal((await page.goto(server.url + rel))?.status(), 200, rel);
    const found = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      if (document.documentElement.scrollWidth > width) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
      for (const row of document.querySelectorAll("main tbody tr, main li, main dd")) {
        const box = row.getBoundingClientRect();
        if (box.right > width + 0.5 || row.scrollWidth > row.clientWidth + 1) out.push(`${row.tagName} "${row.textContent!.trim().slice(0, 40)}" overflows (${Math.round(box.right)} px)`);
      }
      const open = [...document.querySelectorAll("main details[open] .source-sentence")].length;
      if (open) out.push(`${open} source sentences open`);
      return out;
    });
    problems.push(...found.map((p) => `/${rel}: ${p}`));
    if (rel.includes("figures/money")) {
      // Each figure is a card: its cells stack, one above the other.
      const cells = await page.locator("main tbody tr").first().locator("td").evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
      assert.ok(cells.length > 2 && cells.every((top, i) => i === 0 || top > cells[i - 1]), `${rel}: cells stack`);
    }
    await page.close();
  }
  await context.close();
  assert.deepEqual(problems, []);
});
