// EV Archive's Eleventy configuration, and nothing else: the template language, the assets, the folders.
// The data the templates read (`site`) and the build's hooks come from the pipeline (src/pipeline.ts),
// which runs Eleventy with this file: `npm run build`, `npm start`.
import type { UserConfig } from "@11ty/eleventy";

export default function (eleventyConfig: UserConfig) {
  // Templates are typed TypeScript functions (templates/*.11ty.ts) that escape everything they print.
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");

  // Watching (`npm start`): a saved file is taken once its size has held for 50 ms, not Eleventy's 150 ms, as
  // postcss-cli and Tailwind do: an editor's save is one write; a file written in slow chunks rebuilds once more.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });

  // Assets: CSS and icons, copied as they are.
  eleventyConfig.addPassthroughCopy({ public: "assets" });

  return {
    templateFormats: ["11ty.ts"],
    dir: { input: "templates" }, // output: Eleventy's default _site, or --output
  };
}
