// The build leans on one piece of Eleventy's inside (src/pipeline.ts, releaseRenderedPages): after a run,
// TemplateWriter's `templateMap` holds the pages rendered, and the next run makes a new one. If an Eleventy
// upgrade moves it, the build still works but holds each pass's pages through the next: this test says so.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";

test("Eleventy keeps a run's rendered pages in writer.templateMap, and a run after it is let go makes a new one", async () => {
  const { default: Eleventy } = await import("@11ty/eleventy");
  const dir = await mkdtemp(path.join(os.tmpdir(), "ev-internals-"));
  try {
    const input = path.join(dir, "in");
    const output = path.join(dir, "out");
    await mkdir(input);
    await writeFile(path.join(input, "page.md"), "A page of *text*.\n");
    const elev = new Eleventy(input, output, { quietMode: true, config: () => {} });
    await elev.write();
    const writer = (elev as unknown as { writer: { templateMap?: { getMap(): Array<{ _pages?: Array<{ _templateContent?: string }> }> } } }).writer;
    const rendered = writer.templateMap?.getMap().flatMap((entry) => entry._pages ?? []).map((page) => page._templateContent);
    assert.deepEqual(rendered, ["<p>A page of <em>text</em>.</p>\n"], "the run's pages are held by writer.templateMap");

    writer.templateMap = undefined;
    await rm(output, { recursive: true });
    await elev.write();
    assert.ok(writer.templateMap, "the next run made a template map of its own");
    assert.match(await readFile(path.join(output, "page/index.html"), "utf8"), /A page of <em>text<\/em>/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// Watching, a rebuild of more pages than a pass holds runs its further passes by putting an entry in Eleventy's
// queue of changed files while it builds (src/pipeline.ts, queueingRunner): Eleventy then runs once more.
test("Eleventy keeps its queue of changed files in watchManager, which tells whether a watch build runs", async () => {
  const { default: Eleventy } = await import("@11ty/eleventy");
  const dir = await mkdtemp(path.join(os.tmpdir(), "ev-internals-"));
  const elev = new Eleventy(dir, path.join(dir, "out"), { quietMode: true, config: () => {} });
  await elev.init();
  await rm(dir, { recursive: true, force: true });
  const queue = (elev as unknown as { watchManager?: { isBuildRunning(): boolean; addToPendingQueue(path: string): void; getPendingQueueSize(): number } }).watchManager;
  assert.ok(queue, "watchManager is there");
  assert.equal(queue.isBuildRunning(), false, "no watch build before watching starts");
  queue.addToPendingQueue("next-pass");
  assert.equal(queue.getPendingQueueSize(), 1, "an entry waits in the queue: Eleventy runs again after the build in progress");
});
