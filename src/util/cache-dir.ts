// Where the build keeps what it can reuse (extraction results, worker bundles, page records).
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** EV_CACHE_DIR, or .cache/ in the project (git-ignored). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.EV_CACHE_DIR ? path.resolve(env.EV_CACHE_DIR) : path.join(ROOT, ".cache");
}
