// On paper an article prints its text, its facts and its source with every link's address, and
// none of the navigation, search form or yellow fact highlights (Chromium's print media).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Entry } from "../src/entry";
import { launchBrowser } from "./support/browser";
import { buildSite } from "./support/build";
import { serveFolder, type StaticServer } from "./support/server";

let server: StaticServer;
let browser: Browser;
let entry: Entry;

before(async () => {
  const { output } = await buildSite({ args: ["--base-url", "https://news.example.org"] });
  const entries: Entry[] = JSON.parse(await readFile(path.join(output, "entries.json"), "utf8"));
  entry = entries.find((e) => e.company.name && e.figures.length > 0)!;
  server = await serveFolder(output);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function articleAs(media: "print" | "screen"): Promise<Page> {
  const page = await browser.newPage();
  await page.emulateMedia({ media, colorScheme: "dark" });
  await page.goto(server.url + entry.url.slice(1));
  return page;
}

/** For each element the selector finds, whether it is rendered at all (a hidden ancestor hides it too). */
const shown = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((el) => el.getClientRects().length > 0));

test("printed: the article, its facts and its source, without navigation, search form or highlights", async () => {
  const page = await articleAs("print");
  for (const hidden of [".site-header", ".site-header nav", ".site-search", ".article-pager"]) {
    assert.deepEqual([...new Set(await shown(page, hidden))].filter(Boolean), [], `${hidden} not printed`);
  }
  for (const kept of [".article-body", ".facts", ".source-file", "h1"]) assert.deepEqual(await shown(page, kept), [true], `${kept} printed`);
  const marks = await page.$$eval("mark.fact", (els) => els.map((el) => getComputedStyle(el).backgroundColor));
  assert.ok(marks.length > 0, "the article has highlighted facts on screen");
  assert.deepEqual([...new Set(marks)], ["rgba(0, 0, 0, 0)"], "no highlight on paper");
  const ink = await page.$eval("body", (el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
  assert.deepEqual(ink, ["rgb(0, 0, 0)", "rgb(255, 255, 255)"], "black on white even when the screen is dark");
  await page.close();
});

test("printed links show where they go; the page says where it came from", async () => {
  const page = await articleAs("print");
  const links = await page.$$eval("main a[href]", (els) => els.map((a) => [a.getAttribute("href")!, getComputedStyle(a, "::after").content]));
  assert.ok(links.length > 0);
  for (const [href, after] of links) assert.equal(after, `" <${href}>"`, `${href} printed with its address`);
  const source = await page.$eval(".print-only", (el) => [getComputedStyle(el).display, el.textContent]);
  assert.deepEqual(source, ["block", `From EV Archive: https://news.example.org${entry.url}`]);
  await page.close();
});

test("on screen nothing changes: highlights shown, print-only line and link addresses hidden", async () => {
  const page = await articleAs("screen");
  assert.equal(await page.$eval(".print-only", (el) => getComputedStyle(el).display), "none");
  assert.notEqual(await page.$eval("mark.fact", (el) => getComputedStyle(el).backgroundColor), "rgba(0, 0, 0, 0)");
  assert.equal(await page.$eval("main a[href]", (a) => getComputedStyle(a, "::after").content), "none");
  assert.deepEqual(await shown(page, ".site-header nav"), [true]);
  await page.close();
});
