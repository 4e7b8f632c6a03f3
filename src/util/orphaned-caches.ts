// A cache file is kept for one folder (a content folder's extraction results, a built site's page
// and search-file records) and names it in its first bytes. Once that folder is gone (a temporary archive, a test run,
// a renamed site) nothing reads the file again; without a sweep .cache/ would grow with every folder
// ever built.
import { access, open, readdir, rm } from "node:fs/promises";
import path from "node:path";

/** The cache folders whose files name their owner, under the cache directory. */
const OWNED = ["extraction", "pages", "search"];
/** The owner is in the file's first line, well within this. */
const HEAD_BYTES = 4096;

/** The `owner` property a cache file starts with (its first JSON object's first key). */
export const ownerOf = (folder: string): { owner: string } => ({ owner: path.resolve(folder) });

async function headOf(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return buffer.toString("utf8", 0, bytesRead);
  } finally {
    await handle.close();
  }
}

const exists = (folder: string) => access(folder).then(() => true, () => false);

/**
 * Delete the cache files whose owner no longer exists, or that name none (written by code older than
 * the owner field: their results would not be used again either). Returns the files deleted.
 */
export async function removeOrphanedCaches(cacheDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const sub of OWNED) {
    const folder = path.join(cacheDir, sub);
    const names = await readdir(folder).catch(() => [] as string[]);
    // Cache files only: not a write in progress (`<file>.<pid>.<n>.tmp`, src/util/write-atomically.ts).
    for (const name of names.filter((n) => n.endsWith(".json") || n.endsWith(".jsonl"))) {
      const file = path.join(folder, name);
      const head = await headOf(file).catch(() => null);
      if (head === null) continue; // gone meanwhile, or not a file
      const named = /"owner":("(?:[^"\\]|\\.)*")/.exec(head);
      if (named && (await exists(JSON.parse(named[1]) as string))) continue;
      await rm(file, { force: true });
      removed.push(file);
    }
  }
  return removed;
}
