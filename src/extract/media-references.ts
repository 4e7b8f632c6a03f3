// The media a Markdown article shows (images) or links to (a PDF beside it), and what is wrong with them:
// a file that is not there, an image without alt text, an image from another host.
import path from "node:path/posix";
import type { Definition, Image, ImageReference, Nodes, Root } from "mdast";
import type { MediaFile, Warning } from "../entry";

/** A URL with a scheme ("https:", "data:") or protocol-relative ("//host/x.png"): not a file beside the article. */
export const isRemoteUrl = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

const MEDIA_URL = /\.(?:png|jpe?g|webp|gif|svg|avif|pdf)$/i;

/** The content-folder path a relative URL in `source` points to ("img/a.png" in "news/x.md" → "news/img/a.png"), or null outside the folder. */
export function mediaPath(source: string, url: string): string | null {
  if (isRemoteUrl(url)) return null;
  let file = url.replace(/[?#].*$/, "");
  try {
    file = decodeURI(file);
  } catch {
    // A stray "%": the name as written.
  }
  const joined = path.normalize(file.startsWith("/") ? file.slice(1) : path.join(path.dirname(source), file));
  return joined && !joined.startsWith("../") && joined !== ".." ? joined : null;
}

/** The host of a remote URL ("cdn.example.com"), or null. */
export function remoteHost(url: string): string | null {
  try {
    return new URL(url.startsWith("//") ? `https:${url}` : url).host || null;
  } catch {
    return null;
  }
}

/** Reference-style images ("![alt][plant]" with "[plant]: plant.png" below) as plain images, so they are checked and published like any other. Changes the tree. */
export function resolveImageReferences(tree: Root): void {
  const definitions = definitionsOf(tree);
  if (!definitions.size) return;
  const replace = (node: Nodes) => {
    if (!("children" in node)) return;
    node.children = node.children.map((child) => (child.type === "imageReference" ? (asImage(child, definitions) ?? child) : child)) as typeof node.children;
    for (const child of node.children) replace(child as Nodes);
  };
  replace(tree);
}

function definitionsOf(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  const collect = (node: Nodes) => {
    if (node.type === "definition") definitions.set(node.identifier, node);
    else if ("children" in node) for (const child of node.children) collect(child as Nodes);
  };
  collect(tree);
  return definitions;
}

function asImage(node: ImageReference, definitions: Map<string, Definition>): Image | undefined {
  const definition = definitions.get(node.identifier);
  return definition && { type: "image", url: definition.url, title: definition.title, alt: node.alt, position: node.position };
}

export type MediaCheck = { media: Record<string, MediaFile>; warnings: Warning[] };

/**
 * The media beside the article that `tree` shows or links to (from `available`, the files its text
 * mentions), and a warning for each image without alt text, each missing file and each remote image.
 * `lineOf` turns an offset in the body into the file's line.
 */
export function checkMedia(tree: Root, source: string, available: Record<string, MediaFile>, lineOf: (offset: number) => number | undefined): MediaCheck {
  const media: Record<string, MediaFile> = {};
  const warnings: Warning[] = [];
  const definitions = definitionsOf(tree);
  const visit = (found: Nodes) => {
    const node = found.type === "imageReference" ? (asImage(found, definitions) ?? found) : found;
    if (node.type === "image") {
      const line = lineOf(node.position?.start.offset ?? 0);
      if (!node.alt?.trim()) warnings.push({ file: source, line, reason: `image "${node.url}" has no alt text: readers who cannot see it are told nothing` });
      if (isRemoteUrl(node.url)) {
        if (!/^data:/i.test(node.url)) {
          warnings.push({ file: source, line, remoteHost: remoteHost(node.url) ?? undefined, reason: `remote image ${node.url} is shown as a link: the site loads nothing from other hosts` });
        }
      } else lookUp(node.url, "image", line);
    } else if (node.type === "link" && MEDIA_URL.test(node.url.replace(/[?#].*$/, "")) && !isRemoteUrl(node.url)) {
      lookUp(node.url, "linked file", lineOf(node.position?.start.offset ?? 0));
    }
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  const lookUp = (url: string, what: string, line: number | undefined) => {
    const file = mediaPath(source, url);
    const found = file !== null ? available[file] : undefined;
    if (found?.refused) warnings.push({ file: source, line, reason: `${what} "${url}" not shown: ${found.refused}` });
    else if (file !== null && found) media[file] = found;
    else warnings.push({ file: source, line, reason: `${what} "${url}" not found beside the article${file ? ` (no file ${file} in the content folder)` : " (outside the content folder)"}` });
  };
  visit(tree);
  return { media, warnings };
}
