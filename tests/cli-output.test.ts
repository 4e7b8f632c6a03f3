// What the README's commands print, run through npm as a user runs them: `npm run -s extract` gives
// stdout that is only JSON, and a build names its output folder as the user can use it from where they ran it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Entry } from "../src/entry";
import { ROOT } from "./support/build";

const run = promisify(execFile);
const npm = (args: string[], cwd: string) => {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: "true", EV_CACHE_DIR: path.join(os.tmpdir(), "ev-cli-output-cache") };
  delete env.INIT_CWD; // npm sets it to where it is run, as for a user
  return run("npm", args, { cwd, env, maxBuffer: 1 << 26 });
};

test("`npm run -s extract -- content` prints only the JSON array of entries on stdout", async () => {
  const { stdout } = await npm(["run", "-s", "extract", "--", "content"], ROOT);
  const entries = JSON.parse(stdout) as Entry[];
  assert.equal(entries.length, 5);
  assert.ok(entries.every((e) => e.url.startsWith("/articles/") && e.source.endsWith(".txt")));
});

test("a build prints its output folder relative to where the user ran it, or absolute when elsewhere", async () => {
  const elsewhere = path.join(await mkdtemp(path.join(os.tmpdir(), "ev-cli-out-")), "site");
  const absolute = await npm(["run", "build", "--", "--output", elsewhere, "--base-url", "https://news.example.org"], ROOT);
  assert.match(absolute.stderr, new RegExp(`^built ${elsewhere.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: 5 articles`, "m"));

  const userFolder = await mkdtemp(path.join(os.tmpdir(), "ev-cli-user-"));
  const below = await npm(["--prefix", ROOT, "run", "build", "--", "--content", path.join(ROOT, "content"), "--output", "out/site", "--base-url", "https://news.example.org"], userFolder);
  assert.match(below.stderr, /^built out\/site: 5 articles/m);
  assert.ok((await stat(path.join(userFolder, "out/site/index.html"))).isFile(), "the folder is where the user asked, from their folder");
});
