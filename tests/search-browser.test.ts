import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Entry } from "../src/entry";
import { groupBy } from "../src/archive/taxonomies";
import { slugify } from "../src/archive/slug";
import { RESULTS_PER_PAGE } from "../src/search/engine";
import { openSite } from "./support/browser";
import { buildSite, ROOT } from "./support/build";
import type { StaticServer } from "./support/server";

let server: StaticServer;
let browser: Browser;
let close: () => Promise<void>;
let entries: Entry[];
/** Script errors and CSP violations seen on any page: the search must cause none. */
const pageProblems: string[] = [];

/** More articles than one page of results holds, all naming a word no seed uses. */
const EXTRA = 22;

before(async () => {
  const content = await mkdtemp(path.join(os.tmpdir(), "ev-search-content-"));
  await cp(path.join(ROOT, "content"), content, { recursive: true });
  for (let n = 1; n <= EXTRA; n++) {
    const text = `date 2022-03-${String(n).padStart(2, "0")}\n\nQuokka battery line ${n}\n\nThe quokka battery line number ${n} started work this week, its makers said. The quokka cells go into small delivery vans.\n`;
    await writeFile(path.join(content, `quokka-${n}.txt`), text);
  }
  const { output } = await buildSite({ content });
  entries = JSON.parse(await readFile(path.join(output, "entries.json"), "utf8"));
  ({ server, browser, close } = await openSite(output));
});
after(() => close?.());

async function openPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on("pageerror", (error) => pageProblems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") pageProblems.push(`console: ${message.text()}`);
  });
  return page;
}

async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

/** Wait for the search to settle: the live region has been filled and the list is not busy. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector("#search-status:not(:empty)");
  await page.waitForSelector("#search-results:not([aria-busy])", { state: "attached" });
}

async function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval("ol#search-results > li", (items) => items.map((li) => new URL(li.querySelector("a")!.href).pathname));
}

async function resultsFor(query: string): Promise<string[]> {
  const page = await openPage();
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await settled(page);
  const paths = await resultPaths(page);
  await closePage(page);
  return paths;
}

async function searchFor(page: Page, query: string): Promise<void> {
  await page.fill("#search-q", query);
  await page.press("#search-q", "Enter");
  await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, query);
  await settled(page);
}

const urlsOf = (list: Entry[]) => list.map((e) => e.url).sort();
const bySource = (...sources: string[]) => entries.filter((e) => sources.some((s) => e.source.startsWith(s)));

/** The names that say what an entry is about, folded like slugs. */
function aboutNames(entry: Entry): string[] {
  const { city, region, country } = entry.location;
  return [entry.company.name, city, region, country, ...entry.partners.map((p) => p.name)].filter((n): n is string => !!n).map(slugify);
}

test("searching Hefei finds exactly the two Hefei articles", async () => {
  const hefei = entries
    .filter((e) => ["000_9e73502c10b69479.txt", "001_862c2e2a97238c1d.txt"].includes(e.source))
    .map((e) => e.url);
  assert.equal(hefei.length, 2);
  assert.deepEqual((await resultsFor("Hefei")).sort(), hefei.sort());
});

test("every company and every city finds its articles, those about it first", async () => {
  const terms = [...groupBy(entries, "company"), ...groupBy(entries, "city")];
  assert.ok(terms.length >= 3, "the content has companies and cities");
  for (const term of terms) {
    const found = await resultsFor(term.name);
    const expected = urlsOf(term.entries);
    const lastExpected = Math.max(...expected.map((url) => found.indexOf(url)));
    assert.ok(expected.every((url) => found.includes(url)), `${term.name}: finds ${expected.join(", ")} in ${found.join(", ")}`);
    // Anything ranked among or above them must be about the name too, not mention it in passing.
    for (const url of found.slice(0, lastExpected + 1)) {
      const entry = entries.find((e) => e.url === url)!;
      assert.ok(aboutNames(entry).some((name) => name.includes(term.slug)), `${term.name}: ${url} ranks among the articles about it`);
    }
  }
});

