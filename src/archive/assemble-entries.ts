// The archive stage: prepared articles become the archive's entries, each with its URL (from its date and
// headline, then kept by the publication record, so URLs stay stable when extraction improves), newest first.
import type { Entry, ExtractedEntry, RawDocument, Warning } from "../entry";
import type { PublicationRecord } from "../load/publication-record";
import { fieldText, withShownTitle } from "../prepare/field-text";
import { readableText } from "../prepare/readable-text";
import type { FieldName } from "../prepare/fields";
import { factMarks } from "../prepare/highlight";
import { bodyAt, imageOptions, renderBody } from "../prepare/markdown";
import type { PreparedArticle } from "../prepare/prepare-article";
import type { FieldDigests } from "../prepare/field-digests";
import { deepFreeze } from "../util/deep-freeze";
import { assignArticleUrlsAgain, textDigest, type Redirect } from "./article-urls";
import { distinctTitlesAgain } from "./distinct-titles";
import { recordOrigin } from "./entry-origin";
import { compareNewestFirst } from "./order";

export type LoadedEntries = {
  entries: Entry[];
  warnings: Warning[];
  /** The search index's text of each entry (same order), done in the extraction pool or cached. */
  searchFields: Array<Record<FieldName, string>>;
  /** The text each entry's search result quotes, when it is not its body (Markdown), same order. */
  searchTexts: Array<string | undefined>;
  /** The body's HTML of each entry (same order), as its article page shows it: rendered in the extraction pool or cached. */
  bodies: string[];
  /** Per entry (same order), a key that changes whenever the entry does: its document, extractor and URL. */
  versions: string[];
  /** Media files beside the articles that some article shows or links to: published at /media/<path>. */
  media: string[];
  /** The publication record with every entry in it (new ones first published `now`), to be saved by a build that publishes. */
  record: PublicationRecord;
  /** Old article URLs, each to where the article is now. */
  redirects: Redirect[];
};

/** What URLs are given from: the documents (front matter, text), the record so far and the build's time. */
export type Publication = { documents: RawDocument[]; record: PublicationRecord; now: string };

/**
 * Prepared articles (and their cache keys) → entries, newest first, with their search texts; `warnings` are
 * those met so far, extended; `media` the media files beside the articles, of which those referenced are kept.
 */
export function assembleEntries(results: PreparedArticle[], keys: string[], warnings: Warning[], publication: Publication, media: readonly string[] = []): LoadedEntries {
  for (const result of results) warnings.push(...result.warnings);
  const kept = results.flatMap((result, i) => (result.entry ? [{ result, entry: result.entry, key: keys[i] }] : []));
  // Titles that come out the same for several articles get a qualifier; it depends on the other articles, so it is part of the version.
  const titles = distinctTitlesAgain(kept.map((k) => k.entry));
  const documentOf = new Map(publication.documents.map((doc) => [doc.source, doc]));
  // New articles' URLs are made from their archive-wide titles, so that articles with the same headline are not told apart by -2, -3.
  const assigned = assignArticleUrlsAgain(
    kept.map(({ entry }, i) => {
      const doc = documentOf.get(entry.source)!;
      return { source: entry.source, date: entry.date, title: titles[i].title, frontMatter: doc.frontMatter, text: digestOf(doc) };
    }),
    publication.record,
    publication.now,
  );
  warnings.push(...assigned.warnings);
  const loaded = kept.map(({ result, entry, key }, i) => placed(result, entry, key, assigned.urls[i], titles[i]));
  loaded.sort((a, b) => compareNewestFirst(a.entry, b.entry));
  const entries = loaded.map((l) => l.entry);
  return {
    entries,
    warnings,
    searchFields: loaded.map((l) => l.fields),
    searchTexts: loaded.map((l) => l.text),
    bodies: loaded.map((l) => l.bodyHtml),
    versions: loaded.map((l) => l.version),
    media: referencedMedia(media, entries, warnings),
    record: assigned.record,
    redirects: assigned.redirects,
  };
}

/** The media some article references; each of the others is reported (not an error: it is simply not published). */
function referencedMedia(media: readonly string[], entries: Entry[], warnings: Warning[]): string[] {
  const used = new Set(entries.flatMap((e) => Object.keys(e.media ?? {})));
  for (const file of media) if (!used.has(file)) warnings.push({ file, reason: "media file no article references; not published" });
  return media.filter((file) => used.has(file));
}

type Placed = { entry: Entry; fields: Record<FieldName, string>; text: string | undefined; bodyHtml: string; version: string };
// A watching process places the same prepared articles at the same URLs again after every saved file.
const lastPlaced = new WeakMap<PreparedArticle, Placed>();

/** A prepared article as an entry of the archive, at `url` under its archive-wide title. */
function placed(result: PreparedArticle, extracted: ExtractedEntry, key: string, url: string, title: { title: string; qualifier: string | null }): Placed {
  const version = `${key} ${url} ${title.title}`;
  const known = lastPlaced.get(result);
  if (known?.version === version) return known;
  const made = {
    entry: withUrl(extracted, result.fieldDigests, url, title),
    fields: withShownTitle(result.searchFields ?? fieldText(extracted, readableText(extracted)), title.title),
    text: result.searchText ?? undefined,
    bodyHtml: bodyAt(url, result.bodyHtml ?? renderBody(extracted.body, factMarks(extracted), extracted.captions, imageOptions(extracted))),
    version,
  };
  lastPlaced.set(result, made);
  return made;
}

// A watching process reads again only the files that changed: the others are the same document objects.
const digests = new WeakMap<RawDocument, string>();
const digestOf = (doc: RawDocument) => digests.get(doc) ?? digests.set(doc, textDigest(doc.text)).get(doc)!;

// A watching process gets the same result objects back from the cache for the files that did not change:
// an unchanged article keeps its entry object, and what later stages keep with it. Entries are frozen
// where they are made, so that is safe.
const slugged = new WeakMap<ExtractedEntry, Entry>();

/** The entry with its URL (and slug: the URL below /articles/) and archive-wide title: the same object as last time when neither changed, so that what is cached by entry (listing fragments, the export's JSON) stays found. */
function withUrl(extracted: ExtractedEntry, digests: FieldDigests | null, url: string, { title, qualifier }: { title: string; qualifier: string | null }): Entry {
  const known = slugged.get(extracted);
  if (known?.url === url && known.title === title) return known;
  const titleHow = qualifier ? { inferred: [], ...extracted.titleHow, qualifier } : extracted.titleHow;
  const entry = deepFreeze({ ...extracted, title, ...(titleHow ? { titleHow } : {}), slug: url.replace(/^\/articles\/|\/$/g, ""), url });
  // What of it is extraction's (digested in the pool) and what the archive set: the pages' reuse keys digest only the latter again.
  if (digests) recordOrigin(entry, extracted, digests);
  slugged.set(extracted, entry);
  return entry;
}
