import type { Heading, ListItem, Nodes, Parent, PhrasingContent, Root, Table, Text } from "mdast";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { MediaFile, Span } from "../entry";
import { parseMarkdown } from "../extract/markdown-text";
import { isMarkdownSource } from "../load/parse-document";
import { isRemoteUrl, mediaPath, remoteHost, resolveImageReferences } from "../extract/media-references";

/** A stretch of the body to highlight as a fact. */
export type Mark = Span & { kind: string; label: string };

// Raw HTML in an article is text the author wrote, not markup: show it, escaped, instead of
// letting the sanitiser drop it silently. The sanitiser still runs, as a second line of defence
// (it also removes javascript: links); it only needs to know our own <mark> and caption class.
const schema: Schema = {
  ...defaultSchema,
  // Footnote ids come prefixed from the Markdown already ("user-content-fn-1"); prefixing again would break their links.
  clobberPrefix: "",
  tagNames: [...(defaultSchema.tagNames ?? []), "mark"],
  attributes: {
    ...defaultSchema.attributes,
    mark: ["className", "title", "dataKind"],
    p: [...(defaultSchema.attributes?.p ?? []), "className"],
    img: [...(defaultSchema.attributes?.img ?? []), ["loading", "lazy"], ["decoding", "async"]],
    input: [...(defaultSchema.attributes?.input ?? []), "checked", ["ariaLabel", "done", "not done"]],
    td: [...(defaultSchema.attributes?.td ?? []), ["className", "align-left", "align-center", "align-right"]],
    th: [...(defaultSchema.attributes?.th ?? []), ["className", "align-left", "align-center", "align-right"]],
  },
};

/** What an article's images need: where the article is, the media beside it, the hosts its images may come from. */
export type ImageOptions = {
  source: string;
  media?: Record<string, MediaFile>;
  /** Hosts the settings allow images from; any other remote image is shown as a link to it. */
  remoteHosts?: readonly string[];
};

/** An entry's image options; the extraction pool renders with no remote hosts allowed (a build allowing some renders those pages again). */
export const imageOptions = (entry: { source: string; media?: Record<string, MediaFile> }, remoteHosts: readonly string[] = []): ImageOptions => ({
  source: entry.source,
  media: entry.media ?? {},
  remoteHosts,
});

const MEDIA_FROM_ARTICLE = "../../media/";

/** Where a medium is published, from an article page two folders deep (/articles/<slug>/): relative, so any path prefix works. */
export const mediaUrl = (file: string) => `${MEDIA_FROM_ARTICLE}${file.split("/").map(encodeURIComponent).join("/")}`;

/**
 * A body rendered before its page's URL was known (in the extraction pool), for the page at `url`: its
 * media links climb as many folders as the URL has (/articles/2021/11/<slug>/ is four deep). Only
 * attribute values start with `="` in sanitised HTML (text has its quotes escaped).
 */
export function bodyAt(url: string, html: string): string {
  const depth = url.split("/").filter(Boolean).length;
  return depth === 2 ? html : html.replaceAll(`="${MEDIA_FROM_ARTICLE}`, `="${"../".repeat(depth)}media/`);
}

/** The heading depths a body uses, smallest first. */
function headingDepths(tree: Root): number[] {
  const depths = new Set<number>();
  walk(tree, (parent) => void (parent.type === "heading" && depths.add((parent as Heading).depth)));
  return [...depths].sort((a, b) => a - b);
}

/** A task's checkbox, shown as GitHub shows it, named for screen readers ("done" / "not done"): an unnamed box is an accessibility failure. */
function labelTask(item: ListItem): void {
  const box: PhrasingContent = {
    type: "emphasis",
    children: [],
    data: { hName: "input", hProperties: { type: "checkbox", checked: item.checked === true, disabled: true, ariaLabel: item.checked ? "done" : "not done" } },
  };
  const first = item.children[0];
  if (first?.type === "paragraph") first.children.unshift(box, { type: "text", value: " " });
  else item.children.unshift({ type: "paragraph", children: [box] });
  item.checked = null;
  item.data = { ...item.data, hProperties: { className: ["task-list-item"] } };
}

/**
 * Images beside the article get their published URL, their size (the page does not jump while they load)
 * and lazy loading; an image not found is its alt text; a remote image is a link to it unless its host is
 * allowed (the site loads nothing from other hosts). Table alignment becomes a class (the align attribute is obsolete).
 */
function mediaAndTables() {
  return (tree: Root, file: { data: object }) => {
    const { source, media = {}, remoteHosts = [] } = (file.data as { images: ImageOptions }).images;
    resolveImageReferences(tree);
    let level = 1; // the page's own <h1> is the article's title
    const depths = headingDepths(tree);
    walk(tree, (parent) => {
      if (parent.type === "heading") {
        // Body headings go under the page's title, one level at a time: "#" and "###" become h2 and h3.
        const heading = parent as Heading;
        heading.depth = Math.min(depths.indexOf(heading.depth) + 2, level + 1, 6) as Heading["depth"];
        level = heading.depth;
      }
      if (parent.type === "listItem" && typeof (parent as ListItem).checked === "boolean") labelTask(parent as ListItem);
      if (parent.type === "table") {
        const table = parent as Table;
        const align = table.align ?? [];
        for (const row of table.children) {
          row.children.forEach((cell, i) => {
            if (align[i]) cell.data = { ...cell.data, hProperties: { className: [`align-${align[i]}`] } };
          });
        }
        table.align = null;
      }
      parent.children = parent.children.map((child) => {
        if (child.type === "link" && !isRemoteUrl(child.url)) {
          const found = mediaPath(source, child.url);
          return found !== null && media[found] ? { ...child, url: mediaUrl(found) } : child;
        }
        if (child.type !== "image") return child;
        if (isRemoteUrl(child.url)) {
          const host = remoteHost(child.url);
          if (host && remoteHosts.includes(host)) return { ...child, data: { hProperties: { loading: "lazy", decoding: "async" } } };
          return { type: "link", url: child.url, children: [{ type: "text", value: child.alt?.trim() || child.url }], position: child.position };
        }
        const found = mediaPath(source, child.url);
        const size = found !== null ? media[found] : undefined;
        if (!found || !size) return { type: "text", value: child.alt ?? "" };
        return { ...child, url: mediaUrl(found), data: { hProperties: { ...size, loading: "lazy", decoding: "async" } } };
      }) as typeof parent.children;
    });
  };
}

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

// One processor for every body (building one per call cost a little, not much); each call's body, marks,
// captions and image options reach the plugins in the file's data.
// Markdown articles are parsed as GitHub reads them (the extractor's tree, shared); plain text as before, without
// GFM's extensions, which would make it slower (~2.5x) and read "www.x.com" or "| a |" in a .txt as markup.
const processor = remark()
  .use(rawHtmlAsText)
  .use(mediaAndTables)
  .use(highlight)
  .use(remarkHtml, { sanitize: schema })
  .freeze();

/**
 * Article body (markdown or plain text) → sanitised HTML with the facts highlighted. Done once per
 * article, in the extraction pool, and kept with its prepared record (src/prepare/prepare-article.ts).
 */
export function renderBody(body: string, marks: Mark[] = [], captions: Span[] = [], images: ImageOptions = { source: "" }): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const file = { value: body, data: { highlight: { body, marks: sorted, captions }, images } };
  // A Markdown body's tree is the one the extractor read, copied: the steps below change it.
  const parsed = isMarkdownSource(images.source) ? structuredClone(parseMarkdown(body)) : processor.parse(body);
  const tree = processor.runSync(parsed, file);
  return String(processor.stringify(tree as Root, file));
}
