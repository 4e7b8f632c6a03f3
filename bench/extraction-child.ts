// Timed in its own process by the bench: read a content folder, then extract every article the way the
// build does (worker pool, no cache), and print the extraction stage's time as JSON: wall seconds, and
// CPU seconds of all threads (steadier than wall time on a shared machine).
import { extractAll } from "../src/prepare/extract-pool";
import { readContent } from "../src/load/read-content";

const dir = process.argv[2];
const { documents } = await readContent(dir);
const start = performance.now();
const cpuStart = process.cpuUsage();
await extractAll(documents);
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(JSON.stringify({ articles: documents.length, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 }) + "\n");
