// The open-data export, /entries.json: every entry exactly as the Entry type defines it, indented as
// JSON.stringify(entries, null, 2) writes it. Written in pieces (it is ~40 MB at 10,000 articles), so
// the whole text is never held at once, and outside Eleventy, which keeps every page it renders.
import { open } from "node:fs/promises";
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
