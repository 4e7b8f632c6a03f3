// What an entry of the archive was made from, for the pages' reuse keys (src/site/page-inputs.ts): most of
// its fields are what extraction made of the article, whose digests were made with it in the extraction
// pool and are cached with it (src/prepare/field-digests.ts); the others the archive stage set across
// entries (URL, slug, the archive-wide title). A page's reuse key then takes the digests of the first kind
// and digests only the second (short) again, instead of serialising the facts and text of every entry
// for every list of fields a page shows, in every build.
import type { Entry, ExtractedEntry } from "../entry";
import type { FieldDigests } from "../prepare/field-digests";

export type EntryOrigin = {
  /** The digests of extraction's fields, made from the prepared article's own entry. */
  digests: FieldDigests;
  /** The fields the archive stage set: any field whose value is not the very one extraction made. */
  own: ReadonlySet<keyof Entry>;
};

// Entries are frozen where they are made (assemble-entries.ts), so what is recorded here stays true of them.
const origins = new WeakMap<Entry, EntryOrigin>();

/**
 * Record that `entry` was made from `extracted`, whose fields' digests are `digests`. A field is counted as
 * extraction's only when it holds the very value (the same object, or an equal string or number) that
 * extraction made: whatever the archive stage changed or added is the entry's own, found by comparison
 * rather than by a hand-kept list.
 */
export function recordOrigin(entry: Entry, extracted: ExtractedEntry, digests: FieldDigests): void {
  const own = new Set<keyof Entry>();
  for (const field of Object.keys(entry) as Array<keyof Entry>) if (entry[field] !== (extracted as Partial<Entry>)[field]) own.add(field);
  for (const field of Object.keys(extracted) as Array<keyof Entry>) if (!(field in entry)) own.add(field);
  origins.set(entry, { digests, own });
}

/** What `entry` was made from, when it was made by the archive stage from a prepared article (not by a test or a tool). */
export function originOf(entry: Entry): EntryOrigin | undefined {
  return origins.get(entry);
}
