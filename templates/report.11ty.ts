import { buildReport, type ReportFile } from "../src/report/build-report";
import { href } from "../src/settings/config";
import { html } from "../src/site/html";
import { page } from "../src/site/layout";
import type { SiteData } from "../src/site/site-data";

export const data = { permalink: "/report/index.html" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function outcome(site: SiteData, file: ReportFile) {
  return file.url ? html`published at <a href="${href(site.config, file.url)}">${file.url}</a>` : html`<strong>skipped</strong>`;
}

export function render({ site }: { site: SiteData }): string {
  const report = buildReport(site.entries, site.warnings);
  return page({
    config: site.config,
    title: "Build report",
    description: "Content files the build skipped or published with problems, and why.",
    path: "/report/",
    content: html`<h1>Build report</h1>
<p>${plural(report.published, "article")} published, ${plural(report.skipped, "file")} skipped, ${plural(report.warnings, "warning")}.
The same report as data: <a href="${href(site.config, "/report.json")}">report.json</a>.</p>
${
  report.files.length
    ? html`<table class="report">
<thead><tr><th scope="col">File</th><th scope="col">Outcome</th><th scope="col">Line</th><th scope="col">Problem</th></tr></thead>
<tbody>${report.files.map((file) =>
        file.problems.map(
          (problem, i) => html`<tr>${
            i === 0 ? html`<th scope="row" rowspan="${file.problems.length}"><code>${file.file}</code></th><td rowspan="${file.problems.length}">${outcome(site, file)}</td>` : ""
          }<td class="num">${problem.line ?? ""}</td><td>${problem.reason}</td></tr>`,
        ),
      )}</tbody>
</table>`
    : html`<p>Every content file was read without a problem.</p>`
}`,
  });
}