test("field queries: company:, city: and partner: look only in their field", async () => {
  // Expectations come from entries.json, so they follow the extractor; seeds 000 and 001 are NIO in Hefei.
  const nio = entries.filter((e) => slugify(e.company.name ?? "") === "nio");
  assert.ok(bySource("000_", "001_").every((e) => nio.includes(e)), "seeds 000 and 001 are NIO articles");
  assert.deepEqual((await resultsFor("company:nio")).sort(), urlsOf(nio));
  assert.deepEqual((await resultsFor("city:hefei")).sort(), urlsOf(bySource("000_", "001_")));
  const withPartner = (word: string) => entries.filter((e) => e.partners.some((p) => slugify(p.name).split("-").includes(word)));
  for (const word of ["lingang", slugify(entries.flatMap((e) => e.partners)[0].name).split("-")[0]]) {
    assert.deepEqual((await resultsFor(`partner:${word}`)).sort(), urlsOf(withPartner(word)), `partner:${word}`);
  }
  assert.deepEqual(await resultsFor("company:hefei"), [], "Hefei is a city, not a company");
});

test("prefixes, typos, possessives and hyphens find the same articles", async () => {
  assert.deepEqual(await resultsFor("hefie"), await resultsFor("hefei"), "a transposed typo");
  assert.equal((await resultsFor("xiaom"))[0], bySource("004_")[0].url, "a prefix of Xiaomi");
  assert.deepEqual((await resultsFor("Nio's")).sort(), (await resultsFor("NIO")).sort());
  assert.ok((await resultsFor("E-Town")).includes(bySource("004_")[0].url), "seed 004 names E-Town");
  assert.deepEqual((await resultsFor("NIO Hefei")).sort(), urlsOf(bySource("000_", "001_")));
  assert.deepEqual(await resultsFor("HEFEI!"), await resultsFor("hefei"), "case and punctuation do not matter");
});

test("results show title, date, company, city and a snippet with the matched words marked", async () => {
  const page = await openPage();
  await page.goto(`${server.url}search/?q=hefei`);
  await settled(page);
  assert.match((await page.textContent("#search-status"))!, /^2 articles found for “hefei”/);
  assert.equal(await page.getAttribute("#search-status", "role"), "status");
  const [firstUrl] = await resultPaths(page);
  const first = entries.find((e) => e.url === firstUrl)!;
  const item = page.locator("ol#search-results > li").first();
  assert.equal(await item.locator("a").first().textContent(), first.title);
  const meta = (await item.locator(".entry-meta").textContent())!;
  assert.ok(meta.includes(first.company.name!) && meta.includes(first.location.city!), meta);
  const marks = await item.locator(".search-snippet mark").allTextContents();
  assert.ok(marks.length > 0 && marks.every((m) => m.toLowerCase() === "hefei"), `marks: ${marks}`);
  await closePage(page);
});

test("long result lists come a page at a time, keeping keyboard focus", async () => {
  const page = await openPage();
  await page.goto(`${server.url}search/?q=quokka`);
  await settled(page);
  assert.match((await page.textContent("#search-status"))!, new RegExp(`^${EXTRA} articles found`));
  assert.equal((await resultPaths(page)).length, RESULTS_PER_PAGE);
  await page.click("#search-more");
  await page.waitForFunction((n) => document.querySelectorAll("#search-results > li").length === n, 2 * RESULTS_PER_PAGE);
  const focusedItem = await page.evaluate(() => [...document.querySelectorAll("#search-results > li")].indexOf(document.activeElement!.closest("li")!));
  assert.equal(focusedItem, RESULTS_PER_PAGE, "focus moves to the first newly shown result");
  while (await page.isVisible("#search-more")) {
    const shown = (await resultPaths(page)).length;
    await page.click("#search-more");
    await page.waitForFunction((n) => document.querySelectorAll("#search-results > li").length > n, shown);
  }
  assert.equal(new Set(await resultPaths(page)).size, EXTRA, "every article once");
  await closePage(page);
});

test("the query lives in the URL and the back button returns to earlier results", async () => {
  const page = await openPage();
  await page.goto(`${server.url}search/`);
  await settled(page);
  await searchFor(page, "hefei");
  const hefei = await resultPaths(page);
  await searchFor(page, "xiaomi");
  assert.deepEqual(await resultPaths(page), urlsOf(bySource("004_")));
  await page.goBack();
  await page.waitForFunction(() => location.search === "?q=hefei");
  await page.waitForFunction(() => (document.querySelector("#search-q") as HTMLInputElement).value === "hefei");
  await settled(page);
  assert.deepEqual(await resultPaths(page), hefei);
  assert.match(await page.title(), /^hefei · Search/);
  await closePage(page);
});

