// A build, as a table of contents. Each stage is a named function from its input to its output:
//   1. load      content folder → raw documents + warnings                                  src/load
//   2. prepare   documents → prepared articles (entry, body HTML, search text), cached per
//                document and code version, on every core                                 src/prepare
//   3. archive   prepared articles → entries with URLs (kept by the content folder's
//                publication record), newest first                                          src/archive
//   4. search    entries → the search index's files, on another thread (beside 5 and 6), or
//                taken from the site replaced when made from the same entries             src/search
//   5. site data entries → what the templates read (taxonomies, lists, pages' inputs)      src/site
//   6. pages     site data → HTML pages, by Eleventy (.eleventy.ts, templates/), unchanged
//                pages taken from the site being replaced                                  src/output
//   7. report    what was published or skipped and why (/report/, report.json)             src/report
// `extract` stops after stage 3; `build` runs them all into a staging folder published when complete;
// `serve` runs them again on every change.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { UserConfig } from "@11ty/eleventy";
import { assembleEntries, type LoadedEntries } from "./archive/assemble-entries";
import { readContent } from "./load/read-content";
import { RECORD_FILE, RECORD_FOLDER, readPublicationRecord, writePublicationRecord, type PublicationRecord } from "./load/publication-record";
import { publicationTime } from "./archive/article-urls";
import { replaceFolder } from "./output/atomic-folder";
import { openPreviousSite, pageFile, recordPages, recordSearchFiles, stampSearchFiles, takeSearchFiles, type SearchFileStamps } from "./output/previous-site";
import { publishMedia } from "./output/publish-media";
import { prepareDocuments } from "./prepare/prepare-documents";
import type { BuildReport } from "./report/build-report";
import { formatWarning } from "./report/format-warning";
import { searchCodeVersion, writeSearchFilesAside } from "./search/search-aside";
import { LOCAL_BASE_URL, siteConfig, type SiteConfig } from "./settings/config";
import type { SiteSettings } from "./settings/settings-file";
import { buildSiteData, searchArticles, searchFilesKey, type SiteData } from "./site/site-data";
import { beginBuild, beginPass, currentPages, finishBuild, forgetWrittenPages, pagesLeft, passesLeft } from "./site/render-plan";
import { defaultCacheDir } from "./util/cache-dir";
import { collectGarbage, collectGarbageIfGrown } from "./util/collect-garbage";
import { removeOrphanedCaches } from "./util/orphaned-caches";
import { StageProfile } from "./util/stage-profile";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The content folder and the site settings (the settings file with the command line's flags over it). */
export type ArchiveOptions = SiteSettings & { content: string; remoteImageHosts?: string[] };

// A watching process (`npm start`, which does not write the publication record) keeps the URLs it has given while it runs.
const sessionRecords = new Map<string, PublicationRecord>();

/**
 * Stages 1 to 3: the content folder's entries (newest first), their search texts and every warning, and
 * the publication record with the new articles in it (first published `now`); `recordWritable` is false
 * when the folder's record is damaged and must be left as it is. `changed`: the files a watcher reported
 * since the last load; `keep`: what was read and extracted is kept in memory for the next load (watching).
 */
export async function loadEntries(
  contentDir: string,
  profile = new StageProfile(false),
  now: string = publicationTime(),
  changed?: ReadonlySet<string>,
  keep = false,
): Promise<LoadedEntries & { recordWritable: boolean }> {
  const [{ documents, warnings, media }, published] = await profile.time("load", () => Promise.all([readContent(contentDir, changed, keep), readPublicationRecord(contentDir)]));
  warnings.push(...published.warnings);
  const { results, keys } = await profile.time("prepare (extract, render bodies, search text)", () => prepareDocuments(contentDir, documents, keep));
  const record = { ...published.record, ...sessionRecords.get(contentDir) };
  const loaded = await profile.time("archive", () => assembleEntries(results, keys, warnings, { documents, record, now }, media));
  sessionRecords.set(contentDir, loaded.record);
  return { ...loaded, recordWritable: published.writable };
}

/** The profile's last record of each (re)build: from the pages' start until the search files, media and removed pages are done. */
export const BUILD_FINISHED = "build finished (pages, then search thread, media, removed pages awaited)";

/**
 * Stages 4 to 7 as Eleventy's build hooks: before each (re)build, the entries are loaded, the search files
 * started on their thread and the site data made; the templates read the site data; after it, building
 * beside a site it replaces, that site's unchanged pages are taken and what the new one was made from recorded.
 */
function pagesStage(config: SiteConfig, profile: StageProfile, watching: boolean, pagesPerPass: number, nextPass: () => void) {
  return (eleventyConfig: UserConfig) => {
    let pagesFrom = { wall: 0, cpu: process.cpuUsage() };
    let output = "_site";
    let searchWritten: Promise<SearchFiles> = Promise.resolve(null);
    let mediaCopied: Promise<unknown> = Promise.resolve();
    let previous: Awaited<ReturnType<typeof openPreviousSite>> | undefined;
    let site: Readonly<SiteData> | undefined;
    let record: PublicationRecord | null = null;
    // Watching: the content files (relative paths) the watcher reported since the build in progress started,
    // when nothing else changed; "all": read every file (the first build, or something besides the content changed).
    let changedContent: Set<string> | "all" | undefined = "all";
    // Before each (re)build: stages 1 to 5 (the search files on their thread), the warnings printed.
    eleventyConfig.on("eleventy.before", async ({ directories }) => {
      // The build's next pass of pages: the stages before are done.
      if (pagesLeft()) {
        collectGarbageIfGrown(); // what the passes before left: the heap stays near what one pass holds
        return beginPass();
      }
      output = directories.output;
      previous = config.replacing ? await openPreviousSite(config.replacing, output, config) : undefined;
      beginBuild(output, previous, pagesPerPass);
      const changed = changedContent;
      changedContent = undefined;
      const loaded = await loadEntries(config.contentDir, profile, undefined, changed === "all" ? undefined : changed, watching);
      record = loaded.recordWritable ? loaded.record : null;
      // The search files need only the entries: started before the site data, their thread works beside it and the pages.
      searchWritten = searchStage(output, config, searchArticles(loaded), watching, profile);
      searchWritten.catch(() => {}); // reported when the build awaits it
      const data = await profile.time("site data", () => buildSiteData(loaded, config));
      for (const warning of data.site.warnings) process.stderr.write(formatWarning(warning) + "\n");
      // Images and PDFs beside the articles, published with the pages that show them.
      mediaCopied = publishMedia(config.contentDir, output, data.site.media);
      mediaCopied.catch(() => {});
      // Frozen, Eleventy hands the same object to every template instead of deep-copying its records for each.
      site = Object.freeze(data.site);
      if (!watching) collectGarbage(); // a rebuild while watching has little garbage and no time to spare
      pagesFrom = { wall: performance.now(), cpu: process.cpuUsage() };
    });
    // The templates' data: what the stage before made for this build.
    eleventyConfig.addGlobalData("site", () => site);
    eleventyConfig.on("eleventy.after", async () => {
      if (pagesLeft()) return nextPass(); // the build goes on with another pass
      const used = process.cpuUsage(pagesFrom.cpu);
      profile.record("pages (Eleventy renders and writes)", (performance.now() - pagesFrom.wall) / 1000, (used.user + used.system) / 1e6);
      await previous?.linked();
      const search = await searchWritten;
      await mediaCopied;
      if (config.replacing) await recordPages(output, config.replacing, currentPages(), config);
      if (config.replacing && search) await recordSearchFiles(config.replacing, search.key, search.files);
      // A watching process writes over the last build: the pages it no longer has go.
      await Promise.all(finishBuild().map((url) => rm(pageFile(output, url), { force: true })));
      // A build that publishes (not `npm start`) records its new articles' URLs and first-published times.
      if (config.replacing && record && (await writePublicationRecord(config.contentDir, record))) {
        process.stderr.write(`recorded article URLs in ${path.join(config.contentDir, RECORD_FILE)}: commit it with the content, it keeps them stable\n`);
      }
      profile.record(BUILD_FINISHED, (performance.now() - pagesFrom.wall) / 1000, null);
      if (!watching) return;
      process.stderr.write(`${BUILT} ${output}\n`);
      // A file saved while the passes of this build ran is built now.
      if (changedContent !== undefined) nextPass();
    });
    // Watching: a saved article re-renders only the pages that show it; any other change, every page.
    const content = path.resolve(config.contentDir) + path.sep;
    eleventyConfig.on("eleventy.beforeWatch", (changed) => {
      const files = changed.map((file) => path.resolve(file)).filter((file) => file !== NEXT_PASS);
      if (!files.length) return; // only the next pass of the build in progress
      const elsewhere = files.some((file) => !file.startsWith(content));
      if (elsewhere) forgetWrittenPages();
      const relative = files.map((file) => file.slice(content.length).split(path.sep).join("/"));
      changedContent = elsewhere || changedContent === "all" ? "all" : new Set([...(changedContent ?? []), ...relative]);
    });
    eleventyConfig.addWatchTarget(config.contentDir);
    // A build beside this one writing the publication record is no edit to the content.
    eleventyConfig.watchIgnores.add(`**/${RECORD_FOLDER}/**`);
  };
}

/** The search files and export of a build (relative to its output folder) and what they were made from (null: no site is replaced). */
type SearchFiles = { files: SearchFileStamps; key: string } | null;

/**
 * Stage 4, on another thread: the search files and the export of `articles`. A build replacing a site whose
 * files were made from the same entries, settings and search code takes them from it instead.
 */
async function searchStage(output: string, config: SiteConfig, articles: ReturnType<typeof searchArticles> | null, watching: boolean, profile: StageProfile): Promise<SearchFiles> {
  const key = config.replacing ? searchFilesKey(articles!, config, await searchCodeVersion()) : null;
  const started = performance.now();
  const taken = key && (await takeSearchFiles(config.replacing!, output, key));
  if (key && taken) {
    profile.record("search files and entries.json (taken from the site replaced)", (performance.now() - started) / 1000, null);
    return { files: taken, key };
  }
  const writing = writeSearchFilesAside(output, config, articles!, watching);
  articles = null; // the worker's once sent: not held here while it works (and the pages are rendered)
  const { files, seconds } = await writing;
  profile.record("search files and entries.json (another thread, beside site data and pages)", seconds, null);
  return key ? { files: await stampSearchFiles(output, files), key } : null;
}

/**
 * After a pass: Eleventy keeps the run's template map, which holds every page it rendered, until its next run
 * replaces it, so a pass's pages would stay beside the next pass's. Let go, the collection before the next
 * pass takes them (10,000 articles: ~100 MB less live through each pass). The property is Eleventy's own
 * (TemplateWriter's `templateMap`, set anew by each run: tests/eleventy-internals.test.ts checks it is still there).
 */
function releaseRenderedPages(elev: object): void {
  const writer = (elev as { writer?: { templateMap?: unknown } }).writer;
  if (writer && "templateMap" in writer) writer.templateMap = undefined;
}

/** What a watching process prints when a (re)build, all its passes, has written its pages (`tests/support/watch.ts` waits for it). */
export const BUILT = "watching: built";

/** A path no file has: the watch queue's entry for the next pass of a rebuild (Eleventy runs again while its queue holds something). */
const NEXT_PASS = path.join(ROOT, ".next-pass-of-the-build");

/**
 * While Eleventy rebuilds after a change (watching), an entry in its queue of changed files has it run once more
 * when done: the next pass. The queue is Eleventy's own (`watchManager`, checked by tests/eleventy-internals.test.ts).
 * Outside such a rebuild (a one-off build, the first build of `serve`), the caller runs the passes.
 */
function queueNextPass(elev: object): void {
  const queue = (elev as { watchManager?: { isBuildRunning(): boolean; addToPendingQueue(path: string): void } }).watchManager;
  if (queue?.isBuildRunning()) queue.addToPendingQueue(path.relative(ROOT, NEXT_PASS));
}

/** Eleventy with the project's configuration and this build's stages. */
async function eleventy(config: SiteConfig, output: string, runMode: "build" | "serve", profile = new StageProfile(false), pagesPerPass = Infinity) {
  process.chdir(ROOT); // Eleventy resolves templates/ and public/ from the working folder
  const { default: Eleventy } = await import("@11ty/eleventy"); // loaded only by the commands that render
  const elev = new Eleventy(path.join(ROOT, "templates"), output, {
    configPath: path.join(ROOT, ".eleventy.ts"),
    config: pagesStage(config, profile, runMode === "serve", pagesPerPass, () => queueNextPass(elev)),
    pathPrefix: config.pathPrefix,
    quietMode: true,
    runMode,
  });
  await elev.init();
  return elev;
}

/**
 * Pages a build renders in one Eleventy run: Eleventy keeps every page of a run in memory until the run
 * ends, so an archive of any size is rendered in runs of this many pages.
 */
export const PAGES_PER_PASS = 2500;

/** `settingsWarnings`: problems of the settings themselves (not of a content file), printed once. */
export type BuildOutcome = { published: boolean; report: BuildReport; settingsWarnings: string[] };

/** What is wrong with settings for a site that is to be deployed. */
function settingsWarnings(options: SiteSettings): string[] {
  return options.baseUrl === undefined
    ? [`no base URL set: canonical links, feeds, sitemap.xml and robots.txt point to ${LOCAL_BASE_URL}/; set "baseUrl" in the settings file or pass --base-url`]
    : [];
}

/**
 * Build into a staging folder and publish it over `output` only when the build succeeds (and, with
 * `strict`, has no warnings, its settings' included): a failed build leaves the previous site intact.
 * The report is the one the build wrote (stage 7).
 */
export async function build(options: ArchiveOptions & { output: string; strict: boolean; profile?: StageProfile; pagesPerPass?: number }): Promise<BuildOutcome> {
  const { content, output, strict, profile, pagesPerPass = PAGES_PER_PASS, ...settings } = options;
  const unsettled = settingsWarnings(settings);
  for (const warning of unsettled) process.stderr.write(`warning: ${warning}\n`);
  let report: BuildReport | undefined;
  const published = await replaceFolder(output, async (staging) => {
    const config = siteConfig({ ...settings, contentDir: content, replacing: output });
    const elev = await (profile ?? new StageProfile(false)).time("start Eleventy", () => eleventy(config, staging, "build", profile, pagesPerPass));
    do {
      await elev.write();
      releaseRenderedPages(elev);
    } while (pagesLeft());
    report = JSON.parse(await readFile(path.join(staging, "report.json"), "utf8")) as BuildReport;
    return !(strict && (report.warnings > 0 || unsettled.length > 0));
  });
  // Caches kept for folders that are gone (temporary archives, sites built elsewhere) would never be read again.
  await removeOrphanedCaches(defaultCacheDir()).catch((error: Error) => process.stderr.write(`warning: old caches were not swept: ${error.message}\n`));
  return { published, report: report!, settingsWarnings: unsettled };
}

/** Build, then rebuild on every change and serve the result with live reload; resolves once serving, with how to stop. */
export async function serve(options: ArchiveOptions & { output: string; port: number; profile?: StageProfile; pagesPerPass?: number }): Promise<{ stop(): Promise<void> }> {
  const { content, output, port, profile, pagesPerPass = PAGES_PER_PASS, ...settings } = options;
  // The same settings as `npm run build`: a preview's pages are the pages the build would publish.
  const config = siteConfig({ ...settings, contentDir: content });
  const elev = await eleventy(config, output, "serve", profile, pagesPerPass);
  // The first build in passes, as `build` renders it. watch() builds once before it watches: it renders the last
  // pass; a build of one pass is done by then, and watch() builds again, finding every page written.
  await elev.write();
  while (passesLeft() > 1) {
    releaseRenderedPages(elev);
    await elev.write();
  }
  releaseRenderedPages(elev);
  await elev.watch();
  await elev.serve(port);
  return { stop: () => elev.stopWatch() };
}
