// Markdown articles as authors write them: GitHub-flavoured Markdown rendered, facts and search text read
// from the rendered words (spans still exact in the source), media beside the articles published, and
// every problem with an image reported.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdtemp, readdir, readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Entry, Provenance } from "../src/entry";
import { extractWithWarnings } from "../src/extract";
import { markdownText, sourceSpan } from "../src/extract/markdown-text";
import { prose } from "../src/prepare/field-text";
import { readableText } from "../src/prepare/readable-text";
import { factMarks } from "../src/prepare/highlight";
import { imageOptions, renderBody } from "../src/prepare/markdown";
import { openSite, type OpenSite } from "./support/browser";
import { runCli } from "./support/build";
import { EXPECTED_WARNINGS, markdownSite, writeMarkdownArchive } from "./support/markdown-archive";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
// Markdown a reader never sees: strong/strikethrough markers, a heading's "#", a table's pipes, backticks, image syntax.
const MARKUP = /\*\*|~~|^\s*#|(?:^|\s)#{1,6}\s|\||`|!\[/m;

const doc = (source: string, text: string, frontMatter: Record<string, unknown> = {}) => ({ source, text, frontMatter });

test("the text of Markdown has no markup, and every character maps back to the same one in the source", () => {
  const source = [
    "Tesla opened **Gigafactory Berlin-Brandenburg** in *Grünheide*, AT&amp;T said \\*not\\* [here](https://x.example/).",
    "",
    "| metric | value |",
    "|---|---:|",
    "| area | 300 hectares |",
    "",
    "- 12,000 jobs",
    "  over two lines",
    "",
    "```",
    "code 123",
    "```",
  ].join("\n");
  const md = markdownText(source);
  assert.doesNotMatch(md.text, MARKUP);
  assert.deepEqual(md.text.split("\n").filter(Boolean).slice(0, 4), [
    "Tesla opened Gigafactory Berlin-Brandenburg in Grünheide, AT&T said *not* here.",
    "metric",
    "value",
    "area",
  ]);
  for (let i = 0; i < md.text.length; i++) {
    if (md.text[i] === "\n" || md.text[i] === "&") continue;
    assert.equal(source[md.offsets[i]], md.text[i], `character ${i} (${JSON.stringify(md.text[i])})`);
  }
  const at = md.text.indexOf("300 hectares");
  assert.deepEqual(sourceSpan(md, { start: at, end: at + 12 }), { start: source.indexOf("300 hectares"), end: source.indexOf("300 hectares") + 12 });
  assert.deepEqual(md.codeBlocks.map((c) => md.text.slice(c.start, c.end)), ["code 123"]);
});

test("facts of a Markdown article are read from its words: plain quotes, exact spans, no facts from code", () => {
  const text = [
    "# Tesla Opens Its Factory in Grünheide",
    "",
    "Tesla opened **Gigafactory Berlin-Brandenburg** in *Grünheide*, Germany, on Tuesday, its first car plant in Europe.",
    "",
    "| metric | value |",
    "|---|---|",
    "| investment | $5 billion |",
    "",
    "- The site will employ 12,000 people.",
    "",
    "```",
    "code block with 123 numbers and 999 units",
    "```",
    "",
    "Some `inline 777 code` stays code, and ~~400,000 cars~~ was the old plan.",
  ].join("\n");
  const { entry } = extractWithWarnings(doc("tesla.md", text));
  assert.equal(entry.title, "Tesla Opens Its Factory in Grünheide");
  assert.equal(entry.titleBy, "headline");
  assert.ok(!entry.body.includes("# Tesla"), "the headline is not part of the body");
  const facts: Provenance[] = [entry.date, entry.company, entry.location, ...entry.partners, ...entry.figures];
  for (const fact of facts) if (fact.sentence) assert.doesNotMatch(fact.sentence, MARKUP, fact.sentence);
  assert.deepEqual(entry.figures.map((f) => f.text), ["$5 billion", "12,000 people"]);
  for (const f of entry.figures) assert.equal(entry.body.slice(f.span!.start, f.span!.end), f.text, "spans index into the Markdown body");
  assert.equal(entry.figures[0].sentence, "$5 billion", "a table cell is a sentence of its own");
  assert.equal(entry.location.city, "Grünheide");
  assert.equal(entry.body.slice(entry.location.span!.start, entry.location.span!.end), "Grünheide");
  assert.doesNotMatch(entry.summary, MARKUP);

  // The figure in the table cell is highlighted there.
  const html = renderBody(entry.body, factMarks(entry), entry.captions, imageOptions(entry));
  assert.match(html, /<td><mark class="fact fact-figure"[^>]*>\$5 billion<\/mark><\/td>/);
  assert.match(html, /<del>400,000 cars<\/del>/);
  // The search text is the rendered text.
  const searched = prose(entry, readableText(entry));
  assert.doesNotMatch(searched, MARKUP);
  assert.match(searched, /Gigafactory Berlin-Brandenburg in Grünheide/);
});

