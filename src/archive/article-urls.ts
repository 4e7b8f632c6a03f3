// Article URLs: readable (date and headline: /articles/2021/11/xiaomi-beijing-e-town-car-plant/), or
// the editor's (`slug:`, `permalink:` in front matter), and stable: an article keeps the URL the
// publication record gives it however its extracted headline or date change later. A URL an article
// leaves (an editor's new slug) stays reserved and becomes a redirect to the new one.
import { createHash } from "node:crypto";
import type { DateFact, Warning } from "../entry";
import type { PublicationRecord } from "../load/publication-record";
import { slugify } from "./slug";
import { boundedMemo } from "../util/bounded-memo";

/** What an article's URL is worked out from. */
export interface UrlRequest {
  source: string;
  date: DateFact;
  title: string;
  frontMatter: Record<string, unknown>;
  /** Digest of the article's text (see `textDigest`). */
  text: string;
}

export interface Redirect {
  from: string;
  to: string;
}

export interface UrlAssignment {
  /** The URL of each request, in order: unique, never one another article has had. */
  urls: string[];
  /** The record with every request's publication (new ones first published `now`). */
  record: PublicationRecord;
  /** Old URLs of the articles present, each to the article's current URL. */
  redirects: Redirect[];
  warnings: Warning[];
}

const ARTICLES = "/articles/";
/** Headline words a URL does without. */
const FILLERS = new Set(["a", "an", "the", "of", "and", "in", "on", "at", "to", "for", "with", "by", "from", "its", "as", "s"]);
/** A headline part longer than this is cut at a word. */
const MAX_HEADLINE_SLUG = 60;
/** Of which a qualifier takes at most this much. */
const MAX_QUALIFIER_SLUG = 30;

export const textDigest = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 20);

/** "2021/11/" from the known parts of a date; unknown parts are left out ("2021/", ""). */
export function datePath(date: DateFact): string {
  if (date.year === null) return "";
  return date.month === null ? `${date.year}/` : `${date.year}/${String(date.month).padStart(2, "0")}/`;
}

