// A worker of the extraction pool, run by tinypool from its bundle: a batch of documents in, the
// prepared articles out, in order.
import type { RawDocument } from "../entry";
import { prepareArticle, type PreparedArticle } from "./prepare-article";

export default function prepareBatch(documents: RawDocument[]): PreparedArticle[] {
  return documents.map(prepareArticle);
}
