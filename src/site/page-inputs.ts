// What a page is made from, declared once by its template as data (`export const inputs`): the entries it
// shows and, for each group of them, the fields it reads. The page's reuse key is derived from that
// declaration, so a page is rendered again exactly when something it shows changed; a test renders every
// template over entries that record what is read and fails on a read the declaration does not cover.
import type { Entry } from "../entry";
import { originOf } from "../archive/entry-origin";
import { sha1, valueDigest } from "../prepare/field-digests";

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
const fieldDigests = new WeakMap<Entry, Partial<Record<EntryField, string>>>();
// Field lists are mostly a template's constants; one written inline is a new array each time, so its key is kept weakly.
const fieldKeys = new WeakMap<readonly EntryField[], string>();
// A list shown on several pages (a term's articles, whose dates every page of the term gives) is summed up once.
const groupDigests = new WeakMap<ReadonlyArray<Entry | undefined>, Map<string, string>>();

/** A group this short (an article's own entry, its neighbours) is a new array on every page: not worth keeping. */
const SHORT_GROUP = 12;

function fieldsKey(fields: readonly EntryField[]): string {
  let key = fieldKeys.get(fields);
  if (key === undefined) fieldKeys.set(fields, (key = fields.join(",")));
  return key;
}

/**
 * The digest of one field's value ("-" when the entry has none), worked out once per entry and field. An
 * entry the archive stage made from a prepared article has the digests of extraction's fields already,
 * made with the article in the extraction pool and cached with it (src/prepare/field-digests.ts): only
 * the fields the archive set (URL, slug, distinct title) are serialised here, its facts and text never.
 */
function fieldDigest(entry: Entry, field: EntryField, digests: Partial<Record<EntryField, string>>): string {
  let digest = digests[field];
  if (digest === undefined) {
    const origin = originOf(entry);
    const value = entry[field];
    digest = origin && !origin.own.has(field) ? (origin.digests[field] ?? "-") : value === undefined ? "-" : valueDigest(value);
    digests[field] = digest;
  }
  return digest;
}

/** The fields of `entry` as text: their digests. */
function entryText(entry: Entry, fields: readonly EntryField[]): string {
  let digests = fieldDigests.get(entry);
  if (!digests) fieldDigests.set(entry, (digests = Object.create(null) as Partial<Record<EntryField, string>>));
  let text = "";
  for (const field of fields) text += `${fieldDigest(entry, field, digests)},`;
  return text;
}

/** The digest of every field of `entry`, as the pages' reuse keys take them. */
export const entryDigest = (entry: Entry): string => sha1(entryText(entry, ALL_FIELDS));

const groupText = (fields: readonly EntryField[], of: ReadonlyArray<Entry | undefined>) => of.map((e) => (e ? entryText(e, fields) : "-")).join("|");

function groupDigest(fields: readonly EntryField[], of: ReadonlyArray<Entry | undefined>): string {
  const key = fieldsKey(fields);
  if (of.length <= SHORT_GROUP) return `${key}:${sha1(groupText(fields, of))}`;
  let byFields = groupDigests.get(of);
  if (!byFields) groupDigests.set(of, (byFields = new Map()));
  let digest = byFields.get(key);
  if (digest === undefined) byFields.set(key, (digest = `${key}:${sha1(groupText(fields, of))}`));
  return digest;
}

/** The reuse key of a page: the declared fields of the declared entries, and the rest of what it shows. */
export function fingerprintOf(inputs: PageInputs): string {
  return `${inputs.entries.map(({ fields, of }) => groupDigest(fields, of)).join(" ")} ${inputs.other ?? ""}`;
}

/** What a fingerprint is made from, as a list compared item by item: a long group by its array, whose digest is kept with it. */
function partsOf(inputs: PageInputs): unknown[] {
  const parts: unknown[] = [inputs.other ?? ""];
  for (const { fields, of } of inputs.entries) {
    parts.push(fieldsKey(fields), of.length);
    if (of.length <= SHORT_GROUP) parts.push(...of);
    else parts.push(of);
  }
  return parts;
}

// A watching process asks for the fingerprint of every page after every saved file, most of them made of the same entries as before.
const lastFingerprint = new Map<string, { parts: unknown[]; fingerprint: string }>();

/** `fingerprintOf` the page at `url`, kept from the last time it was asked when the page's inputs are the same objects. */
export function fingerprintAt(url: string, inputs: PageInputs): string {
  const parts = partsOf(inputs);
  const last = lastFingerprint.get(url);
  if (last && last.parts.length === parts.length && last.parts.every((part, i) => part === parts[i])) return last.fingerprint;
  const fingerprint = fingerprintOf(inputs);
  lastFingerprint.set(url, { parts, fingerprint });
  return fingerprint;
}
