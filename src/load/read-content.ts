import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { RawDocument, Warning } from "../entry";
import { mapLimited } from "../util/map-limited";
import { isMediaFile, readMedia, withMentionedMedia } from "./media";
import { isMarkdownSource, parseDocument } from "./parse-document";
import { RECORD_FOLDER } from "./publication-record";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown"];

/**
 * How much of one file is read. A news article is a few kilobytes; past this the file is most likely
 * a dump or a mistake, and reading it all would only make extraction, rendering and search slow.
 * The rest is not lost silently: the warning says how much was left out.
 */
export const MAX_ARTICLE_BYTES = 256 * 1024;

export type LoadResult = {
  documents: RawDocument[];
  warnings: Warning[];
  /** Media files beside the articles (paths in the content folder), published when an article references them. */
  media: string[];
};
export type Listing = { files: string[]; warnings: Warning[] };

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Every regular file under `dir`, as posix paths relative to it, in a stable (sorted) order. Hidden
 * folders (".git"), links and special files are not followed; each is reported, none is dropped silently.
 * The archive's own record folder (.archive/ at the top) is not content and not reported.
 */
export async function listContent(dir: string): Promise<Listing> {
  const files: string[] = [];
  const warnings: Warning[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = (await readdir(path.join(dir, rel), { withFileTypes: true })).sort(byName);
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (child === RECORD_FOLDER) continue;
        if (entry.name.startsWith(".")) warnings.push({ file: `${child}/`, reason: "hidden folder; skipped" });
        else await walk(child).catch((error) => warnings.push({ file: `${child}/`, reason: `folder not readable (${codeOf(error)}); skipped` }));
      } else if (entry.isFile()) files.push(child);
      else warnings.push({ file: child, reason: `${entry.isSymbolicLink() ? "symbolic link" : "not a regular file"}; skipped` });
    }
  }
  await walk("");
  return { files, warnings };
}

/** Just the files of `listContent`. */
export async function listFiles(dir: string): Promise<string[]> {
  return (await listContent(dir)).files;
}

/** Decode bytes as UTF-8; invalid sequences become U+FFFD and are reported, binary files are refused. */
export function decodeText(source: string, bytes: Uint8Array): { text: string | null; warnings: Warning[] } {
  if (looksBinary(bytes)) {
    return { text: null, warnings: [{ file: source, reason: "binary file (NUL or control bytes); skipped" }] };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    return {
      text,
      warnings: [{ file: source, reason: `invalid UTF-8; ${countReplacements(text)} undecodable byte sequence(s) replaced with U+FFFD`, line: lineOfFirst(text, "\uFFFD") }],
    };
  }
}

// Text has almost no C0 control bytes besides tab, newlines and form feed; a file with NULs, or with
// many controls in its first kilobytes, is an image, an archive or a database mislabelled as text.
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) controls++;
  return controls > head.length * 0.1;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

function lineOfFirst(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at === -1 ? undefined : text.slice(0, at).split("\n").length;
}

function codeOf(error: unknown): string {
  return (error as { code?: string }).code ?? (error as Error).message;
}