test("the field is focused as the page opens; results follow the typing, the URL keeps ?q= and Back leaves the typing at once", async () => {
  const page = await openPage();
  await page.goto(`${server.url}search/?q=hefei`);
  await settled(page);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "search-q");
  const before = await page.evaluate(() => history.length);
  await page.fill("#search-q", "");
  await page.locator("#search-q").pressSequentially("xiaomi", { delay: 40 });
  // No Enter: the results come after a pause in the typing.
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "xiaomi");
  await settled(page);
  await page.waitForFunction(() => document.querySelector("#search-status")!.textContent!.includes("xiaomi"));
  assert.deepEqual(await resultPaths(page), urlsOf(bySource("004_")));
  await page.locator("#search-q").pressSequentially(" hefei", { delay: 40 });
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "xiaomi hefei");
  assert.equal(await page.evaluate(() => history.length), before + 1, "one history entry for the whole typing");
  await page.goBack();
  await page.waitForFunction(() => location.search === "?q=hefei");
  await page.waitForFunction(() => (document.querySelector("#search-q") as HTMLInputElement).value === "hefei");
  await closePage(page);
});

test("-word and NOT word leave out the articles that hold the word", async () => {
  const hefei = await resultsFor("hefei");
  const withoutNio = await resultsFor("hefei -nio");
  assert.deepEqual(await resultsFor("hefei NOT nio"), withoutNio);
  const nio = new Set(await resultsFor("nio"));
  assert.ok(withoutNio.every((url) => !nio.has(url)) && withoutNio.length < hefei.length, `${withoutNio} from ${hefei}`);
});

test("facets narrow the results, are checkboxes in fieldsets, and live in the URL", async () => {
  const page = await openPage();
  await page.goto(`${server.url}search/?q=nio`);
  await settled(page);
  const all = await resultPaths(page);
  const legends = await page.locator("#search-facets fieldset legend").allTextContents();
  assert.ok(legends.includes("Company") && legends.includes("City"), `legends: ${legends}`);
  await page.getByRole("checkbox", { name: /Hefei/ }).check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("city") === "hefei");
  await settled(page);
  assert.deepEqual((await resultPaths(page)).sort(), urlsOf(bySource("000_", "001_")));
  assert.ok(all.length > 2);
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), "hefei", "focus stays on the checkbox");
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes("city="));
  await settled(page);
  assert.deepEqual(await resultPaths(page), all);
  await closePage(page);
});

test("broken queries show a clear message and never break the page", async () => {
  const page = await openPage();
  await page.goto(`${server.url}search/`);
  for (const query of ["company:", "*", "~~", "nosuchfield:x"]) {
    await searchFor(page, query);
    assert.equal((await resultPaths(page)).length, 0);
    const message = (await page.textContent("#search-status"))!;
    assert.ok(message.length > 20 && !/error:|undefined|exception/i.test(message), `${query}: ${message}`);
  }
  await searchFor(page, "hefei");
  assert.equal((await resultPaths(page)).length, 2, "the page still searches afterwards");
  await closePage(page);
});

test("an empty result says so and suggests the company and city pages", async () => {
  const page = await openPage();
  await page.goto(`${server.url}search/?q=zzqxv`);
  await settled(page);
  assert.match((await page.textContent("#search-status"))!, /^No articles found for “zzqxv”/);
  assert.ok(await page.isVisible("#search-empty"));
  const links = await page.$$eval("#search-empty a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.deepEqual(links, ["/companies/", "/cities/"]);
  await closePage(page);
});

test("the home page's search box leads to results", async () => {
  const page = await openPage();
  await page.goto(server.url);
  await page.fill("header input[type=search]", "Xiaomi");
  await page.press("header input[type=search]", "Enter");
  await page.waitForURL(/\/search\/\?q=Xiaomi$/);
  await settled(page);
  assert.deepEqual(await resultPaths(page), urlsOf(bySource("004_")));
  await closePage(page);
});

test("without JavaScript the search page still lists every company and city", async () => {
  const page = await openPage({ javaScriptEnabled: false });
  await page.goto(`${server.url}search/?q=hefei`);
  const links = await page.$$eval(".browse-lists a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  for (const term of [...groupBy(entries, "company"), ...groupBy(entries, "city")]) assert.ok(links.includes(term.url), term.url);
  await closePage(page);
});

test("no page had a script error or a Content-Security-Policy violation", () => {
  assert.deepEqual(pageProblems, []);
});
