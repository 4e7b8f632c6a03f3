import { createHash } from "node:crypto";
import type { Nodes, Parent, PhrasingContent, Root, Text } from "mdast";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { Span } from "../entry";

/** A stretch of the body to highlight as a fact. */
export type Mark = Span & { kind: string; label: string };

// Raw HTML in an article is text the author wrote, not markup: show it, escaped, instead of
// letting the sanitiser drop it silently. The sanitiser still runs, as a second line of defence
// (it also removes javascript: links); it only needs to know our own <mark> and caption class.
const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "mark"],
  attributes: {
    ...defaultSchema.attributes,
    mark: ["className", "title", "dataKind"],
    p: [...(defaultSchema.attributes?.p ?? []), "className"],
  },
};

function rawHtmlAsText() {
  return (tree: Root) => {
    walk(tree, (parent) => {
      parent.children = parent.children.map((child) =>
        child.type === "html" ? ({ type: "text", value: child.value, position: child.position } as Text) : child,
      ) as typeof parent.children;
    });
  };
}

function walk(node: Nodes, visit: (parent: Parent) => void): void {
  if (!("children" in node)) return;
  visit(node);
  for (const child of node.children) walk(child as Nodes, visit);
}

/** What the highlighter needs of one call, passed in the file's data so that one processor serves every call. */
type HighlightData = { body: string; marks: Mark[]; captions: Span[] };

/** Wrap the marked spans of text nodes in <mark>, and give caption paragraphs a class. */
function highlight() {
  return (tree: Root, file: { data: object }) => {
    const { body, marks, captions } = (file.data as { highlight: HighlightData }).highlight;
    walk(tree, (parent) => {
      if (parent.type === "paragraph" && parent.position) {
        const { start, end } = parent.position;
        if (captions.some((c) => c.start <= (start.offset ?? -1) && (end.offset ?? Infinity) <= c.end)) {
          parent.data = { ...parent.data, hProperties: { className: ["caption"] } };
        }
      }
      if (marks.length === 0) return;
      const children = parent.children.flatMap((child): Nodes[] => (child.type === "text" ? splitText(child, body, marks) : [child]));
      parent.children = children as typeof parent.children;
    });
  };
}

function splitText(node: Text, body: string, marks: Mark[]): PhrasingContent[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  // Only where the node's text is exactly the body's text (no escapes) do offsets line up.
  if (start === undefined || end === undefined || body.slice(start, end) !== node.value) return [node];
  const inside = marks.filter((m) => m.start >= start && m.end <= end && m.end > m.start);
  if (inside.length === 0) return [node];
  const out: PhrasingContent[] = [];
  let at = start;
  for (const mark of inside) {
    if (mark.start < at) continue;
    if (mark.start > at) out.push({ type: "text", value: body.slice(at, mark.start) });
    out.push({
      type: "emphasis",
      data: { hName: "mark", hProperties: { className: ["fact", `fact-${mark.kind}`], title: mark.label, dataKind: mark.kind } },
      children: [{ type: "text", value: body.slice(mark.start, mark.end) }],
    });
    at = mark.end;
  }
  if (at < end) out.push({ type: "text", value: body.slice(at, end) });
  return out;
}

// Bodies rendered ahead by this same function (in the extraction pool, cached between builds), by
// what they were rendered from, so an article page costs a lookup instead of a markdown pass.
const renderedAhead = new Map<string, string>();
const renderKey = (body: string, marks: Mark[], captions: Span[]) => createHash("sha1").update(JSON.stringify([body, marks, captions])).digest("base64");

/** Replace the bodies rendered ahead with these (each: what renderBody was given, and what it returned). */
export function useRenderedBodies(rendered: Array<{ body: string; marks: Mark[]; captions: Span[]; html: string }>): void {
  renderedAhead.clear();
  for (const r of rendered) renderedAhead.set(renderKey(r.body, r.marks, r.captions), r.html);
}

/** Article body (markdown or plain text) → sanitised HTML with the facts highlighted. */
export function renderBody(body: string, marks: Mark[] = [], captions: Span[] = []): string {
  // In the extraction pool nothing is rendered ahead: no key to compute.
  const ahead = renderedAhead.size > 0 ? renderedAhead.get(renderKey(body, marks, captions)) : undefined;
  return ahead ?? renderMarkdown(body, marks, captions);
}

