// A worker of the extraction pool: batches of documents in, extraction results out, in order.
import { parentPort } from "node:worker_threads";
import type { RawDocument } from "../entry";
import { extractSafely } from "./extract-safely";

export type BatchRequest = { batch: number; documents: RawDocument[] };
export type BatchReply = { batch: number; results: ReturnType<typeof extractSafely>[] };

parentPort!.on("message", ({ batch, documents }: BatchRequest) => {
  const reply: BatchReply = { batch, results: documents.map(extractSafely) };
  parentPort!.postMessage(reply);
});