test("a front-matter title wins over a first '# heading', which then stays in the body", () => {
  const { entry } = extractWithWarnings(doc("x.md", "# Heading Of The Article Here\n\nNIO opened a plant in Hefei on Monday, the company said in a statement.", { title: "Editor's title" }));
  assert.equal(entry.title, "Editor's title");
  assert.ok(entry.body.startsWith("# Heading"));
});

test("plain text is read as it is: '# ' and '**' in a .txt article are words, not Markdown", () => {
  const text = "NIO opened a plant in Hefei with **10 billion yuan**, the company said on Monday in a statement.";
  const txt = extractWithWarnings(doc("x.txt", text)).entry;
  const md = extractWithWarnings(doc("x.md", text)).entry;
  assert.match(txt.figures[0].sentence!, /\*\*10 billion yuan\*\*/);
  assert.doesNotMatch(md.figures[0].sentence!, /\*\*/);
  assert.deepEqual(md.figures[0].span, txt.figures[0].span ? { start: text.indexOf("10 billion"), end: text.indexOf("10 billion") + "10 billion yuan".length } : undefined);
});

const ARTICLE_SOURCES = ["tesla-gruenheide.md", "catl-arnstadt.md", "reports/byd-szeged.md"];
/** Where the article from `source` is in a built site ("articles/…/"): its URL comes from its date and headline. */
async function pageOf(site: string, source: string): Promise<string> {
  const entries: Array<{ source: string; url: string }> = JSON.parse(await readFile(path.join(site, "entries.json"), "utf8"));
  return entries.find((e) => e.source === source)!.url.slice(1);
}
let ARTICLE_PAGES: string[];
// The pages of this archive also go through the HTML validator (tests/html-valid.test.ts).
let output: string;
let stderr: string;
let site: OpenSite;

before(async () => {
  ({ output, stderr } = await markdownSite());
  ARTICLE_PAGES = await Promise.all(ARTICLE_SOURCES.map((source) => pageOf(output, source)));
  site = await openSite(output);
});
after(async () => {
  await site?.close();
});

test("the build gives exactly the expected warnings, each naming the file (and the line in the article)", () => {
  const warnings = stderr.split("\n").filter((l) => l.startsWith("warning: "));
  for (const { file, line, reason } of EXPECTED_WARNINGS) {
    const prefix = `warning: ${file}${line !== undefined ? `:${line}` : ""}: `;
    assert.ok(warnings.some((w) => w.startsWith(prefix) && reason.test(w)), `${prefix}${reason} in ${JSON.stringify(warnings)}`);
  }
  assert.equal(warnings.length, EXPECTED_WARNINGS.length, JSON.stringify(warnings));
});

test("media are published beside the pages at stable URLs; unreferenced ones are not", async () => {
  for (const file of ["media/plant.png", "media/logo.gif", "media/maps/arnstadt.svg", "media/docs/site-plan.pdf"]) {
    assert.ok((await stat(path.join(output, file))).isFile(), file);
  }
  await assert.rejects(stat(path.join(output, "media/unused-diagram.png")));
  await assert.rejects(stat(path.join(output, "media/maps/chemistry.svg")), "an SVG that could run script is not published");
  const tesla = await readFile(path.join(output, await pageOf(output, "tesla-gruenheide.md"), "index.html"), "utf8");
  // Relative to the article page, however deep its URL is (/articles/2022/03/<headline>/: four folders up).
  const up = "../".repeat((await pageOf(output, "tesla-gruenheide.md")).split("/").filter(Boolean).length).replace(/[./]/g, "\\$&");
  assert.match(tesla, new RegExp(`<img src="${up}media/plant\\.png" alt="The plant seen from the air" width="64" height="40" loading="lazy" decoding="async">`));
  assert.match(tesla, new RegExp(`<a href="${up}media/docs/site-plan\\.pdf">site plan</a>`));
  const catl = await readFile(path.join(output, await pageOf(output, "catl-arnstadt.md"), "index.html"), "utf8");
  assert.ok(!catl.includes("<svg") && !catl.includes("alert(1)"), "an SVG is served as a file, never inlined");
  assert.match(catl, /<p>Cell chemistry diagram<\/p>/, "a refused image is its alt text");
  assert.match(catl, /<a href="https:\/\/images\.example\.com\/arnstadt\.jpg">Remote photo<\/a>/, "a remote image is a link");
  assert.ok(!/<img[^>]+example\.com/.test(catl));
});

