import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { RawDocument, Warning } from "../entry";
import { parseDocument } from "./parse-document";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".markdown"];

export type LoadResult = { documents: RawDocument[]; warnings: Warning[] };

/** Every file under `dir`, as posix paths relative to it, in a stable (sorted) order. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) out.push(child);
    }
  }
  await walk("");
  return out;
}

/** Decode bytes as UTF-8; invalid sequences become U+FFFD and are reported, binary files are refused. */
export function decodeText(source: string, bytes: Uint8Array): { text: string | null; warnings: Warning[] } {
  if (bytes.includes(0)) {
    return { text: null, warnings: [{ file: source, reason: "binary file (contains NUL bytes); skipped" }] };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return {
      text: new TextDecoder("utf-8").decode(bytes),
      warnings: [{ file: source, reason: "invalid UTF-8; undecodable bytes replaced with U+FFFD" }],
    };
  }
}

/** Read the content folder: decoded documents and warnings. No interpretation of meaning here. */
export async function readContent(dir: string): Promise<LoadResult> {
  const documents: RawDocument[] = [];
  const warnings: Warning[] = [];
  for (const source of await listFiles(dir)) {
    const ext = path.extname(source).toLowerCase();
    if (!ARTICLE_EXTENSIONS.includes(ext)) {
      warnings.push({ file: source, reason: `not an article (extension "${ext || "none"}"); skipped` });
      continue;
    }
    const decoded = decodeText(source, await readFile(path.join(dir, source)));
    warnings.push(...decoded.warnings);
    if (decoded.text === null) continue;
    const parsed = parseDocument(source, decoded.text);
    warnings.push(...parsed.warnings);
    if (parsed.document) documents.push(parsed.document);
  }
  return { documents, warnings };
}
