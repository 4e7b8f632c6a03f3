// The baseline: plain Eleventy (the same version this project uses) rendering the same articles as
// markdown files, with its defaults and no extraction.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { limitedQueue } from "../src/util/map-limited";
import { ROOT } from "../tests/support/build";
import { timeCommand, type Timed } from "./measure";

const ELEVENTY_CLI = path.join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");

/** Copy the archive's articles as .md files into `dir` (not timed: it is the baseline's input). */
export async function writeMarkdownCopy(archive: string, files: string[], dir: string): Promise<void> {
  for (const folder of new Set(files.map((f) => path.dirname(f)))) await mkdir(path.join(dir, folder), { recursive: true });
  // Bounded, as generateArchive writes them: 50,000 files at once would run out of file handles.
  const copies = limitedQueue(64, async (f: string) => writeFile(path.join(dir, f.replace(/\.[^./]+$/, ".md")), await readFile(path.join(archive, f))));
  for (const file of files) copies.add(file);
  await copies.done();
}

/** Run Eleventy's own CLI on the markdown folder, from a folder with no configuration file. */
export function runPlainEleventy(markdownDir: string, output: string): Promise<Timed> {
  return timeCommand(process.execPath, [ELEVENTY_CLI, `--input=${markdownDir}`, `--output=${output}`, "--quiet"], { cwd: path.dirname(markdownDir) });
}
