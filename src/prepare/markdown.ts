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

// One processor for every body (building one per call cost a little, not much); each call's body, marks
// and captions reach the highlighter in the file's data.
const processor = remark().use(rawHtmlAsText).use(highlight).use(remarkHtml, { sanitize: schema }).freeze();

/**
 * Article body (markdown or plain text) → sanitised HTML with the facts highlighted. Done once per
 * article, in the extraction pool, and kept with its prepared record (src/prepare/prepare-article.ts).
 */
export function renderBody(body: string, marks: Mark[] = [], captions: Span[] = []): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const file = { value: body, data: { highlight: { body, marks: sorted, captions } } };
  return String(processor.processSync(file));
}
