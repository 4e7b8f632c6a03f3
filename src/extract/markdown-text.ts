// A Markdown body as a reader sees it: its text without the markup, with every character's offset in the
// source, so that facts read from the text keep spans into Entry.body and the page highlights them exactly.
import type { Nodes, Paragraph, Root } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import type { Span } from "../entry";

/** Markdown as GitHub reads it (tables, strikethrough, autolinks, task lists, footnotes); "~" alone is prose ("~50 km"), not strikethrough. */
const markdownParser = remark().use(remarkGfm, { singleTilde: false }).freeze();
const commonMarkParser = remark().freeze();
// What GFM's extensions start from: table pipes and aligned delimiter rows (":---", a one-column table
// needs no pipe), tildes, brackets (footnotes, task lists), and the beginnings of bare links and e-mail
// addresses. A text without any parses the same without them, ~2.5x faster (most news articles;
// tests/markdown-text.test.ts checks the trees are equal).
export const GFM_TRIGGER = /[|~[@]|:-|-:|www\.|https?:|mailto:|xmpp:/i;

export type MarkdownText = {
  /** The rendered words: each block (paragraph, heading, list item, table cell, code block) on a line of its own. */
  text: string;
  /** offsets[i]: where text[i] is in the source; one more entry, for the end of the text. */
  offsets: number[];
  /** Code blocks in `text`, whole lines: shown and searched, never read for facts. */
  codeBlocks: Span[];
  /** Inline code and struck-out words in `text`: shown and searched, never read for facts. */
  unread: Span[];
};

// Containers whose children are blocks, each on a line of its own.
const BLOCK_CONTAINERS = new Set(["root", "blockquote", "list", "listItem", "table", "tableRow", "footnoteDefinition"]);
// Blocks whose children are words.
const TEXT_BLOCKS = new Set(["paragraph", "heading", "tableCell"]);

// An article's body is parsed once for its facts, its search text and its page (all in one thread, one
// after the other): the last few trees are kept. Shared trees are never changed; the renderer works on a copy.
const recentTrees = new Map<string, Root>();
const RECENT_TREES = 2;

/** The Markdown tree of a source (shared: do not change it). */
export function parseMarkdown(source: string): Root {
  let tree = recentTrees.get(source);
  if (!tree) {
    tree = isPlainProse(source) ? proseTree(source) : (GFM_TRIGGER.test(source) ? markdownParser : commonMarkParser).parse(source);
    if (recentTrees.size >= RECENT_TREES) recentTrees.delete(recentTrees.keys().next().value!);
    recentTrees.set(source, tree);
  }
  return tree;
}

// What CommonMark or GFM reads as more than paragraphs of words: inline markup (escapes, code, emphasis,
// strikethrough, links, autolinks, HTML, entities), a line that opens a block (indentation, heading,
// setext underline, list, quote, table, fence, thematic break), a hard break (trailing spaces), GFM's bare
// links and e-mail addresses, tabs, carriage returns and control characters. A source with none of them is
// plain prose: most news articles.
const NOT_PROSE = /[\\`*_[\]<>|~\t\r\0-\x08\x0b\x0c\x0e-\x1f\ufeff]|&(?:#|[a-z\d]+;)|(?:^|\n)(?:[^\S\n]|[#=+-]|\d{1,9}[.)])|[^\S\n](?:\n|$)|www\.|https?:|mailto:|xmpp:|[\w.+-]@/i;

export const isPlainProse = (source: string): boolean => !NOT_PROSE.test(source);

type Point = NonNullable<Root["position"]>["start"];

// Trees made by proseTree: their text is read without walking them.
const proseTrees = new WeakSet<Root>();

/**
 * The tree the parser makes of plain prose, made directly (~50x faster than parsing): a paragraph for each run of
 * non-empty lines, its text those lines as written. tests/markdown-text.test.ts checks it equals the parser's.
 */
function proseTree(source: string): Root {
  const children: Paragraph[] = [];
  const point = (line: number, lineStart: number, offset: number): Point => ({ line, column: offset - lineStart + 1, offset });
  let start: Point | undefined; // where the open paragraph starts
  let end: Point | undefined; // where its last line ends
  const close = () => {
    if (!start || !end) return;
    const position = { start, end };
    children.push({ type: "paragraph", children: [{ type: "text", value: source.slice(start.offset, end.offset), position: { start: { ...start }, end: { ...end } } }], position });
    start = end = undefined;
  };
  let line = 1;
  let lineStart = 0;
  for (;;) {
    const newline = source.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? source.length : newline;
    if (lineEnd === lineStart) close();
    else {
      start ??= point(line, lineStart, lineStart);
      end = point(line, lineStart, lineEnd);
    }
    if (newline < 0) break;
    line++;
    lineStart = newline + 1;
  }
  close();
  const tree: Root = { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end: point(line, lineStart, source.length) } };
  proseTrees.add(tree);
  return tree;
}

const texts = new WeakMap<Root, MarkdownText>();

/** The text of a Markdown source, with its offset map. */
export function markdownText(source: string): MarkdownText {
  const tree = parseMarkdown(source);
  let md = texts.get(tree);
  if (!md) texts.set(tree, (md = proseTrees.has(tree) ? proseText(tree, source) : textOfTree(tree, source)));
  return md;
}

/** What textOfTree reads from plain prose's tree: the source from its first paragraph to its last, as written. */
function proseText(tree: Root, source: string): MarkdownText {
  const first = tree.children[0]?.position?.start.offset ?? 0;
  const last = tree.children.at(-1)?.position?.end.offset ?? 0;
  const offsets = new Array<number>(last - first + 1);
  for (let i = 0; i < last - first; i++) offsets[i] = first + i;
  offsets[last - first] = source.length;
  return { text: source.slice(first, last), offsets, codeBlocks: [], unread: [] };
}

export function textOfTree(tree: Root, source: string): MarkdownText {
  let text = "";
  const offsets: number[] = [];
  const codeBlocks: Span[] = [];
  const unread: Span[] = [];
  let lastBlockEnd = -1; // source offset where the previous block ended, -1 before the first

  const emit = (chars: string, at: (i: number) => number) => {
    for (let i = 0; i < chars.length; i++) offsets.push(at(i));
    text += chars;
  };
  // Where the last character came from: nodes made by GFM's autolinks carry no position, and are looked for after it.
  let cursor = 0;
  const emitAligned = (value: string, start: number, end: number) => {
    const verbatim = value ? source.indexOf(value, start) : -1;
    const map = verbatim >= 0 && verbatim + value.length <= end ? Array.from({ length: value.length }, (_, i) => verbatim + i) : align(value, source, start, end);
    emit(value, (i) => map[i]);
    if (map.length) cursor = map[map.length - 1] + 1;
  };
  // Between two blocks: the source's own blank lines when only space lies between them (so plain
  // paragraphs read exactly as the source), else one line break.
  const startBlock = (start: number) => {
    if (lastBlockEnd >= 0) {
      const gap = source.slice(lastBlockEnd, start);
      if (/^\s*\n\s*$/.test(gap)) emit(gap, (i) => lastBlockEnd + i);
      else emit("\n", () => start);
    }
  };

  const phrasing = (node: Nodes, parentEnd: number): void => {
    words(node, parentEnd);
    // Past a node with a position (an empty link, an image), the next unpositioned one is looked for after it.
    if (node.position?.end.offset !== undefined) cursor = Math.max(cursor, node.position.end.offset);
  };
  const words = (node: Nodes, parentEnd: number): void => {
    const start = node.position?.start.offset ?? cursor;
    const end = node.position?.end.offset ?? parentEnd;
    switch (node.type) {
      case "text":
        return emitAligned(node.value, start, end);
      case "html":
        return emitAligned(node.value, start, end);
      case "inlineCode": {
        const from = text.length;
        const inner = source.indexOf(node.value, start);
        if (inner >= 0 && inner + node.value.length <= end) emit(node.value, (i) => inner + i);
        else emitAligned(node.value, start, end);
        if (text.length > from) unread.push({ start: from, end: text.length });
        return;
      }
      case "delete": {
        const from = text.length;
        for (const child of node.children) phrasing(child, end);
        if (text.length > from) unread.push({ start: from, end: text.length });
        return;
      }
      case "break":
        return emit("\n", () => start);
      default:
        // Images, footnote references: not words of the text.
        if ("children" in node) for (const child of node.children) phrasing(child as Nodes, end);
    }
  };

  const block = (node: Nodes): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (BLOCK_CONTAINERS.has(node.type) && "children" in node) {
      for (const child of node.children) block(child as Nodes);
      return;
    }
    if (TEXT_BLOCKS.has(node.type) && "children" in node) {
      const before = text.length;
      startBlock(start);
      const opened = text.length;
      cursor = start;
      for (const child of node.children) phrasing(child as Nodes, end);
      if (!text.slice(opened).trim()) {
        // Nothing readable (an image alone): no empty line for it.
        text = text.slice(0, before);
        offsets.length = before;
        return;
      }
      lastBlockEnd = end;
      return;
    }
    if (node.type === "code" || node.type === "html") {
      if (!node.value.trim()) return;
      startBlock(start);
      const from = text.length;
      // A fenced block's text starts on the line after its fence (and info string).
      const fenced = node.type === "code" && /^[ \t]*(?:```|~~~)/.test(source.slice(start, start + 8));
      emitAligned(node.value, fenced ? Math.min(source.indexOf("\n", start) + 1 || end, end) : start, end);
      if (node.type === "code") codeBlocks.push({ start: from, end: text.length });
      lastBlockEnd = end;
    }
    // Thematic breaks, link definitions: nothing to read.
  };

  block(tree);
  offsets.push(source.length);
  return { text, offsets, codeBlocks, unread };
}

/**
 * Where each character of a node's value is in source[start, end): the same characters in order, the
 * source's extra ones (escaping backslashes, indentation, fence lines) skipped, and a character the
 * source spells otherwise (an entity "&amp;") placed at the start of its spelling.
 */
function align(value: string, source: string, start: number, end: number): number[] {
  const map = new Array<number>(value.length);
  let p = start;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let q = p;
    // Look a little ahead for the character itself (backslashes, markers, stripped indentation).
    while (q < end && q - p < 16 && source[q] !== c) q++;
    if (q < end && source[q] === c) {
      map[i] = q;
      p = q + 1;
    } else if (source[p] === "&") {
      const semi = source.indexOf(";", p);
      map[i] = p;
      p = semi >= 0 && semi < end ? semi + 1 : p + 1;
    } else {
      map[i] = Math.min(p, Math.max(start, end - 1));
    }
  }
  return map;
}

/** A span of the text → the span of the source it was read from. */
export function sourceSpan(md: MarkdownText, span: Span): Span {
  const start = md.offsets[span.start];
  const end = span.end > span.start ? md.offsets[span.end - 1] + 1 : start;
  return { start, end };
}
