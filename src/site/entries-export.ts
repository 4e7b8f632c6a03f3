import type { Entry } from "../entry";
import { perEntry } from "./per-entry";
import type { SiteData } from "./site-data";

// Each entry's part of the export, indented as in the whole array and kept with the entry (here, not in
// the template: Eleventy imports a template afresh on every rebuild of a watching process), so a
// rebuild serialises only the entries that changed: the whole export is ~40 MB at 10,000 articles.
const entryJson = perEntry((_config, entry: Entry) => JSON.stringify([entry], null, 2).slice(2, -2));

/** `entries.json`: every entry, exactly as the Entry type defines it, as JSON.stringify(entries, null, 2) writes it. */
export function entriesExport(site: SiteData): string {
  if (site.entries.length === 0) return "[]\n";
  return `[\n${site.entries.map((entry) => entryJson(site.config, entry)).join(",\n")}\n]\n`;
}
