// A digest of each field of an extracted entry, made once where the article is prepared (in the extraction
// pool) and cached with it: the pages' reuse keys (src/site/page-inputs.ts) are made of these instead of
// serialising every entry's facts and text for every list of fields a page shows, in every build.
import { createHash } from "node:crypto";
import type { ExtractedEntry } from "../entry";

/** Field name → digest of its value's JSON; a field the entry does not have has none. */
export type FieldDigests = Readonly<Record<string, string>>;

/** A text's sha1, as the pages' reuse keys write digests (base64). */
export const sha1 = (text: string): string => createHash("sha1").update(text).digest("base64");

/** The digest of one field's value as the pages' reuse keys take it: of its JSON, so that a cached (JSON) entry digests the same. */
export const valueDigest = (value: unknown): string => sha1(JSON.stringify(value));

export function fieldDigests(entry: ExtractedEntry): FieldDigests {
  const digests: Record<string, string> = {};
  for (const [field, value] of Object.entries(entry)) if (value !== undefined) digests[field] = valueDigest(value);
  return digests;
}
