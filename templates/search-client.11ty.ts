import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import type { PageInputs } from "../src/site/page-inputs";
import { onePage } from "../src/site/render-plan";

// Bundled again only when the code may have changed (a watching build forgets its pages then).
/** Nothing of the archive: the client's code only (a change of code renders every page). */
export const inputs = (): PageInputs => ({ entries: [] });

export const data = { pagination: onePage("/assets/search.js", inputs), permalink: "/assets/search.js" };

/** The browser search client, bundled with lunr from src/search/client.ts: no CDN, works offline. */
export async function render(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL("../src/search/client.ts", import.meta.url))],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    write: false,
    legalComments: "none",
  });
  return result.outputFiles[0].text;
}
