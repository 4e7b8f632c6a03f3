import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

/** Every file of a site folder, path → content. */
export async function filesOf(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
  return new Map(await Promise.all(names.sort().map(async (n) => [n, await readFile(path.join(dir, n), "utf8")] as [string, string])));
}

/** Every file of a site folder, path → one property of its stat (modification time, inode). */
export async function statsOf(dir: string, property: "mtimeMs" | "ino"): Promise<Map<string, number>> {
  const names = [...(await filesOf(dir)).keys()];
  return new Map(await Promise.all(names.map(async (n) => [n, (await stat(path.join(dir, n)))[property]] as [string, number])));
}
