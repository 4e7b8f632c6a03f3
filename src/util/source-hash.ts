// A hash of the project's own files, so that what was made from them (cached results, pages) is
// trusted only while the code that made it is unchanged.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** SHA-256 over the names and bytes of `paths` (files, or folders taken whole) under `root`; a missing one counts as such. */
export async function hashSources(root: string, paths: readonly string[]): Promise<string> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(path.join(root, p)).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(p);
      continue;
    }
    for (const rel of await readdir(path.join(root, p), { recursive: true })) {
      if ((await stat(path.join(root, p, rel))).isFile()) files.push(path.join(p, rel));
    }
  }
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash.update(file + "\0");
    hash.update(await readFile(path.join(root, file)).catch(() => Buffer.from("missing")));
  }
  return hash.digest("hex");
}
