// EV Archive's Eleventy configuration, and nothing else: the template language, the assets, the folders.
// The data the templates read (`site`) and the build's hooks come from the pipeline (src/pipeline.ts),
// which runs Eleventy with this file: `npm run build`, `npm start`.
import type { UserConfig } from "@11ty/eleventy";

export default function (eleventyConfig: UserConfig) {
  // Templates are typed TypeScript functions (templates/*.11ty.ts) that escape everything they print.
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");

  // Assets: CSS and icons, copied as they are.
  eleventyConfig.addPassthroughCopy({ public: "assets" });

  return {
    templateFormats: ["11ty.ts"],
    dir: { input: "templates" }, // output: Eleventy's default _site, or --output
  };
}
