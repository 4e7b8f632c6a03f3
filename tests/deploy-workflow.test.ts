// The GitHub Pages workflow in .github/workflows/pages.yml: its shape (strict build, .cache/ cached,
// _site/ uploaded as the Pages artifact, then deployed), and its build job's `run` steps, run as written
// in a copy of the project. Not run: the `uses:` actions (checkout, setup-node, cache, configure-pages,
// upload and deploy belong to GitHub) and `npm ci` (the copy links this project's node_modules instead).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, stat, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import matter from "gray-matter";
import { ROOT } from "./support/build";

type Step = { name?: string; uses?: string; run?: string; id?: string; with?: Record<string, string>; env?: Record<string, string> };
type Workflow = {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
};

// What actions/configure-pages would output for a project site (https://<owner>.github.io/<repo>/).
const PAGES = { "steps.pages.outputs.origin": "https://example-owner.github.io", "steps.pages.outputs.base_path": "/ev-archive" };

let workflow: Workflow;
const yaml = (text: string) => (matter as unknown as { engines: { yaml: { parse(s: string): unknown } } }).engines.yaml.parse(text);

before(async () => {
  workflow = yaml(await readFile(path.join(ROOT, ".github/workflows/pages.yml"), "utf8")) as Workflow;
});

test("the workflow builds strictly on pushes to main, caches .cache/, uploads _site/ and deploys it to Pages", () => {
  assert.deepEqual(workflow.on.push, { branches: ["main"] });
  assert.equal(workflow.permissions.pages, "write");
  assert.equal(workflow.permissions["id-token"], "write");
  const { build, deploy } = workflow.jobs;
  const uses = (prefix: string) => build.steps.find((s) => s.uses?.startsWith(prefix));
  assert.equal(uses("actions/cache@")?.with?.path, ".cache");
  assert.equal(uses("actions/upload-pages-artifact@")?.with?.path, "_site");
  const buildStep = build.steps.find((s) => s.run?.includes("npm run -s build"));
  assert.match(buildStep!.run!, /--strict/);
  const order = build.steps.map((s) => s.uses?.split("@")[0] ?? s.run);
  assert.ok(order.indexOf("actions/cache") < order.indexOf(buildStep!.run) && order.indexOf(buildStep!.run) < order.indexOf("actions/upload-pages-artifact"), "cache restored, then build, then upload");
  assert.equal(deploy.needs, "build");
  assert.equal(deploy.environment?.name, "github-pages");
  assert.ok(deploy.steps.some((s) => s.uses?.startsWith("actions/deploy-pages@")));
});

/** `${{ expr }}` as GitHub would fill it, for the expressions the build job uses. */
function fill(value: string): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: keyof typeof PAGES) => {
    assert.ok(expr in PAGES, `unknown expression ${expr}`);
    return PAGES[expr];
  });
}

const run = (command: string, cwd: string, env: NodeJS.ProcessEnv) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn("bash", ["-eo", "pipefail", "-c", command], { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stderr }));
  });

test("the build job's steps, run as written in a fresh copy of the project, leave a Pages-ready _site/ and a .cache/ to keep", async () => {
  const copy = path.join(await mkdtemp(path.join(os.tmpdir(), "ev-workflow-")), "ev-archive");
  const files = (await promisify(execFile)("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, maxBuffer: 1 << 26 })).stdout.split("\0").filter(Boolean);
  for (const file of files) {
    if (!(await stat(path.join(ROOT, file)).catch(() => null))?.isFile()) continue; // deleted in the working tree
    await mkdir(path.dirname(path.join(copy, file)), { recursive: true });
    await cp(path.join(ROOT, file), path.join(copy, file));
  }
  await symlink(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"));

  // As on a runner: no npm or test settings of ours leak in (INIT_CWD, a private cache folder).
  const inherited = { ...process.env };
  delete inherited.INIT_CWD;
  delete inherited.EV_CACHE_DIR;
  const steps = workflow.jobs.build.steps.filter((s) => s.run && !/^npm ci\b/.test(s.run));
  assert.ok(steps.length >= 1);
  for (const step of steps) {
    const env = { ...inherited, CI: "true", ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, fill(String(v))])) };
    const { code, stderr } = await run(fill(step.run!), copy, env);
    assert.equal(code, 0, `${step.name ?? step.run}: ${stderr}`);
  }

  const site = path.join(copy, "_site");
  const home = await readFile(path.join(site, "index.html"), "utf8");
  assert.match(home, /<link rel="canonical" href="https:\/\/example-owner\.github\.io\/ev-archive\/">/);
  assert.match(home, /href="\/ev-archive\/assets\/style\.css"/, "assets under the project site's path");
  assert.ok((await stat(path.join(site, "404.html"))).isFile(), "Pages serves /404.html for missing pages");
  assert.match(await readFile(path.join(site, "robots.txt"), "utf8"), /Sitemap: https:\/\/example-owner\.github\.io\/ev-archive\/sitemap\.xml/);
  assert.ok((await readdir(path.join(copy, ".cache"))).length > 0, ".cache/ holds what the next run restores");
});
