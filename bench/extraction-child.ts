// Timed in its own process by the bench: read a content folder, then extract every article the way the
// build does (worker pool, no cache), and print the extraction stage's time as JSON.
import { extractAll } from "../src/archive/extract-pool";
import { readContent } from "../src/load/read-content";

const dir = process.argv[2];
const { documents } = await readContent(dir);
const start = performance.now();
await extractAll(documents);
const seconds = (performance.now() - start) / 1000;
process.stdout.write(JSON.stringify({ articles: documents.length, seconds }) + "\n");
