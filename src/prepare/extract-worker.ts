// A worker of the extraction pool: batches of documents in, prepared articles out, in order.
import { parentPort } from "node:worker_threads";
import type { RawDocument } from "../entry";
import { prepareArticle, type PreparedArticle } from "./prepare-article";

export type BatchRequest = { batch: number; documents: RawDocument[] };
export type BatchReply = { batch: number; results: PreparedArticle[] };

parentPort!.on("message", ({ batch, documents }: BatchRequest) => {
  const reply: BatchReply = { batch, results: documents.map(prepareArticle) };
  parentPort!.postMessage(reply);
});
