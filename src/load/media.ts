// Media beside the articles: images and PDFs in the content folder. Read here (their pixel size, so
// that pages do not jump while they load); which article shows them is the extractor's to say.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { imageSize } from "image-size";
import type { MediaFile, RawDocument, Warning } from "../entry";
import { mapLimited } from "../util/map-limited";

export const MEDIA_EXTENSIONS = [".png", ".jpg", ".jpeg", ".webp", ".gif", ".svg", ".avif", ".pdf"];

export const isMediaFile = (source: string) => MEDIA_EXTENSIONS.includes(path.extname(source).toLowerCase());

// What makes an SVG more than a picture when it is opened on its own: script, event handlers, javascript: links,
// embedded HTML. Such files are refused rather than cleaned: a cleaner we wrote would be the weak point.
const ACTIVE_SVG = /<script\b|\son[a-z]+\s*=|javascript:|<foreignObject\b|<iframe\b|<embed\b|<object\b/i;

function activeSvgContent(bytes: Uint8Array): string | undefined {
  const m = ACTIVE_SVG.exec(new TextDecoder().decode(bytes));
  return m ? `active content (${m[0].trim().replace(/\s*=$/, "")})` : undefined;
}

/** Images larger than this are still published, but their size is not read (it would mean reading them whole). */
const MAX_MEASURED_BYTES = 32 * 1024 * 1024;

/** Each media file's pixel size (none for a PDF or an image whose size cannot be read, which is reported). */
export async function readMedia(dir: string, sources: string[]): Promise<{ media: Record<string, MediaFile>; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const sizes = await mapLimited(sources, 16, async (source): Promise<MediaFile> => {
    if (source.toLowerCase().endsWith(".pdf")) return {};
    try {
      const bytes = await readFile(path.join(dir, source));
      const refused = source.toLowerCase().endsWith(".svg") ? activeSvgContent(bytes) : undefined;
      if (refused) {
        warnings.push({ file: source, reason: `SVG holds ${refused}: not published (opened on its own, it would run in the site's origin)` });
        return { refused: `the file holds ${refused}` };
      }
      if (bytes.length > MAX_MEASURED_BYTES) return {};
      const { width, height } = imageSize(bytes);
      return width > 0 && height > 0 ? { width, height } : {};
    } catch (error) {
      warnings.push({ file: source, reason: `image size not readable (${(error as Error).message}); shown without width and height` });
      return {};
    }
  });
  const media: Record<string, MediaFile> = {};
  sources.forEach((source, i) => (media[source] = sizes[i]));
  return { media, warnings };
}

/**
 * The document with the media whose file names its text mentions: all it may reference, found without
 * reading the Markdown, and few enough that a changed image re-renders only the articles that may show it.
 */
export function withMentionedMedia(doc: RawDocument, media: Record<string, MediaFile>): RawDocument {
  const mentioned: Record<string, MediaFile> = {};
  for (const [source, size] of Object.entries(media)) {
    const name = source.slice(source.lastIndexOf("/") + 1);
    if (doc.text.includes(name) || doc.text.includes(encodeURI(name))) mentioned[source] = size;
  }
  return Object.keys(mentioned).length ? { ...doc, media: mentioned } : doc;
}
