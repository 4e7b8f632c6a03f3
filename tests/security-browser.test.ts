// Content that tries to run script, in every place content reaches: article text, front matter that
// becomes titles, term names and pages, and JSON data. Proven in real Chromium with a canary.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import type { Entry } from "../src/entry";
import { listFiles } from "../src/load/read-content";
import { openSite } from "./support/browser";
import { buildSite, ROOT } from "./support/build";
import type { StaticServer } from "./support/server";

const RUN = "window.__canary=1;alert(1)";
const ATTACKS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `[click me](javascript:${RUN})`,
  `<a href="javascript:${RUN}">raw link</a>`,
  `</script><script>${RUN}</script>`,
  `<svg onload="${RUN}"></svg>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
];
const yaml = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML scalar

const ARTICLE = `---
title: ${yaml(`Canaryword ${ATTACKS[0]} ${ATTACKS[1]}`)}
company: ${yaml(`Canary Motors ${ATTACKS[1]}`)}
city: ${yaml(`Canaryville ${ATTACKS[4]}`)}
country: ${yaml(`Canaria ${ATTACKS[5]}`)}
partners: ${JSON.stringify(ATTACKS.map((a) => `Partner ${a}`))}
summary: ${yaml(`Summary ${ATTACKS[4]} ${ATTACKS[1]}`)}
---
Canaryword Motors opened a plant in Hefei on 7 April 2021. ${ATTACKS.join(" and ")}

${ATTACKS.map((a) => `A paragraph with ${a} inside.`).join("\n\n")}

