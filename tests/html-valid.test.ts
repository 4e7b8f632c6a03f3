import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { fixtureSite } from "./support/archive-fixture";
import { seedsSite } from "./support/build";
import { markdownSite } from "./support/markdown-archive";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Article pages are titled with the article's own headline, which is often longer than 70 characters;
    // cutting it would hide what the page is about from tabs, bookmarks and search results.
    "long-title": "off",
  },
});

let sites: Array<{ name: string; output: string }>;

before(async () => {
  // The bundled seeds (real article text, real extraction), the fixture (every kind of page) and Markdown
  // articles as authors write them (tables, task lists, footnotes, images).
  const seeds = await seedsSite();
  const fixture = await fixtureSite();
  const markdown = await markdownSite();
  sites = [
    { name: "content/", output: seeds.output },
    { name: "fixture", output: fixture.output },
    { name: "markdown", output: markdown.output },
  ];
});

test("an HTML validator finds no error on any built page", async () => {
  for (const { name, output } of sites) {
    const files = (await readdir(output, { recursive: true })).filter((f) => f.endsWith(".html"));
    assert.ok(files.length > 10, `${name}: ${files.length} pages to validate`);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(output, file));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${name} ${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    assert.deepEqual(problems, []);
  }
});
