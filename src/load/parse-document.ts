import matter from "gray-matter";
import type { RawDocument, Warning } from "../entry";

// The seeds' own header: a first line `date YYYY-MM-DD`, leading spaces allowed.
const DATE_HEADER = /^[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*(?:\r?\n|$)/i;

export type ParseResult = { document: RawDocument | null; warnings: Warning[] };

/** Split decoded file text into front matter, the optional date header and the article text. Pure. */
export function parseDocument(source: string, raw: string): ParseResult {
  const warnings: Warning[] = [];
  let text = raw.replace(/^\uFEFF/, "");
  let frontMatter: Record<string, unknown> = {};

  if (/^---[ \t]*\r?\n/.test(text)) {
    try {
      // gray-matter caches by input string; an empty options object disables the cache.
      const parsed = matter(text, {});
      text = parsed.content;
      if (parsed.data && typeof parsed.data === "object" && !Array.isArray(parsed.data)) {
        frontMatter = parsed.data as Record<string, unknown>;
      } else {
        warnings.push({ file: source, reason: "front matter is not a YAML mapping; ignored" });
      }
    } catch (error) {
      const mark = (error as { mark?: { line?: number } }).mark;
      const reason = (error as Error).message.split("\n")[0];
      warnings.push({
        file: source,
        reason: `malformed front matter: ${reason}; front matter ignored`,
        line: mark?.line !== undefined ? mark.line + 2 : undefined,
      });
      text = text.replace(/^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, "");
    }
  }

  let headerDate: RawDocument["headerDate"];
  const header = DATE_HEADER.exec(text.replace(/^(?:[ \t]*\r?\n)+/, ""));
  if (header) {
    const [line, y, m, d] = header;
    const year = Number(y), month = Number(m), day = Number(d);
    if (isValidDate(year, month, day)) {
      headerDate = { year, month, day, text: `${y}-${m}-${d}` };
    } else {
      warnings.push({ file: source, reason: `date header "${line.trim()}" is not a real date; ignored` });
    }
    text = text.replace(/^(?:[ \t]*\r?\n)+/, "").slice(line.length);
  }

  text = text.replace(/\r\n?/g, "\n").trim();
  if (text.length === 0) {
    warnings.push({ file: source, reason: "no article text (empty or whitespace only); skipped" });
    return { document: null, warnings };
  }
  return { document: { source, text, frontMatter, headerDate }, warnings };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