/** Size in a warning: "10.0 MB", "512 KB". */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`;
}

/**
 * The first `limit` bytes of a file, cut back to a whole UTF-8 character and then to the last line
 * break, so that the cut neither invents an invalid byte nor ends mid-sentence when it can help it.
 */
export function cutAtLimit(bytes: Uint8Array, limit: number): Uint8Array {
  if (bytes.length <= limit) return bytes;
  let end = limit;
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--; // bytes[end] continues a character: step back
  const lastBreak = bytes.lastIndexOf(10, end - 1);
  return bytes.subarray(0, lastBreak > limit / 2 ? lastBreak + 1 : end);
}

/** Read at most MAX_ARTICLE_BYTES (+ one byte to see where the character boundary is) of a file of `size` bytes. */
async function readHead(file: string, size: number): Promise<{ bytes: Uint8Array; size: number }> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(Math.min(size, MAX_ARTICLE_BYTES + 4));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { bytes: buffer.subarray(0, bytesRead), size };
  } finally {
    await handle.close();
  }
}

type ReadResult = { document: RawDocument | null; warnings: Warning[] };

// A watching process reads the folder again after every saved file: a file whose size and times are
// those it had when it was last read is not opened again. Kept only for such a process: a one-off build
// would hold every file's text to the end for nothing.
const lastRead = new Map<string, { stamp: string; result: ReadResult }>();

/**
 * One file → a document (or null when it cannot be one) and the warnings met reading it. `unchanged`: the
 * file watcher did not report it since it was last read, so what was read then is taken without a look at
 * the file. `keep`: what is read is kept for the next read (a watching process).
 */
export async function readArticle(dir: string, source: string, unchanged = false, keep = false): Promise<ReadResult> {
  const ext = path.extname(source).toLowerCase();
  if (!ARTICLE_EXTENSIONS.includes(ext)) {
    return { document: null, warnings: [{ file: source, reason: `not an article (extension "${ext || "none"}"); skipped` }] };
  }
  const file = path.join(dir, source);
  if (unchanged && lastRead.has(file)) return lastRead.get(file)!.result;
  try {
    const info = await stat(file);
    const stamp = `${source} ${info.ino} ${info.size} ${info.mtimeMs} ${info.ctimeMs}`;
    const known = lastRead.get(file);
    if (known?.stamp === stamp) return known.result;
    const result = decodeArticle(source, await readHead(file, info.size));
    if (keep) lastRead.set(file, { stamp, result });
    else lastRead.delete(file);
    return result;
  } catch (error) {
    return { document: null, warnings: [{ file: source, reason: `file not readable (${codeOf(error)}); skipped` }] };
  }
}

/** The bytes read of one file → a document (or null) and the warnings met decoding it. */
function decodeArticle(source: string, head: { bytes: Uint8Array; size: number }): ReadResult {
  const warnings: Warning[] = [];
  let bytes = head.bytes;
  if (head.size > MAX_ARTICLE_BYTES) {
    bytes = cutAtLimit(bytes, MAX_ARTICLE_BYTES);
    warnings.push({
      file: source,
      reason: `very large article (${formatBytes(head.size)}): only the first ${formatBytes(bytes.length)} are published, the rest is left out`,
    });
  }
  const decoded = decodeText(source, bytes);
  warnings.push(...decoded.warnings);
  if (decoded.text === null) return { document: null, warnings };
  const parsed = parseDocument(source, decoded.text);
  return { document: parsed.document, warnings: [...warnings, ...parsed.warnings] };
}

/** Files read at once: one at a time leaves the thread waiting on the disk. */
const READS_IN_FLIGHT = 64;

/**
 * Read the content folder: decoded documents and warnings, in the listing's order. No interpretation of
 * meaning here. `changed`: the files (relative paths) a file watcher reported since the last read, when it
 * watched the whole folder: the folder is still listed (files added, moved or deleted), but of the files
 * read before only these are looked at again (at 10,000 articles, a look at each costs a third of a second).
 * `keep`: the documents are kept for the next read, as a watching process needs; a one-off build lets them go.
 */
export async function readContent(dir: string, changed?: ReadonlySet<string>, keep = false): Promise<LoadResult> {
  const { files, warnings } = await listContent(dir);
  const mediaFiles = files.filter(isMediaFile);
  const results = await mapLimited(files.filter((f) => !isMediaFile(f)), READS_IN_FLIGHT, (source) => readArticle(dir, source, changed !== undefined && !changed.has(source), keep));
  const { media, warnings: mediaWarnings } = await readMedia(dir, mediaFiles);
  const documents: RawDocument[] = [];
  for (const result of results) {
    warnings.push(...result.warnings);
    if (!result.document) continue;
    documents.push(mediaFiles.length && isMarkdownSource(result.document.source) ? withMentionedMedia(result.document, media) : result.document);
  }
  warnings.push(...mediaWarnings);
  return { documents, warnings, media: mediaFiles.filter((file) => !media[file].refused) };
}
