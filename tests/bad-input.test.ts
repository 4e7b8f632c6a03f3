import { test, before } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Entry } from "../src/entry";
import { datePath, headlineSlug } from "../src/archive/article-urls";
import { listFiles } from "../src/load/read-content";
import type { BuildReport } from "../src/report/build-report";
import { buildSite, ROOT, runCli, type BuildResult } from "./support/build";
import { makeMessyContent, MESSY_FILES } from "./support/messy-content";

let content: string;
let site: BuildResult;
let entries: Entry[];
let report: BuildReport;
const read = (rel: string) => readFile(path.join(site.output, rel), "utf8");

before(async () => {
  content = await makeMessyContent();
  // Rejects on a non-zero exit: warnings alone must not fail the build. With a base URL: only the files' warnings.
  site = await buildSite({ content, args: ["--base-url", "https://news.example.org"] });
  entries = JSON.parse(await read("entries.json"));
  report = JSON.parse(await read("report.json"));
});

/** Every file and folder of a site, with its bytes, for "left exactly as it was" checks. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = await listFiles(dir);
  return new Map(await Promise.all(files.map(async (f) => [f, (await readFile(path.join(dir, f))).toString("base64")] as [string, string])));
}

test("every bad file gets one warning on stderr naming it and the reason", () => {
  for (const [file, expected] of Object.entries(MESSY_FILES)) {
    const lines = site.stderr.split("\n").filter((l) => l.startsWith(`warning: ${file}:`));
    if (expected.warning === null) assert.equal(lines.length, 0, `${file}: no warning, got ${lines}`);
    else assert.ok(lines.some((l) => expected.warning!.test(l)), `${file}: expected ${expected.warning}, stderr has ${JSON.stringify(lines)}`);
  }
  assert.match(site.stderr, /^warning: badfm\.md:3: malformed front matter/m, "the YAML error's line in the file");
});

test("every good article is built, the bad ones are skipped, and nothing is lost without a word", async () => {
  const sources = entries.map((e) => e.source).sort();
  const published = Object.entries(MESSY_FILES).filter(([, f]) => f.published).map(([name]) => name).sort();
  assert.deepEqual(sources, published);
  for (const entry of entries) assert.ok((await stat(path.join(site.output, entry.url, "index.html"))).isFile(), entry.url);
  // Every file of the folder is in the report: published with its URL, or skipped with why.
  const reported = new Map(report.files.map((f) => [f.file, f]));
  for (const file of await listFiles(content)) {
    const listed = reported.get(file);
    assert.ok(listed, `${file} in report.json`);
    if (sources.includes(file)) assert.deepEqual([listed.outcome, listed.url], ["published", entries.find((e) => e.source === file)!.url], file);
    else assert.ok(listed.outcome === "skipped" && listed.problems.length > 0, `${file} skipped with a reason`);
  }
});

test("two files wanting the same URL are both kept at distinct URLs; a URL reads as the article's date and headline", () => {
  const urls = Object.fromEntries(entries.map((e) => [e.source, e.url]));
  assert.equal(urls["Same Name.txt"], "/articles/2021/06/same-name/");
  assert.equal(urls["same-name.txt"], "/articles/2021/06/same-name-2/");
  assert.equal(new Set(entries.map((e) => e.url)).size, entries.length);
  const nested = entries.find((e) => e.source === "nested/deeper/With spaces ünïcode.txt")!;
  assert.equal(nested.url, `/articles/${datePath(nested.date)}${headlineSlug(nested.title)}/`, "not from the file name");
});

test("report.json and the /report/ page list each problem file with its outcome and reason", async () => {
  const page = await read("report/index.html");
  for (const [file, expected] of Object.entries(MESSY_FILES)) {
    if (!expected.warning) continue;
    const listed = report.files.find((f) => f.file === file);
    assert.ok(listed, `${file} in report.json`);
    assert.equal(listed.outcome, expected.published ? "published" : "skipped", file);
    assert.ok(listed.problems.some((p) => expected.warning!.test(p.reason)), `${file}: ${JSON.stringify(listed.problems)}`);
    const escaped = file.replace(/&/g, "&amp;");
    assert.ok(page.includes(`<code>${escaped}</code>`), `${file} on /report/`);
  }
  assert.equal(report.published, entries.length);
  assert.equal(report.warnings, site.stderr.split("\n").filter((l) => l.startsWith("warning: ")).length, "stderr and report agree");
});

test("the 10 MB article is published from its first part only, and says so", () => {
  const huge = entries.find((e) => e.source === "huge.txt")!;
  assert.ok(huge.body.length > 100_000 && huge.body.length < 1024 * 1024, `body of ${huge.body.length} characters`);
});

test("extract prints only JSON on stdout and the warnings on stderr", async () => {
  const { code, stdout, stderr } = await runCli(["extract", content]);
  assert.equal(code, 0);
  const extracted = JSON.parse(stdout) as Entry[];
  assert.deepEqual(extracted.map((e) => e.source).sort(), entries.map((e) => e.source).sort());
  assert.match(stderr, /^warning: zip\.txt: binary file/m);
  assert.equal((await runCli(["extract", content, "--strict"])).code, 1);
});

test("--strict: warnings make the exit code 1 and the previous output is left as it was", async () => {
  const before = await snapshot(site.output);
  const { code, stderr } = await runCli(["build", "--content", content, "--output", site.output, "--strict"]);
  assert.equal(code, 1);
  assert.match(stderr, /^warning: zip\.txt: binary file/m);
  assert.match(stderr, /--strict: .*\d+ warnings; .* left as it was/);
  assert.deepEqual(await snapshot(site.output), before);
  assert.deepEqual((await readdir(path.dirname(site.output))).filter((n) => n.startsWith(`.${path.basename(site.output)}.`)), [], "no staging folder left");
});

test("--strict passes on clean content with a base URL and publishes", async () => {
  const clean = await mkdtemp(path.join(os.tmpdir(), "ev-clean-"));
  await writeFile(path.join(clean, "a.txt"), await readFile(path.join(content, "good.txt")));
  const output = path.join(await mkdtemp(path.join(os.tmpdir(), "ev-out-")), "site");
  const { code, stderr } = await runCli(["build", "--content", clean, "--output", output, "--strict", "--base-url", "https://news.example.org"]);
  assert.equal(code, 0, stderr);
  assert.ok((await stat(path.join(output, "index.html"))).isFile());
});

test("a build killed while writing leaves the previous output intact", async () => {
  const before = await snapshot(site.output);
  const parent = path.dirname(site.output);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli.ts"), "build", "--content", content, "--output", site.output], {
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: ROOT },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  // Kill as soon as the new site has started to appear beside the old one.
  let staged: string[] = [];
  while (child.exitCode === null && staged.length === 0) {
    const names = (await readdir(parent)).filter((n) => n.startsWith(`.${path.basename(site.output)}.building-`));
    for (const name of names) if ((await listFiles(path.join(parent, name)).catch(() => [])).length > 0) staged.push(name);
    await new Promise((r) => setTimeout(r, 5));
  }
  child.kill("SIGKILL");
  await exited;
  assert.ok(staged.length > 0, "the build was caught while writing its staging folder");
  assert.deepEqual(await snapshot(site.output), before);
});

test("a failed build leaves the previous output intact", async () => {
  const before = await snapshot(site.output);
  const { code, stderr } = await runCli(["build", "--content", path.join(content, "no-such-folder"), "--output", site.output]);
  assert.equal(code, 1);
  assert.match(stderr, /no-such-folder/, "the error names what is missing");
  assert.deepEqual(await snapshot(site.output), before);
  const leftovers = (await readdir(path.dirname(site.output))).filter((n) => n.startsWith(`.${path.basename(site.output)}.building-`));
  assert.deepEqual(leftovers, [], "no staging folder left, not even the one of the build killed above");
});

test("--output that would replace the content, the project or a folder of other files is refused", async () => {
  const contentBefore = await snapshot(content);
  const others = await mkdtemp(path.join(os.tmpdir(), "ev-others-"));
  await writeFile(path.join(others, "notes.txt"), "not a site");
  for (const [output, reason] of [
    [content, /holds the content folder/],
    [path.join(content, "site"), /inside the content folder/],
    [ROOT, /holds the project/],
    [others, /not empty and holds no built site/],
  ] as const) {
    const { code, stderr } = await runCli(["build", "--content", content, "--output", output]);
    assert.equal(code, 2, output);
    assert.match(stderr, reason);
  }
  assert.deepEqual(await snapshot(content), contentBefore);
  assert.equal(await readFile(path.join(others, "notes.txt"), "utf8"), "not a site");
});
