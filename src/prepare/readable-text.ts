// The body as a reader sees it, for the search index and its snippets: a Markdown body's rendered text
// (no "**", no table pipes), plain text as it is; captions blanked out either way. Worked out in the
// extraction pool, where the Markdown tree is at hand, so the search thread never parses Markdown.
import { markdownText } from "../extract/markdown-text";
import { isMarkdownSource } from "../load/parse-document";
import { bodyWithoutCaptions, type Readable } from "./field-text";

export function readableText(entry: Readable): string {
  if (!isMarkdownSource(entry.source)) return bodyWithoutCaptions(entry);
  const { text, offsets } = markdownText(entry.body);
  if (!entry.captions.length) return text;
  const inCaption = (at: number) => entry.captions.some((c) => c.start <= at && at < c.end);
  return text.split("").map((char, i) => (inCaption(offsets[i]) ? " " : char)).join("");
}
