// EV Archive's Eleventy configuration, read top to bottom: data in, template language, assets, folders out.
// Run through tsx (`npm run build`, `npm start`, or `tsx node_modules/.bin/eleventy --config=.eleventy.ts`).
import path from "node:path";
import { formatWarning } from "./src/archive/load-entries";
import { writeSearchFilesAside } from "./src/search/search-aside";
import { siteConfig } from "./src/settings/config";
import { beginBuild, currentPages, finishBuild, forgetWrittenPages } from "./src/site/render-plan";
import { openPreviousSite, recordPages } from "./src/output/previous-site";
import { loadSiteData } from "./src/site/site-data";

// Eleventy ships no TypeScript types for its config object; this is the part we use.
interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addExtension(ext: string | string[], options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addWatchTarget(path: string): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (args: { directories: { output: string } }) => unknown): void;
  on(event: "eleventy.beforeWatch", handler: (changedFiles: string[]) => unknown): void;
  setQuietMode(quiet: boolean): void;
}

export default function (eleventyConfig: EleventyConfig) {
  const config = siteConfig();

  // Data in: content folder → entries → taxonomies, as one global `site` object. The search files are
  // derived from the same entries on another thread and written beside Eleventy's pages while they render.
  let output = "_site";
  let searchWritten: Promise<unknown> = Promise.resolve();
  // Building beside the site it will replace: the pages that would come out the same are taken from it.
  let previous: Awaited<ReturnType<typeof openPreviousSite>> | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    output = directories.output;
    previous = config.replacing ? await openPreviousSite(config.replacing, output, config) : undefined;
    beginBuild(output, previous);
  });
  eleventyConfig.addGlobalData("site", async () => {
    const { site, search } = await loadSiteData(config);
    for (const warning of site.warnings) process.stderr.write(formatWarning(warning) + "\n");
    searchWritten = writeSearchFilesAside(output, config, search);
    searchWritten.catch(() => {}); // reported when the build awaits it
    // Frozen, Eleventy hands the same object to every template instead of deep-copying its records for each.
    return Object.freeze(site);
  });
  eleventyConfig.on("eleventy.after", async () => {
    await previous?.linked();
    await searchWritten;
    if (config.replacing) await recordPages(output, config.replacing, currentPages(), config);
    finishBuild();
  });
  // Watching: a saved article re-renders only the pages that show it; any other change, every page.
  const content = path.resolve(config.contentDir) + path.sep;
  eleventyConfig.on("eleventy.beforeWatch", (changed) => {
    if (changed.some((file) => !path.resolve(file).startsWith(content))) forgetWrittenPages();
  });
  eleventyConfig.addWatchTarget(config.contentDir);

  // Templates are typed TypeScript functions (templates/*.11ty.ts) that escape everything they print.
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");

  // Assets: CSS and icons, copied as they are.
  eleventyConfig.addPassthroughCopy({ public: "assets" });

  return {
    templateFormats: ["11ty.ts"],
    pathPrefix: config.pathPrefix,
    dir: { input: "templates" }, // output: Eleventy's default _site, or --output
  };
}
