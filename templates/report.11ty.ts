import type { BuildReport, ReportFile } from "../src/report/build-report";
import { href } from "../src/settings/config";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import { firstPassOnly } from "../src/site/render-plan";
import type { SiteData } from "../src/site/site-data";

export const data = { permalink: firstPassOnly("/report/index.html") };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function outcome(site: SiteData, file: ReportFile) {
  return file.url ? html`published at <a href="${href(site.config, file.url)}">${file.url}</a>` : html`<strong>skipped</strong>`;
}

/** Files with problems, and facts to review, shown on the page: it stays small on a large archive; report.json lists them all. */
const SHOWN = 200;

export function render({ site }: { site: SiteData }): string {
  const { report } = site;
  // The page lists the files with problems; report.json lists every file (a page of 10,000 rows would help no one).
  const withProblems = report.files.filter((file) => file.problems.length > 0);
  return page({
    config: site.config,
    title: "Build report",
    description: "Content files the build skipped or published with problems, and why.",
    path: "/report/",
    content: html`<h1>Build report</h1>
<p>${plural(report.published, "article")} published, ${plural(report.skipped, "file")} skipped, ${plural(report.warnings, "warning")}.
Every file of the content folder, with its URL or why it was skipped: <a href="${href(site.config, "/report.json")}">report.json</a>.</p>
${
  withProblems.length
    ? html`<table class="report">
<thead><tr><th scope="col">File</th><th scope="col">Outcome</th><th scope="col">Line</th><th scope="col">Problem</th></tr></thead>
<tbody>${withProblems.slice(0, SHOWN).map((file) =>
        file.problems.map(
          (problem, i) => html`<tr>${
            i === 0 ? html`<th scope="row" rowspan="${file.problems.length}"><code>${file.file}</code></th><td rowspan="${file.problems.length}">${outcome(site, file)}</td>` : ""
          }<td class="num">${problem.line ?? ""}</td><td>${problem.reason}</td></tr>`,
        ),
      )}</tbody>
</table>
${withProblems.length > SHOWN ? html`<p>The first ${SHOWN} files with problems are shown; all ${withProblems.length} are in <a href="${href(site.config, "/report.json")}">report.json</a> (<code>files</code>).</p>` : ""}`
    : html`<p>Every content file was read without a problem.</p>`
}
${reviewSection(site, report)}`,
  });
}


/** The review queue: facts extraction is unsure of, so an editor knows which articles to check. */
function reviewSection(site: SiteData, report: BuildReport) {
  const rest = report.review.length - SHOWN;
  return html`<h2 id="review">Facts to review</h2>
<p>${plural(report.review.length, "fact")} extracted with a confidence below ${report.reviewBelow}. Check them in the article and fix them with front matter if they are wrong.</p>
${
  report.review.length
    ? html`<table class="report review">
<thead><tr><th scope="col">File</th><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Confidence</th><th scope="col">Sentence</th><th scope="col">Why unsure</th></tr></thead>
<tbody>${report.review.slice(0, SHOWN).map(
        (item) => html`<tr><th scope="row"><a href="${href(site.config, item.url)}"><code>${item.file}</code></a></th><td>${item.field}</td><td>${item.value}</td><td class="num">${item.confidence.toFixed(2)}</td><td><q>${item.sentence}</q></td><td>${item.why}</td></tr>`,
      )}</tbody>
</table>
${rest > 0 ? html`<p>The first ${SHOWN} are shown; all ${report.review.length} are in <a href="${href(site.config, "/report.json")}">report.json</a> (<code>review</code>).</p>` : ""}`
    : ""
}`;
}
