// A build replacing a site it built before takes that site's unchanged pages instead of rendering them
// again: a record in the cache folder says what each page was rendered from (its fingerprint, see
// src/site/render-plan.ts) and which file holds it (inode, size, modification time); a page whose
// fingerprint is the same and whose file is untouched is hard-linked into the new site. A change to the
// project's code or the site's settings, or a file edited or replaced since, means rendering it again.
// The site's search files and export are taken the same way, all or none, when the key of what they are
// made from (every entry, the settings, the search thread's code) is the one recorded with them.
import { createHash } from "node:crypto";
import { copyFile, link, lstat, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { defaultCacheDir } from "../util/cache-dir";
import { limitedQueue, mapLimited, type LimitedQueue } from "../util/map-limited";
import { ownerOf } from "../util/orphaned-caches";
import { hashSources } from "../util/source-hash";
import { writeFileAtomically } from "../util/write-atomically";
import type { SiteConfig } from "../settings/config";
import type { Fingerprints, PreviousSite } from "../site/render-plan";

type PageRecord = [fingerprint: string, inode: number, size: number, modifiedMs: number];
type SiteRecord = { owner: string; code: string; pages: { [url: string]: PageRecord } };
/** The search files and export of a built site (paths relative to it), and what they were made from (src/site/site-data.ts `searchFilesKey`). */
type SearchRecord = { owner: string; key: string; files: SearchFileStamps };
type FileStamp = [inode: number, size: number, modifiedMs: number];

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Everything a page's bytes can depend on besides its fingerprint. */
const SITE_SOURCES = ["src", "templates", "public", ".eleventy.ts", "package.json", "package-lock.json"];
const FILES_IN_FLIGHT = 64;

/** The file of the page at `url` ("/a/" → a/index.html, "/feed.xml" → feed.xml) under `folder`. */
export const pageFile = (folder: string, url: string) => path.join(folder, pagePath(url));
const pagePath = (url: string) => (url.endsWith("/") ? `${url}index.html` : url);

const recordFile = (site: string, cacheDir: string, kind: "pages" | "search" = "pages") =>
  path.join(cacheDir, kind, `${createHash("sha256").update(path.resolve(site)).digest("hex").slice(0, 16)}.json`);

/** The record at `file`, or null: none (a first build), or cut short. */
const readRecord = <T>(file: string): Promise<T | null> =>
  readFile(file, "utf8")
    .then((text) => JSON.parse(text) as T)
    .catch(() => null);

async function writeRecord(file: string, record: object): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomically(file, JSON.stringify(record));
}

let codeVersion: Promise<string> | undefined;
async function siteVersion(config: SiteConfig): Promise<string> {
  codeVersion ??= hashSources(ROOT, SITE_SOURCES);
  return `${await codeVersion} ${JSON.stringify(config)}`;
}

type FileInfo = { ino: number; size: number; mtimeMs: number };
const stampOf = (info: FileInfo): FileStamp => [info.ino, info.size, info.mtimeMs];
const sameFile = ([inode, size, modifiedMs]: FileStamp, info: FileInfo) => inode === info.ino && size === info.size && modifiedMs === info.mtimeMs;

/** Whether the file at `file` is the one `stamp` recorded, untouched since. */
const untouched = async (file: string, stamp: FileStamp) => {
  const info = await lstat(file).catch(() => null);
  return info?.isFile() === true && sameFile(stamp, info);
};

/**
 * The site at `site`, which the build into `into` will replace: its pages that are as the recorded build
 * left them, with their fingerprints, and a way to take them (linking starts at once, so that it goes on
 * while the other pages render; `linked` resolves when all taken pages are in place).
 */
export async function openPreviousSite(site: string, into: string, config: SiteConfig, cacheDir = defaultCacheDir()): Promise<PreviousSite & { linked(): Promise<void> }> {
  const linker = pageLinker(site, into);
  return { pages: await unchangedPages(site, config, cacheDir), take: (url) => linker.add(url), linked: () => linker.done() };
}

async function unchangedPages(site: string, config: SiteConfig, cacheDir: string): Promise<Fingerprints> {
  const pages: Fingerprints = new Map();
  const record = await readRecord<SiteRecord>(recordFile(site, cacheDir)); // none: render everything
  if (!record || record.code !== (await siteVersion(config))) return pages;
  await mapLimited(Object.entries(record.pages), FILES_IN_FLIGHT, async ([url, [fingerprint, ...stamp]]) => {
    if (await untouched(pageFile(site, url), stamp)) pages.set(url, fingerprint);
  });
  return pages;
}