/** Words as a URL part, without fillers, cut at a word to at most `max` characters. */
function slugWords(text: string, max: number): string {
  const words = slugify(text.replace(/[^\p{L}\p{N}'’]+/gu, " ").trim().split(/\s+/).filter((w) => !FILLERS.has(slugify(w))).join(" ")).split("-");
  let slug = "";
  for (const word of words) {
    if (slug && slug.length + 1 + word.length > max) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  return slug;
}

/**
 * The headline as a URL part: its words without fillers, cut at a word near 60 characters. The words the
 * archive adds to tell equal titles apart ("(Hefei, May 2021)") are kept, the headline cut before them:
 * cut off, they would leave such articles one URL and "-2", "-3". Kept per headline: every build asks for every article's.
 */
export const headlineSlug = boundedMemo((title: string): string => {
  const qualified = /^(.*\S)\s*\(([^()]+)\)$/.exec(title.trim());
  const qualifier = qualified ? slugWords(qualified[2], MAX_QUALIFIER_SLUG) : "";
  if (!qualified || !qualifier) return slugWords(title, MAX_HEADLINE_SLUG);
  const headline = slugWords(qualified[1], MAX_HEADLINE_SLUG - qualifier.length - 1);
  return headline ? `${headline}-${qualifier}` : qualifier;
});

/** For a name without Latin letters or digits: "article-" and a short hash of the source path, stable and distinct. */
export const sourceSlug = (source: string): string => `article-${createHash("sha256").update(source).digest("hex").slice(0, 8)}`;

/** The URL an article would be given now, from its date and headline (or the source path when the headline has no Latin letters). */
export function naturalUrl(request: Pick<UrlRequest, "source" | "date" | "title">): string {
  return `${ARTICLES}${datePath(request.date)}${headlineSlug(request.title) || sourceSlug(request.source)}/`;
}

/** The URL the editor asks for in front matter, or null; a malformed one is reported. */
function editorUrl(request: UrlRequest, warnings: Warning[]): string | null {
  const { permalink, slug } = request.frontMatter;
  if (permalink !== undefined) {
    const segments = typeof permalink === "string" ? permalink.replace(/(^\/+|\/+(index\.html)?$)/g, "").split("/") : [];
    const clean = segments.length > 1 && segments[0] === "articles" && segments.every((s) => s !== "" && slugify(s) === s);
    if (clean) return `/${segments.join("/")}/`;
    warnings.push({
      file: request.source,
      reason: `front matter "permalink" should be a path under /articles/ of lowercase letters, digits and dashes ("/articles/2021/nio-hefei/"), got ${JSON.stringify(permalink)}; ignored`,
    });
  }
  if (slug !== undefined) {
    const clean = typeof slug === "string" ? slugify(slug) : "";
    if (clean) return `${ARTICLES}${datePath(request.date)}${clean}/`;
    warnings.push({ file: request.source, reason: `front matter "slug" should be words for the URL ("nio-hefei-plant"), got ${JSON.stringify(slug)}; ignored` });
  }
  return null;
}

/** `url` itself when free, else with "-2", "-3", ... before the final slash. */
function firstFree(url: string, taken: Set<string>): string {
  let free = url;
  for (let n = 2; taken.has(free); n++) free = `${url.slice(0, -1)}-${n}/`;
  return free;
}

/**
 * Give each article (requests in a stable order) its URL. Recorded articles keep theirs unless the
 * editor asks for another that is free; a file moved unchanged takes over the record of the file it
 * was; new articles get their date-and-headline URL, made distinct with "-2", "-3", ... Every URL any
 * article of the record has had stays taken, so that no old link ever lands on another article.
 */
export function assignArticleUrls(requests: UrlRequest[], previous: PublicationRecord, now: string): UrlAssignment {
  const warnings: Warning[] = [];
  const record: PublicationRecord = { ...previous };
  const present = new Set(requests.map((r) => r.source));
  // Files gone since the record was made, by text: a new file with the same text is the same article moved.
  const gone = new Map<string, string>();
  for (const [source, p] of Object.entries(previous)) if (!present.has(source) && !gone.has(p.text)) gone.set(p.text, source);
  for (const request of requests) {
    const moved = record[request.source] ? undefined : gone.get(request.text);
    if (moved === undefined) continue;
    record[request.source] = record[moved];
    delete record[moved];
    gone.delete(request.text);
  }
  const taken = new Set(Object.values(record).flatMap((p) => p.urls));
  const holder = new Map(Object.entries(record).flatMap(([source, p]) => p.urls.map((u) => [u, source] as const)));
  const take = (url: string, source: string) => {
    taken.add(url);
    holder.set(url, source);
    return url;
  };

  const asked = requests.map((request) => editorUrl(request, warnings));
  const targets = requests.map((request, i) => asked[i] ?? naturalUrl(request));
  const urls = requests.map((request, i) => {
    const known = record[request.source];
    if (!known) {
      record[request.source] = { urls: [take(firstFree(targets[i], taken), request.source)], firstPublished: now, text: request.text };
      return record[request.source].urls[0];
    }
    // Recorded: pinned to its URL, unless the editor asks for one no other article has had.
    const current = known.urls.at(-1)!;
    const wanted = asked[i] ?? current;
    const other = holder.get(wanted);
    const url = other === undefined || other === request.source ? take(wanted, request.source) : current;
    record[request.source] = { ...known, urls: [...known.urls.filter((u) => u !== url), url], text: request.text };
    return url;
  });

  // Said on every build (the record keeps the outcome, not the reason), so that reports of the same content are the same.
  requests.forEach((request, i) => {
    const other = holder.get(targets[i]);
    const suffixed = urls[i].startsWith(targets[i].slice(0, -1) + "-") && /^-\d+\/$/.test(urls[i].slice(targets[i].length - 1));
    if (suffixed && other !== undefined && other !== request.source) {
      warnings.push({ file: request.source, reason: `same URL ${targets[i]} as "${other}"; both kept, this one at ${urls[i]}` });
    }
    if (asked[i] !== null && !suffixed && urls[i] !== asked[i]) {
      warnings.push({ file: request.source, reason: `front matter asks for ${asked[i]}, which "${other}" has had; kept at ${urls[i]}` });
    }
    if (asked[i] === null && !headlineSlug(request.title)) {
      warnings.push({ file: request.source, reason: `no Latin letters or digits in the headline for a URL; published at ${urls[i]}` });
    }
  });

  const redirects = requests.flatMap((r, i) => record[r.source].urls.filter((u) => u !== urls[i]).map((from) => ({ from, to: urls[i] })));
  redirects.sort((a, b) => (a.from < b.from ? -1 : 1));
  return { urls, record, redirects, warnings };
}

// A watching process assigns the same articles again after every saved file.
let lastAssigned: { requests: UrlRequest[]; assignment: UrlAssignment } | null = null;

const sameUrlInputs = (a: UrlRequest, b: UrlRequest) =>
  a.source === b.source &&
  a.title === b.title &&
  datePath(a.date) === datePath(b.date) &&
  (a.frontMatter === b.frontMatter || JSON.stringify([a.frontMatter.permalink, a.frontMatter.slug]) === JSON.stringify([b.frontMatter.permalink, b.frontMatter.slug]));

/**
 * `assignArticleUrls`, where the last call's answer is kept when it cannot differ: the same articles (in the
 * same order) with the same headlines, date paths and editor's URLs, assigned over the record that call
 * returned. Only their texts may have changed, and a text only updates the article's record.
 */
export function assignArticleUrlsAgain(requests: UrlRequest[], previous: PublicationRecord, now: string): UrlAssignment {
  const last = lastAssigned;
  const same =
    last !== null &&
    requests.length === last.requests.length &&
    requests.every((request, i) => request === last.requests[i] || sameUrlInputs(request, last.requests[i])) &&
    sameRecord(previous, last.assignment.record);
  let assignment: UrlAssignment;
  if (same) {
    const record = { ...previous };
    for (const { source, text } of requests) if (record[source].text !== text) record[source] = { ...record[source], text };
    assignment = { ...last.assignment, record, warnings: [...last.assignment.warnings] };
  } else assignment = assignArticleUrls(requests, previous, now);
  lastAssigned = { requests, assignment };
  return assignment;
}

/** The same publications (the same objects) under the same sources. */
function sameRecord(a: PublicationRecord, b: PublicationRecord): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The build's clock as the record writes it, to the second; SOURCE_DATE_EPOCH (reproducible builds) sets it. */
export function publicationTime(env: NodeJS.ProcessEnv = process.env, clock: () => number = Date.now): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const ms = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? epoch * 1000 : clock();
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}
