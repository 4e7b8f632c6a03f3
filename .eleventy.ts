// EV Archive's Eleventy configuration, read top to bottom: data in, template language, assets, folders out.
// Run through tsx (`npm run build`, `npm start`, or `tsx node_modules/.bin/eleventy --config=.eleventy.ts`).
import { formatWarning } from "./src/archive/load-entries";
import { siteConfig } from "./src/site/config";
import { loadSiteData } from "./src/site/site-data";

// Eleventy ships no TypeScript types for its config object; this is the part we use.
interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addExtension(ext: string | string[], options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  addPassthroughCopy(map: Record<string, string>): void;
  addWatchTarget(path: string): void;
  setQuietMode(quiet: boolean): void;
}

export default function (eleventyConfig: EleventyConfig) {
  const config = siteConfig();

  // Data in: content folder → entries → taxonomies, as one global `site` object.
  eleventyConfig.addGlobalData("site", async () => {
    const site = await loadSiteData(config);
    for (const warning of site.warnings) process.stderr.write(formatWarning(warning) + "\n");
    return site;
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
