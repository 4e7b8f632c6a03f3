// What a page is made from, declared once by its template as data (`export const inputs`): the entries it
// shows and, for each group of them, the fields it reads. The page's reuse key is derived from that
// declaration, so a page is rendered again exactly when something it shows changed; a test renders every
// template over entries that record what is read and fails on a read the declaration does not cover.
import { createHash } from "node:crypto";
import type { Entry } from "../entry";
import { originOf } from "../archive/entry-origin";

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
// One weak slot per entry, holding its digests by field list: a few entries' worth of weak slots, not one per list and entry.
const digests = new WeakMap<Entry, Map<string, string>>();
// Field lists are mostly a template's constants; one written inline is a new array each time, so its key is kept weakly.
const fieldKeys = new WeakMap<readonly EntryField[], string>();
// A list shown on several pages (a term's articles, whose dates every page of the term gives) is summed up once.
const groupDigests = new WeakMap<ReadonlyArray<Entry | undefined>, Map<string, string>>();

/** A group this short (an article's own entry, its neighbours) is cheaper to spell out than to look up. */
const SHORT_GROUP = 12;
const sha1 = (text: string) => createHash("sha1").update(text).digest("base64");

function fieldsKey(fields: readonly EntryField[]): string {
  let key = fieldKeys.get(fields);
  if (key === undefined) fieldKeys.set(fields, (key = fields.join(",")));
  return key;
}

/** The digest kept for `entry` under `key` (its field list), made by `make` the first time. */
function kept(key: string, entry: Entry, make: () => string): string {
  let byKey = digests.get(entry);
  if (!byKey) digests.set(entry, (byKey = new Map()));
  let digest = byKey.get(key);
  if (digest === undefined) byKey.set(key, (digest = make()));
  return digest;
}

/**
 * The digest of `fields` of `entry`. An entry the archive stage made from a prepared article is summed up
 * by the digests of extraction's fields, made once with the article (src/prepare/field-digests.ts), and the
 * fields the archive set, spelled out: its facts and text are not serialised again.
 */
function digestOf(entry: Entry, fields: readonly EntryField[], key: string): string {
  return kept(key, entry, () => {
    const origin = originOf(entry);
    if (!origin) return sha1(JSON.stringify(fields.map((f) => entry[f])));
    // "#" before a digest (never the start of JSON), "-" for a field the entry does not have.
    return sha1(fields.map((f) => (origin.own.has(f) ? JSON.stringify(entry[f]) ?? "-" : f in origin.digests ? `#${origin.digests[f]}` : "-")).join(","));
  });
}

function groupDigest(fields: readonly EntryField[], of: ReadonlyArray<Entry | undefined>): string {
  const key = fieldsKey(fields);
  if (of.length <= SHORT_GROUP) return `${key}:${of.map((e) => (e ? digestOf(e, fields, key) : "-")).join("|")}`;
  let byFields = groupDigests.get(of);
  if (!byFields) groupDigests.set(of, (byFields = new Map()));
  let digest = byFields.get(key);
  if (digest === undefined) byFields.set(key, (digest = `${key}:${sha1(of.map((e) => (e ? digestOf(e, fields, key) : "-")).join("|"))}`));
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
