import { createHash } from "node:crypto";
import type { Warning } from "../entry";
import { slugify, uniqueSlugs } from "./slug";

/**
 * The slug key of a source path: the path without its extension, or, when nothing in it survives
 * slugify (a name in Chinese or Arabic letters only: "报道.txt"), "article-" and a short hash of the
 * path, so that such files keep distinct, stable URLs.
 */
export function slugKey(source: string): string {
  const key = source.replace(/\.[^./]+$/, "");
  return slugify(key) ? key : `article-${createHash("sha256").update(source).digest("hex").slice(0, 8)}`;
}

/**
 * Slugs for articles given by source path (in a stable order), unique, and a warning for every file
 * whose natural URL was already taken: it names the other file and both URLs.
 */
export function articleSlugs(sources: string[]): { slugs: string[]; warnings: Warning[] } {
  const keys = sources.map(slugKey);
  const slugs = uniqueSlugs(keys, "article");
  const holder = new Map<string, string>(); // slug → the source that got it
  const warnings: Warning[] = [];
  sources.forEach((source, i) => {
    const natural = slugify(keys[i]);
    if (keys[i] !== source.replace(/\.[^./]+$/, "")) {
      warnings.push({ file: source, reason: `no Latin letters or digits in the file name for a URL; published at /articles/${slugs[i]}/` });
    }
    if (slugs[i] !== natural) {
      warnings.push({
        file: source,
        reason: `same URL /articles/${natural}/ as "${holder.get(natural)}"; both kept, this one at /articles/${slugs[i]}/`,
      });
    }
    holder.set(slugs[i], source);
  });
  return { slugs, warnings };
}
