// The archive's publication record: for every article it has published, the URLs it has had (the last is
// its current one) and when it was first published. Kept in the content folder and meant to be committed
// with it, so that an article's URL never changes when extraction improves, an editor's rename leaves the
// old URL working, and a feed can say honestly when an article without a full date appeared.
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Warning } from "../entry";
import { writeFileAtomically } from "../util/write-atomically";

/** Where the record lives inside a content folder (a dot folder: not read as content). */
export const RECORD_FOLDER = ".archive";
export const RECORD_FILE = `${RECORD_FOLDER}/published.json`;

export interface Publication {
  /** Site-relative URLs the article has had, oldest first; the last is where it is now. */
  urls: string[];
  /** When a build first published it (RFC 3339, UTC, whole seconds). */
  firstPublished: string;
  /** A digest of the article's text, so that a file moved or renamed unchanged keeps its URL. */
  text: string;
}

/** Entry.source → its publication. */
export type PublicationRecord = Record<string, Publication>;

export type ReadRecord = {
  record: PublicationRecord;
  /** False when the file exists but could not be used: it is then left as it is, never overwritten. */
  writable: boolean;
  warnings: Warning[];
};

const isPublication = (p: unknown): p is Publication => {
  const q = p as Publication;
  return (
    typeof q === "object" && q !== null &&
    Array.isArray(q.urls) && q.urls.length > 0 && q.urls.every((u) => typeof u === "string" && u.startsWith("/")) &&
    typeof q.firstPublished === "string" && !Number.isNaN(Date.parse(q.firstPublished)) &&
    typeof q.text === "string"
  );
};

/** The record of `contentDir` (empty when there is none yet); a damaged one is reported and not used. */
export async function readPublicationRecord(contentDir: string): Promise<ReadRecord> {
  let text: string;
  try {
    text = await readFile(path.join(contentDir, RECORD_FILE), "utf8");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return { record: {}, writable: true, warnings: [] };
    return damaged(`not readable (${(error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return damaged(`not valid JSON (${(error as Error).message})`);
  }
  const articles = (parsed as { articles?: unknown })?.articles;
  if (typeof articles !== "object" || articles === null || Array.isArray(articles)) return damaged(`no "articles" object`);
  const bad = Object.entries(articles).find(([, p]) => !isPublication(p));
  if (bad) return damaged(`the record of "${bad[0]}" should be {urls: ["/articles/…/"], firstPublished: "2021-11-28T10:00:00Z", text: "…"}`);
  return { record: articles as PublicationRecord, writable: true, warnings: [] };
}

function damaged(why: string): ReadRecord {
  return {
    record: {},
    writable: false,
    warnings: [{ file: RECORD_FILE, reason: `publication record ${why}; article URLs worked out afresh and the file left as it is: restore it from version control` }],
  };
}

/** The record as written: sources in order, one article a line group, so that a commit shows what changed. */
export function formatPublicationRecord(record: PublicationRecord): string {
  const sources = Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const articles = Object.fromEntries(sources.map((s) => [s, { urls: record[s].urls, firstPublished: record[s].firstPublished, text: record[s].text }]));
  return JSON.stringify({ about: "EV Archive publication record: commit it with the content (URLs stay stable)", articles }, null, 1) + "\n";
}

/** Write the record into `contentDir` when it differs from what is there; true when it was written. */
export async function writePublicationRecord(contentDir: string, record: PublicationRecord): Promise<boolean> {
  const file = path.join(contentDir, RECORD_FILE);
  const text = formatPublicationRecord(record);
  if ((await readFile(file, "utf8").catch(() => null)) === text) return false;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomically(file, text);
  return true;
}
