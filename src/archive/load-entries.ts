import type { Entry, Warning } from "../entry";
import { extractWithWarnings } from "../extract";
import { readContent } from "../load/read-content";
import { compareNewestFirst } from "./order";
import { uniqueSlugs } from "./slug";

export type LoadedEntries = { entries: Entry[]; warnings: Warning[] };

/** Content folder → entries (newest first) and every warning met on the way. */
export async function loadEntries(contentDir: string): Promise<LoadedEntries> {
  const { documents, warnings } = await readContent(contentDir);
  const extracted = documents.map((doc) => {
    try {
      const result = extractWithWarnings(doc);
      warnings.push(...result.warnings);
      return result.entry;
    } catch (error) {
      // The extractor is meant never to throw; if it does, the article is reported, not lost silently.
      warnings.push({ file: doc.source, reason: `extraction failed: ${(error as Error).message}; skipped` });
      return null;
    }
  });
  const kept = extracted.filter((e): e is NonNullable<typeof e> => e !== null);
  // Slugs come from the source path, so URLs stay stable when extraction improves.
  const slugs = uniqueSlugs(kept.map((e) => e.source.replace(/\.[^./]+$/, "")), "article");
  const entries: Entry[] = kept.map((e, i) => ({ ...e, slug: slugs[i], url: `/articles/${slugs[i]}/` }));
  entries.sort(compareNewestFirst);
  return { entries, warnings };
}

export function formatWarning(w: Warning): string {
  return `warning: ${w.file}${w.line !== undefined ? `:${w.line}` : ""}: ${w.reason}`;
}