test("no source sentence, summary, title or search text in the site contains Markdown syntax", async () => {
  const entries: Entry[] = JSON.parse(await readFile(path.join(output, "entries.json"), "utf8"));
  assert.equal(entries.length, 3);
  for (const e of entries) {
    for (const fact of [e.date, e.company, e.location, ...e.partners, ...e.figures]) {
      if (fact.sentence) assert.doesNotMatch(fact.sentence, MARKUP, `${e.source}: ${fact.sentence}`);
    }
    assert.doesNotMatch(e.title, MARKUP);
    assert.doesNotMatch(e.summary, MARKUP);
  }
  const docs = path.join(output, "search/docs");
  for (const file of await readdir(docs)) {
    const text = await readFile(path.join(docs, file), "utf8");
    for (const line of text.split("\n").filter(Boolean)) {
      const stored = JSON.parse(line) as { text: string } | Array<{ text: string }>;
      for (const d of Array.isArray(stored) ? stored : [stored]) assert.doesNotMatch(d.text, MARKUP, d.text);
    }
  }
  const figures = entries.flatMap((e) => e.figures.map((f) => f.text));
  assert.ok(!figures.some((f) => /123|999|777/.test(f)), `no figure from code: ${figures}`);
});

test("in the browser every local image loads, nothing is asked of another host, and axe finds no violation", async () => {
  const { browser, server } = site;
  const context = await browser.newContext();
  const foreign: string[] = [];
  context.on("request", (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith("data:")) foreign.push(request.url());
  });
  const failures: string[] = [];
  for (const rel of ARTICLE_PAGES) {
    const page = await context.newPage();
    assert.equal((await page.goto(server.url + rel))?.status(), 200);
    const images = page.locator(".article-body img");
    assert.ok((await images.count()) > 0, `${rel} shows images`);
    for (const img of await images.all()) {
      await img.scrollIntoViewIfNeeded(); // lazy images load when near the viewport
      await page.waitForFunction((el) => (el as HTMLImageElement).complete, await img.elementHandle());
      const loaded = await img.evaluate((el) => ({ src: (el as HTMLImageElement).currentSrc, width: (el as HTMLImageElement).naturalWidth }));
      assert.ok(loaded.width > 0, `${rel}: ${loaded.src} loads`);
    }
    await page.close();
  }
  // axe is injected as a script, which the pages' own Content-Security-Policy rightly forbids.
  const axeContext = await browser.newContext({ bypassCSP: true });
  for (const rel of ARTICLE_PAGES) {
    const page = await axeContext.newPage();
    await page.goto(server.url + rel);
    await page.addScriptTag({ path: AXE });
    const result = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe.run())) as {
      violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
    };
    for (const v of result.violations) failures.push(`${rel}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    await page.close();
  }
  await axeContext.close();
  await context.close();
  assert.deepEqual(foreign, []);
  assert.deepEqual(failures, []);
});

test("a host given to --remote-image-hosts: its images are shown, the CSP lists exactly it, and it is not warned about", async () => {
  const content = await writeMarkdownArchive();
  const allowed = await mkdtemp(path.join(os.tmpdir(), "ev-markdown-allowed-"));
  const built = await runCli(["build", "--content", content, "--output", allowed, "--remote-image-hosts", "images.example.com", "--base-url", "https://news.example.org"]);
  assert.equal(built.code, 0, built.stderr);
  assert.doesNotMatch(built.stderr, /remote image/);
  const catl = await readFile(path.join(allowed, await pageOf(allowed, "catl-arnstadt.md"), "index.html"), "utf8");
  assert.match(catl, /<img src="https:\/\/images\.example\.com\/arnstadt\.jpg" alt="Remote photo" loading="lazy" decoding="async">/);
  assert.match(catl, /img-src &#39;self&#39; data: images\.example\.com;/);
  const home = await readFile(path.join(output, "index.html"), "utf8");
  assert.match(home, /img-src &#39;self&#39; data:;/, "without the setting, images come from the site alone");
});