/**
 * Hard-links files of the site at `from` into `to` (a copy where links are not possible); `what` names a file
 * in an error. Each folder is made once, not once per file (a term's pages share one, the search docs another).
 */
function fileTaker(from: string, to: string): (file: string, what: string) => Promise<void> {
  const folders = new Map<string, Promise<unknown>>();
  const folder = (dir: string) => folders.get(dir) ?? folders.set(dir, mkdir(dir, { recursive: true })).get(dir)!;
  return (file, what) => takeFile(from, to, file, what, folder);
}

async function takeFile(from: string, to: string, file: string, what: string, folder: (dir: string) => Promise<unknown>): Promise<void> {
  const source = path.join(from, file);
  const target = path.join(to, file);
  await folder(path.dirname(target));
  await link(source, target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EXDEV" || error.code === "EPERM" || error.code === "ENOTSUP") return copyFile(source, target);
    throw new Error(`could not take ${what} from ${from}: ${error.message}; build again`);
  });
}

/** Hard-links pages from the site at `from` into `to`, a few at a time. */
function pageLinker(from: string, to: string): LimitedQueue<string> {
  const take = fileTaker(from, to);
  return limitedQueue(FILES_IN_FLIGHT, (url: string) => take(pagePath(url), `the unchanged page ${url}`));
}

/**
 * Record what the pages of the build in `folder` were rendered from, for the next build replacing the
 * site at `site` (where `folder` is published: a rename, which keeps each file as it is).
 */
export async function recordPages(folder: string, site: string, pages: Fingerprints, config: SiteConfig, cacheDir = defaultCacheDir()): Promise<void> {
  const record: SiteRecord = { ...ownerOf(site), code: await siteVersion(config), pages: {} };
  const urls = [...pages.keys()];
  const infos = await mapLimited(urls, FILES_IN_FLIGHT, (url) => lstat(pageFile(folder, url)).catch(() => null));
  urls.forEach((url, i) => {
    const info = infos[i];
    if (info?.isFile()) record.pages[url] = [pages.get(url)!, info.ino, info.size, info.mtimeMs];
  });
  await writeRecord(recordFile(site, cacheDir), record);
}

/** Search files (relative to their site) and what each was when written: a record, or what a build took or wrote. */
export type SearchFileStamps = { [file: string]: FileStamp };

/**
 * The search files and export of the site at `site`, hard-linked into `into` when they were made from what
 * `key` sums up and are as that build left them: a build that changes no entry, no setting and no search
 * code (only a template or a style, or nothing) does not index the archive again. Returns the files taken
 * (a link is the same file: its stamp is the one recorded), or null when they must be made (nothing is taken then).
 */
export async function takeSearchFiles(site: string, into: string, key: string, cacheDir = defaultCacheDir()): Promise<SearchFileStamps | null> {
  const record = await readRecord<SearchRecord>(recordFile(site, cacheDir, "search"));
  if (record?.key !== key) return null;
  const files = Object.entries(record.files);
  const same = await mapLimited(files, FILES_IN_FLIGHT, ([file, stamp]) => untouched(path.join(site, file), stamp));
  if (!same.every(Boolean)) return null;
  const take = fileTaker(site, into);
  await mapLimited(files, FILES_IN_FLIGHT, ([file]) => take(file, `the search file ${file}`));
  return record.files;
}

/** What the search files `files` under `folder` are, just written: asked as soon as they are, while the pages still render. */
export async function stampSearchFiles(folder: string, files: string[]): Promise<SearchFileStamps> {
  const stamps: SearchFileStamps = {};
  const infos = await mapLimited(files, FILES_IN_FLIGHT, (file) => lstat(path.join(folder, file)).catch(() => null));
  files.forEach((file, i) => {
    const info = infos[i];
    if (info?.isFile()) stamps[file] = stampOf(info);
  });
  return stamps;
}

/**
 * Record the search files of a build (`files`, made from what `key` sums up) for the next build replacing the
 * site at `site`, where the build's folder is published (a rename, which keeps each file as it is).
 */
export async function recordSearchFiles(site: string, key: string, files: SearchFileStamps, cacheDir = defaultCacheDir()): Promise<void> {
  await writeRecord(recordFile(site, cacheDir, "search"), { ...ownerOf(site), key, files } satisfies SearchRecord);
}
