// The open-data export, /entries.json: every entry exactly as the Entry type defines it, indented as
// JSON.stringify(entries, null, 2) writes it. Written in pieces (it is ~40 MB at 10,000 articles), so
// the whole text is never held at once, and outside Eleventy, which keeps every page it renders.
import { open, stat } from "node:fs/promises";
import type { Entry } from "../entry";

const ENTRIES_A_WRITE = 200;

/** An entry as the export writes it: its indented JSON, without the separating comma. */
export const entryJson = (entry: Entry): string => JSON.stringify([entry], null, 2).slice(2, -2);

/** Write the export of `entries` to `file`; `jsonOf` may give an entry's text kept from an earlier export. */
export async function writeEntriesExport(file: string, entries: readonly Entry[], jsonOf = entryJson): Promise<void> {
  const handle = await open(file, "w");
  try {
    if (entries.length === 0) return void (await handle.write("[]\n"));
    for (let i = 0; i < entries.length; i += ENTRIES_A_WRITE) {
      const part = entries.slice(i, i + ENTRIES_A_WRITE).map(jsonOf);
      await handle.write(`${i === 0 ? "[\n" : ",\n"}${part.join(",\n")}`);
    }
    await handle.write("\n]\n");
  } finally {
    await handle.close();
  }
}

/** What a watching process last wrote to an export file: each entry's text and its length in bytes. */
export type WrittenExport = { pieces: string[]; bytes: number[] };

/**
 * Write the export of `entries` over `file`, which holds `last` (what this process wrote there before):
 * from the first entry whose text changed to the end, or nothing when none did. Writes it whole when there
 * is no `last` or the file is not the size it left. Returns what the file now holds.
 */
export async function updateEntriesExport(file: string, entries: readonly Entry[], jsonOf: (entry: Entry) => string, last?: WrittenExport): Promise<WrittenExport> {
  // ("[\n", the entries joined by ",\n", "\n]\n": the layout `writeEntriesExport` gives, byte for byte.)
  const pieces = entries.map(jsonOf);
  const size = (written: WrittenExport) => 5 + written.bytes.reduce((sum, b) => sum + b, 0) + 2 * Math.max(0, written.pieces.length - 1);
  let from = 0;
  if (last) while (from < pieces.length && from < last.pieces.length && pieces[from] === last.pieces[from]) from++;
  const bytes = pieces.map((piece, i) => (last && i < from ? last.bytes[i] : Buffer.byteLength(piece)));
  const next = { pieces, bytes };
  const intact = last !== undefined && pieces.length > 0 && last.pieces.length > 0 && (await stat(file).then((s) => s.size === size(last), () => false));
  if (!intact) {
    await writeEntriesExport(file, entries, jsonOf);
    return next;
  }
  if (from === pieces.length && from === last.pieces.length) return next;
  // The file up to the end of entry `from - 1` stays; the rest is written after it and the file cut to its new length.
  const keep = from === 0 ? 2 : 2 + bytes.slice(0, from).reduce((sum, b) => sum + b, 0) + 2 * (from - 1);
  const handle = await open(file, "r+");
  try {
    let at = keep;
    for (let i = from; i < pieces.length; i += ENTRIES_A_WRITE) {
      const part = pieces.slice(i, i + ENTRIES_A_WRITE);
      const text = `${i === 0 ? "" : ",\n"}${part.join(",\n")}`;
      at += (await handle.write(text, at)).bytesWritten;
    }
    at += (await handle.write("\n]\n", at)).bytesWritten;
    await handle.truncate(at);
  } finally {
    await handle.close();
  }
  return next;
}
