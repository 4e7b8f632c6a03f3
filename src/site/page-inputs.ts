// What a page is made from, declared once by its template as data (`export const inputs`): the entries it
// shows and, for each group of them, the fields it reads. The page's reuse key is derived from that
// declaration, so a page is rendered again exactly when something it shows changed; a test renders every
// template over entries that record what is read and fails on a read the declaration does not cover.
import { createHash } from "node:crypto";
import type { Entry } from "../entry";

export type EntryField = keyof Entry;

const EVERY_FIELD: Record<EntryField, true> = {
  source: true, slug: true, url: true, title: true, titleBy: true, titleHow: true, date: true, company: true, location: true,
  partners: true, figures: true, summary: true, body: true, captions: true, boilerplate: true, media: true,
};
/** All of an entry: for its own article page and the open-data export. */
export const ALL_FIELDS = Object.keys(EVERY_FIELD) as readonly EntryField[];

export type PageInputs = {
  /** The entries the page shows, in groups, each with the fields read of its entries; order counts (a list's order is on the page). */
  entries: ReadonlyArray<{ fields: readonly EntryField[]; of: ReadonlyArray<Entry | undefined> }>;
  /** What else the page shows that is not a field of those entries (counts, page numbers), as text. */
  other?: string;
};

// Entries are frozen where they are made, so a digest kept with the entry object stays right; a watching
// rebuild gets the same objects for unchanged articles and digests only the changed ones.
const digests = new WeakMap<Entry, Map<string, string>>();

function digestOf(entry: Entry, fields: readonly EntryField[]): string {
  const key = fields.join(",");
  let byFields = digests.get(entry);
  if (!byFields) digests.set(entry, (byFields = new Map()));
  let digest = byFields.get(key);
  if (digest === undefined) byFields.set(key, (digest = createHash("sha1").update(JSON.stringify(fields.map((f) => entry[f]))).digest("base64")));
  return digest;
}

/** The reuse key of a page: the declared fields of the declared entries, and the rest of what it shows. */
export function fingerprintOf(inputs: PageInputs): string {
  const groups = inputs.entries.map(({ fields, of }) => `${fields.join(",")}:${of.map((e) => (e ? digestOf(e, fields) : "-")).join("|")}`);
  return `${groups.join(" ")} ${inputs.other ?? ""}`;
}