// One processor for every body (building one per call cost a little, not much); each call's body, marks
// and captions reach the highlighter in the file's data.
const processor = remark().use(rawHtmlAsText).use(highlight).use(remarkHtml, { sanitize: schema }).freeze();

function renderMarkdown(body: string, marks: Mark[], captions: Span[]): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const plain = plainTextTree(body);
  return plain ? plainTextHtml(plain, body, sorted, captions) : renderWithRemark(body, sorted, captions);
}

/** The body through remark and its plugins, whatever it holds (the marks sorted). Exported for tests: it is what the shortcuts must give. */
export function renderWithRemark(body: string, sortedMarks: Mark[], captions: Span[]): string {
  const file = { value: body, data: { highlight: { body, marks: sortedMarks, captions } } };
  const tree = parseMarkdown(body);
  processor.runSync(tree, file);
  return String(processor.stringify(tree, file));
}

/** The markdown tree of a body, exactly as remark parses it. */
export function parseMarkdown(body: string): Root {
  return plainTextTree(body) ?? processor.parse(body);
}

// Most bodies are plain prose: paragraphs of lines, none of which can start or end anything in markdown.
// Their tree is built here directly, in a small part of the time remark's parser takes; anything else
// (any character markdown may give a meaning, a line that may start a block, spaces at either end of a
// line, a control character or byte-order mark) goes to the parser. tests/markdown-render.test.ts holds
// the two to the same trees.
const NOT_PLAIN = /[\u0000-\u0009\u000b-\u001f\ufeff`*_~\\[\]<]|&#|&[a-z\d]+;|^[ \t#>+=\-]|^\d+[.)]|[ \t]$/im;

function plainTextTree(body: string): Root | null {
  if (NOT_PLAIN.test(body)) return null;
  const children: Root["children"] = [];
  let line = 1;
  let at = 0;
  while (at < body.length) {
    if (body.charCodeAt(at) === 10) {
      line++;
      at++;
      continue;
    }
    // A paragraph: from here to the next blank line (or the end).
    const blank = body.indexOf("\n\n", at);
    const end = blank === -1 ? (body.endsWith("\n") ? body.length - 1 : body.length) : blank;
    const value = body.slice(at, end);
    const lines = countLines(value);
    const lastLineStart = value.lastIndexOf("\n") + 1;
    const position = {
      start: { line, column: 1, offset: at },
      end: { line: line + lines - 1, column: value.length - lastLineStart + 1, offset: end },
    };
    children.push({ type: "paragraph", children: [{ type: "text", value, position }], position: { start: { ...position.start }, end: { ...position.end } } });
    line += lines - 1;
    at = end;
  }
  const lastLineStart = body.lastIndexOf("\n") + 1;
  return {
    type: "root",
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line, column: body.length - lastLineStart + 1, offset: body.length } },
  };
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  return lines;
}

// What remark-html writes for a plain-text tree (paragraphs of one text each, no spaces next to a line
// break) after the highlighter: the same <p>, caption class and <mark> attributes, escaped the same way
// (text: & and <; attribute values in double quotes: NUL, ", &, ' and `).
function plainTextHtml(tree: Root, body: string, marks: Mark[], captions: Span[]): string {
  const paragraphs = tree.children.map((paragraph) => {
    const start = paragraph.position!.start.offset!;
    const end = paragraph.position!.end.offset!;
    let html = captions.some((c) => c.start <= start && end <= c.end) ? '<p class="caption">' : "<p>";
    let at = start;
    for (const mark of marks) {
      if (mark.start < at || mark.end > end || mark.end <= mark.start) continue;
      html += escapeText(body.slice(at, mark.start));
      const className = ["fact", `fact-${mark.kind}`].join(" ").trim();
      html += `<mark class="${escapeAttribute(className)}" title="${escapeAttribute(mark.label)}" data-kind="${escapeAttribute(mark.kind)}">`;
      html += `${escapeText(body.slice(mark.start, mark.end))}</mark>`;
      at = mark.end;
    }
    return `${html}${escapeText(body.slice(at, end))}</p>`;
  });
  return paragraphs.length > 0 ? paragraphs.join("\n") + "\n" : "";
}

const characterReference = (c: string) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
const escapeText = (text: string) => text.replace(/[<&]/g, characterReference);
const escapeAttribute = (value: string) => value.replace(/[\0"&'`]/g, characterReference);
