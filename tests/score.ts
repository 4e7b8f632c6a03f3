// `npm run score -- DIR [TRUTH.json] [--detail]`: precision, recall and F1 per field of the articles in DIR
// against a reader's truth. The truth is DIR/expected.json, or tests/realnews/<name of DIR>.json for the
// real published articles whose texts are kept outside the repository. --detail lists each article's misses.
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scoreFolder } from "./support/extraction-score";

const args = process.argv.slice(2);
const detail = args.includes("--detail");
const [dir, truthArg] = args.filter((a) => a !== "--detail");
if (!dir) {
  console.error("usage: npm run score -- DIR [TRUTH.json] [--detail]");
  process.exit(2);
}
const folder = resolve(dir.replace(/\/+$/, ""));
const realNews = fileURLToPath(new URL(`./realnews/${basename(folder)}.json`, import.meta.url));
const truth = truthArg ? resolve(truthArg) : existsSync(`${folder}/expected.json`) ? `${folder}/expected.json` : realNews;

const { articles, rows, misses } = await scoreFolder(folder, truth);
console.log(`${folder}: ${articles} articles, truth ${truth}`);
console.table(rows);
if (detail) for (const m of misses) console.log(`${m.source} ${m.field}: extra [${m.extra.join("; ")}] missing [${m.missing.join("; ")}]`);