[plain javascript link](javascript:${RUN}) and <javascript:${RUN}> and [data link](data:text/html,<script>${RUN}</script>)
`;

let server: StaticServer;
let browser: Browser;
let close: () => Promise<void>;
let output: string;
let htmlPages: string[];
let canary: Entry;

before(async () => {
  const content = await mkdtemp(path.join(os.tmpdir(), "ev-attack-"));
  await copyFile(path.join(ROOT, "content/000_9e73502c10b69479.txt"), path.join(content, "seed.txt"));
  await writeFile(path.join(content, "canary.md"), ARTICLE);
  await writeFile(path.join(content, "canary-plain.txt"), ATTACKS.join("\n\n") + "\nCanaryword in plain text.\n");
  // A warning whose text carries the attack, so the report page shows it too.
  await writeFile(path.join(content, "bad front matter.md"), `---\ntitle: [${ATTACKS[0]}\n---\nText.`);
  ({ output } = await buildSite({ content }));
  const entries: Entry[] = JSON.parse(await readFile(path.join(output, "entries.json"), "utf8"));
  canary = entries.find((e) => e.source === "canary.md")!;
  htmlPages = (await listFiles(output)).filter((f) => f.endsWith(".html"));
  ({ server, browser, close } = await openSite(output));
});
after(() => close?.());

/** A browser tab that records what an attack would leave behind: the canary, dialogs, CSP violations. */
async function watchedTab() {
  const page = await browser.newPage();
  let dialogs: string[] = [];
  let violations: string[] = [];
  let stayOnPage = false;
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  // While set, link clicks do not leave the page (a javascript: URL needs no request, so it still runs if allowed).
  // A 204 answer keeps the current document; an aborted navigation would commit an error page instead, and a
  // check racing that commit fails with "execution context was destroyed".
  await page.route("**/*", (route) =>
    stayOnPage && route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.continue(),
  );
  return {
    page,
    async open(url: string) {
      stayOnPage = false;
      await page.goto(url, { waitUntil: "load" }); // "load" waits for images, so onerror handlers have had their turn
      stayOnPage = true;
    },
    /** What happened since the last check. */
    async check() {
      const fired = await page.evaluate(() => (window as { __canary?: number }).__canary);
      const seen = { fired, dialogs, violations };
      dialogs = [];
      violations = [];
      return seen;
    },
  };
}

const CLEAN = { fired: undefined, dialogs: [], violations: [] };

test("the attacks reach the site: the canary article, its term pages and the report exist", () => {
  assert.ok(canary, "canary.md published");
  assert.equal(canary.titleBy, "editor");
  assert.ok(htmlPages.some((p) => p.startsWith("companies/canary-motors")), "company page of the hostile name");
  assert.ok(htmlPages.some((p) => p.startsWith("partners/")), "partner pages");
  assert.ok(htmlPages.includes("report/index.html"));
});

test("every HTML page carries a strict Content-Security-Policy and no inline script", async () => {
  for (const file of htmlPages) {
    const text = await readFile(path.join(output, file), "utf8");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(text)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    assert.ok(csp, `${file} has a CSP meta`);
    const scriptSrc = /(?:^|;)\s*script-src ([^;]+)/.exec(csp)?.[1] ?? /(?:^|;)\s*default-src ([^;]+)/.exec(csp)?.[1];
    assert.ok(scriptSrc, `${file}: script-src or default-src`);
    assert.doesNotMatch(scriptSrc, /'unsafe-inline'|'unsafe-eval'|\*|data:/, `${file}: ${scriptSrc}`);
    assert.match(csp, /object-src 'none'/);
    for (const tag of text.match(/<script\b[^>]*>/g) ?? []) {
      assert.match(tag, /\bsrc="|type="application\/(?:ld\+)?json"/, `${file}: inline script ${tag}`);
    }
  }
});

test("no page runs the canary, opens a dialog or even trips the CSP", async () => {
  const tab = await watchedTab();
  for (const file of htmlPages) {
    const url = server.url + file.replace(/index\.html$/, "");
    await tab.open(url);
    assert.deepEqual(await tab.check(), CLEAN, url);
  }
  await tab.page.close();
});

test("clicking every link in the canary article runs nothing", async () => {
  const url = server.url + canary.url.slice(1);
  const tab = await watchedTab();
  await tab.open(url);
  const links = tab.page.locator("main a");
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.ok(hrefs.length > 5, `${hrefs.length} links`);
  assert.deepEqual(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)), [], "no script URLs survive");
  for (let i = 0; i < hrefs.length; i++) {
    await tab.open(url);
    await links.nth(i).click({ timeout: 1000 }).catch(() => {}); // links in closed <details> cannot be clicked
    await tab.page.waitForLoadState("load");
    assert.deepEqual(await tab.check(), CLEAN, `link ${i} (${hrefs[i]})`);
  }
  await tab.page.close();
});

test("searching for the canary article shows it as text and runs nothing", async () => {
  const tab = await watchedTab();
  await tab.open(`${server.url}search/?q=canaryword`);
  await tab.page.waitForSelector("#search-status:not(:empty)");
  const shown = await tab.page.$$eval("#search-results > li", (items) => items.map((li) => li.textContent ?? ""));
  const hrefs = await tab.page.$$eval("#search-results a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.ok(hrefs.includes(`${new URL(server.url).pathname}${canary.url.slice(1)}`), `the canary article is found: ${hrefs}`);
  assert.deepEqual(hrefs.filter((h) => !h.startsWith("/")), [], "results link only to pages of the site");
  assert.deepEqual(await tab.check(), CLEAN);
  assert.ok(shown.some((t) => t.includes("<script>")), `the hostile title is shown as text: ${JSON.stringify(shown)}`);
  await tab.page.close();
});

test("JSON data keeps the attack as inert text that cannot close a script element", async () => {
  const entriesJson = await readFile(path.join(output, "entries.json"), "utf8");
  assert.ok(entriesJson.includes("</script><script>"), "entries.json holds the text verbatim, as data");
  for (const file of htmlPages) {
    const text = await readFile(path.join(output, file), "utf8");
    for (const island of text.match(/<script type="application\/(?:ld\+)?json">[\s\S]*?<\/script>/g) ?? []) {
      assert.doesNotMatch(island.slice(0, -"</script>".length), /<\/script|<!--/i, `${file}: data island stays closed`);
    }
  }
});
