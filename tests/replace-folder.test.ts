// Publishing a build: the new folder replaces the old one at once, and the old one is deleted after the
// build returns, by a process of its own; what a stopped removal leaves is swept by the next build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { replaceFolder } from "../src/output/atomic-folder";

const fill = (text: string) => async (staging: string) => {
  await writeFile(path.join(staging, "index.html"), text);
  return true;
};

/** Names beside `site` other than it and `expected`, once background removals had their time (polled, up to 10 s). */
async function leftoversSettled(parent: string, expected: string[] = []): Promise<string[]> {
  let names: string[] = [];
  for (let i = 0; i < 200; i++) {
    names = (await readdir(parent)).filter((n) => n !== "site" && !expected.includes(n));
    if (names.length === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return names;
}

test("the previous site is replaced at once and then deleted in the background", async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), "ev-replace-"));
  const site = path.join(parent, "site");
  for (const text of ["one", "two", "three"]) {
    assert.equal(await replaceFolder(site, fill(text)), true);
    assert.equal(await readFile(path.join(site, "index.html"), "utf8"), text, "the new site is in place when the call returns");
  }
  assert.deepEqual(await leftoversSettled(parent), []);
});

test("a previous site whose removal was stopped is swept by the next build; one still being removed is left to its remover", async () => {
  const parent = await mkdtemp(path.join(os.tmpdir(), "ev-replace-"));
  const site = path.join(parent, "site");
  await replaceFolder(site, fill("one"));
  // A process id that is not running (above Linux's limit), and this process's own: a removal at work.
  const abandoned = path.join(parent, ".site.previous-4194305-0a1b2c3d");
  const atWork = path.join(parent, `.site.previous-${process.pid}-0a1b2c3d`);
  for (const folder of [abandoned, atWork]) {
    await mkdir(path.join(folder, "articles"), { recursive: true });
    await writeFile(path.join(folder, "articles", "a.html"), "old");
  }
  await replaceFolder(site, fill("two"));
  assert.deepEqual(await leftoversSettled(parent, [path.basename(atWork)]), []);
  assert.deepEqual(await readFile(path.join(atWork, "articles", "a.html"), "utf8"), "old");
});
