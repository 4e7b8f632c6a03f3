import { test, before } from "node:test";
import assert from "node:assert/strict";
import { cp, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { listFiles } from "../src/load/read-content";
import { buildSite, ROOT } from "./support/build";
import { makeMessyContent } from "./support/messy-content";

let builds: Array<{ label: string; output: string }>;

before(async () => {
  // The seeds plus messy files (warnings, slug collisions), so the report and suffixed URLs are covered too.
  const content = await makeMessyContent({ huge: false });
  for (const seed of (await readdir(path.join(ROOT, "content"))).filter((name) => !name.startsWith("."))) await cp(path.join(ROOT, "content", seed), path.join(content, "seeds", seed));
  builds = [];
  builds.push({ label: "first build", output: (await buildSite({ content })).output });
  // Copied with the publication record the first build wrote (it is committed with the content).
  const copy = `${content}-copy`;
  await cp(content, copy, { recursive: true }); // other path, other file times
  builds.push({ label: "same folder again (extraction cache warm)", output: (await buildSite({ content })).output });
  builds.push({ label: "a copy of the folder", output: (await buildSite({ content: copy })).output });
  // Eleventy runs of 7 pages each: the pages, the report and the sitemap come out as from one run.
  builds.push({ label: "rendered 7 pages per pass", output: (await buildSite({ content, args: ["--pages-per-pass", "7"] })).output });
});

test("builds of the same content give byte-identical output folders", async () => {
  const [first, ...others] = builds;
  const files = await listFiles(first.output);
  assert.ok(files.length > 20, `${files.length} files`);
  for (const other of others) {
    assert.deepEqual(await listFiles(other.output), files, `${other.label}: same file list`);
    const differing: string[] = [];
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(path.join(first.output, file)), readFile(path.join(other.output, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    assert.deepEqual(differing, [], `${other.label}: files that differ`);
  }
});
