import matter from "gray-matter";
import type { RawDocument, Warning } from "../entry";

// The seeds' own header: a first line `date YYYY-MM-DD`, leading spaces allowed.
const DATE_HEADER = /^[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*(?:\r?\n|$)/i;

/** Articles read as Markdown; plain text (.txt) is read as it is. */
export const isMarkdownSource = (source: string) => /\.(?:md|markdown)$/i.test(source);

export type ParseResult = { document: RawDocument | null; warnings: Warning[] };

/** Split decoded file text into front matter, the optional date header and the article text. Pure. */
export function parseDocument(source: string, raw: string): ParseResult {
  const warnings: Warning[] = [];
  let text = raw.replace(/^\uFEFF/, "");
  let frontMatter: Record<string, unknown> = {};

  // Front matter only when a closing "---" line exists: an unclosed opening line is more likely a
  // markdown rule than YAML, and treating it as YAML would swallow the whole article.
  if (/^---[ \t]*\r?\n/.test(text) && !/\r?\n---[ \t]*(?:\r?\n|$)/.test(text)) {
    warnings.push({ file: source, reason: 'front matter opened with "---" is never closed; read as article text', line: 1 });
  } else if (/^---[ \t]*\r?\n/.test(text)) {
    try {
      // gray-matter caches by input string; an options object disables the cache. The opening line
      // carries no language name (checked above), so only the YAML engine ever runs, never its `js` eval.
      const parsed = matter(text, { language: "yaml" });
      text = parsed.content;
      if (parsed.data && typeof parsed.data === "object" && !Array.isArray(parsed.data)) {
        frontMatter = parsed.data as Record<string, unknown>;
      } else {
        warnings.push({ file: source, reason: "front matter is not a YAML mapping; ignored", line: 1 });
      }
    } catch (error) {
      warnings.push({ file: source, ...yamlProblem(error) });
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
  return { document: { source, text, frontMatter, headerDate, firstLine: firstLineOf(raw, text) }, warnings };
}

/** The file's line (from 1) where the article text starts: after front matter and date header, which it ends. */
function firstLineOf(raw: string, text: string): number {
  const file = raw.replace(/\r\n?/g, "\n");
  const at = file.lastIndexOf(text.slice(0, 200), file.length - text.length);
  return at < 0 ? 1 : file.slice(0, at).split("\n").length;
}

/** The YAML error's own words and its line in the file (js-yaml counts from 0, after the opening "---"). */
function yamlProblem(error: unknown): { reason: string; line?: number } {
  const e = error as { reason?: string; message?: string; mark?: { line?: number } };
  const words = e.reason ?? String(e.message ?? error).split("\n")[0];
  return {
    reason: `malformed front matter (${words}); front matter ignored`,
    line: e.mark?.line !== undefined ? e.mark.line + 1 : undefined,
  };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
