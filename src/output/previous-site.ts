// A build replacing a site it built before takes that site's unchanged pages instead of rendering them
// again: a record in the cache folder says what each page was rendered from (its fingerprint, see
// src/site/render-plan.ts) and which file holds it (inode, size, modification time); a page whose
// fingerprint is the same and whose file is untouched is hard-linked into the new site. A change to the
// project's code or the site's settings, or a file edited or replaced since, means rendering it again.
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

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Everything a page's bytes can depend on besides its fingerprint. */
const SITE_SOURCES = ["src", "templates", "public", ".eleventy.ts", "package.json", "package-lock.json"];
const FILES_IN_FLIGHT = 64;

/** The file of the page at `url` ("/a/" → a/index.html, "/feed.xml" → feed.xml) under `folder`. */
export const pageFile = (folder: string, url: string) => path.join(folder, url.endsWith("/") ? `${url}index.html` : url);

const recordFile = (site: string, cacheDir: string) =>
  path.join(cacheDir, "pages", `${createHash("sha256").update(path.resolve(site)).digest("hex").slice(0, 16)}.json`);

let codeVersion: Promise<string> | undefined;
async function siteVersion(config: SiteConfig): Promise<string> {
  codeVersion ??= hashSources(ROOT, SITE_SOURCES);
  return `${await codeVersion} ${JSON.stringify(config)}`;
}

const sameFile = (a: PageRecord, info: { ino: number; size: number; mtimeMs: number }) =>
  a[1] === info.ino && a[2] === info.size && a[3] === info.mtimeMs;

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
  const record = await readFile(recordFile(site, cacheDir), "utf8")
    .then((text) => JSON.parse(text) as SiteRecord)
    .catch(() => null); // no record (first build), or cut short: render everything
  if (!record || record.code !== (await siteVersion(config))) return pages;
  await mapLimited(Object.entries(record.pages), FILES_IN_FLIGHT, async ([url, page]) => {
    const info = await lstat(pageFile(site, url)).catch(() => null);
    if (info?.isFile() && sameFile(page, info)) pages.set(url, page[0]);
  });
  return pages;
}

/** Hard-links pages from the site at `from` into `to` (copies where links are not possible), a few at a time. */
function pageLinker(from: string, to: string): LimitedQueue<string> {
  return limitedQueue(FILES_IN_FLIGHT, async (url: string) => {
    const source = pageFile(from, url);
    const target = pageFile(to, url);
    await mkdir(path.dirname(target), { recursive: true });
    await link(source, target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EXDEV" || error.code === "EPERM" || error.code === "ENOTSUP") return copyFile(source, target);
      throw new Error(`could not take the unchanged page ${url} from ${from}: ${error.message}; build again`);
    });
  });
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
  const file = recordFile(site, cacheDir);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomically(file, JSON.stringify(record));
}
