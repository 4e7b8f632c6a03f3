// Runs the loader-and-extractor property in a worker thread, telling the main thread about every input
// before trying it, so that an input that hangs can be named and the worker stopped (see fuzz-run.ts).
import fc from "fast-check";
import { parentPort, workerData } from "node:worker_threads";
import type { Span } from "../src/entry";
import { factMarks } from "../src/prepare/highlight";
import { extractWithWarnings } from "../src/extract/index";
import { parseDocument } from "../src/load/parse-document";
import { decodeText } from "../src/load/read-content";
import { renderBody } from "../src/prepare/markdown";
import { fileBytes, frontMatter } from "./fuzz-inputs";

const { runs, seed } = workerData as { runs: number; seed: number };

function assertSpan(span: Span | undefined, length: number, what: string): void {
  if (span && !(0 <= span.start && span.start <= span.end && span.end <= length)) {
    throw new Error(`${what} span ${JSON.stringify(span)} outside the body (${length} characters)`);
  }
}

/** One file's bytes through everything a build does to it; throws on any broken promise. */
function pipeline(bytes: Uint8Array, editorFields: Record<string, unknown>): void {
  const decoded = decodeText("f.txt", bytes);
  if (decoded.text === null) return;
  const { document } = parseDocument("f.txt", decoded.text);
  if (!document) return;
  for (const doc of [document, { ...document, frontMatter: editorFields }]) {
    const { entry, warnings } = extractWithWarnings(doc);
    if (!warnings.every((w) => w.file === "f.txt" && typeof w.reason === "string")) throw new Error("warning without file or reason");
    const facts = [entry.date, entry.company, entry.location, ...entry.partners, ...entry.figures];
    for (const fact of facts) assertSpan(fact.span, entry.body.length, "fact");
    for (const caption of entry.captions) assertSpan(caption, entry.body.length, "caption");
    if (typeof entry.title !== "string" || typeof entry.summary !== "string") throw new Error("title or summary not text");
    JSON.parse(JSON.stringify(entry)); // entries.json must be able to hold it
    renderBody(entry.body, factMarks(entry), entry.captions);
  }
}

let run = 0;
const details = fc.check(
  fc.property(fileBytes, frontMatter, (bytes, fields) => {
    parentPort!.postMessage({ type: "input", run: run++, input: `bytes (base64) ${Buffer.from(bytes).toString("base64")}; front matter ${fc.stringify(fields)}` });
    pipeline(bytes, fields);
  }),
  { numRuns: runs, seed },
);
parentPort!.postMessage({ type: "done", runs: details.numRuns, failure: details.failed ? `${fc.defaultReportMessage(details)}\n${details.errorInstance}` : null });
