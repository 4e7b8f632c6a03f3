// /report/ stays small on a large archive: it shows the first files with problems and the first facts to
// review, and says where all of them are (report.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { BuildReport } from "../src/report/build-report";
import { siteConfig } from "../src/settings/config";
import type { SiteData } from "../src/site/site-data";
import { render } from "../templates/report.11ty";

function reportPage(problemFiles: number, reviewItems: number): string {
  const report: BuildReport = {
    published: problemFiles,
    skipped: 0,
    warnings: problemFiles,
    reviewBelow: 0.6,
    files: Array.from({ length: problemFiles }, (_, i) => ({ file: `f${i}.txt`, outcome: "published", url: `/articles/f${i}/`, problems: [{ reason: "no date found" }] })),
    review: Array.from({ length: reviewItems }, (_, i) => ({ file: `f${i}.txt`, url: `/articles/f${i}/`, field: "partners", value: "Kestrel", confidence: 0.4, sentence: "A sentence.", why: "a guess" })),
  };
  return render({ site: { config: siteConfig({ contentDir: "content" }), report } as unknown as SiteData });
}

const rows = (page: string, table: string) => (page.slice(page.indexOf(`<table class="${table}`)).split("</table>")[0].match(/<tr>/g) ?? []).length - 1;

test("a large archive's report page shows 200 files with problems and 200 facts to review, and points to report.json for the rest", () => {
  const page = reportPage(450, 300);
  assert.equal(rows(page, "report\""), 200);
  assert.equal(rows(page, "report review"), 200);
  assert.match(page, /The first 200 files with problems are shown; all 450 are in <a href="\/report.json">report.json<\/a>/);
  assert.match(page, /The first 200 are shown; all 300 are in/);
});

test("a small archive's report page shows every file with problems and says nothing of more", () => {
  const page = reportPage(3, 2);
  assert.equal(rows(page, "report\""), 3);
  assert.equal(rows(page, "report review"), 2);
  assert.doesNotMatch(page, /are shown/);
});
