import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import type { Entry } from "../src/entry";
import { launchBrowser } from "./support/browser";
import { buildSite } from "./support/build";
import { serveFolder, type StaticServer } from "./support/server";

let server: StaticServer;
let browser: Browser;
let entries: Entry[];

before(async () => {
  const { output } = await buildSite();
  entries = JSON.parse(await readFile(path.join(output, "entries.json"), "utf8"));
  server = await serveFolder(output);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function resultsFor(query: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector("#search-status:not(:empty)");
  const hrefs = await page.$$eval("ol#search-results > li", (items) =>
    items.map((li) => new URL(li.querySelector("a")!.href).pathname),
  );
  await page.close();
  return hrefs;
}

test("searching Hefei finds exactly the two Hefei articles", async () => {
  const hefei = entries
    .filter((e) => ["000_9e73502c10b69479.txt", "001_862c2e2a97238c1d.txt"].includes(e.source))
    .map((e) => e.url);
  assert.equal(hefei.length, 2);
  assert.deepEqual((await resultsFor("Hefei")).sort(), hefei.sort());
});
