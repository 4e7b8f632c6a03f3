// The open-data export a watching process rewrites from the first entry that changed is, byte for byte,
// the export written whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import type { Entry } from "../src/entry";
import { entryJson, updateEntriesExport } from "../src/archive/entries-export";

// Stand-ins for entries: the export only serialises them. Non-ASCII text, so that bytes and characters differ.
const entryArb = fc.record({ source: fc.constantFrom("a.md", "b.txt", "ç/d.md"), title: fc.string({ maxLength: 12 }), body: fc.constantFrom("", "Ünï", "text ✓") }) as unknown as fc.Arbitrary<Entry>;

const editArb = fc.record({ at: fc.nat(), kind: fc.constantFrom("replace" as const, "insert" as const, "delete" as const), entry: entryArb });

test("an export updated edit after edit is the export written whole", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ev-export-"));
  await fc.assert(
    fc.asyncProperty(fc.array(entryArb, { maxLength: 8 }), fc.array(editArb, { minLength: 1, maxLength: 6 }), async (first, edits) => {
      const file = path.join(dir, "entries.json");
      const texts = new WeakMap<Entry, string>();
      const jsonOf = (e: Entry) => texts.get(e) ?? texts.set(e, entryJson(e)).get(e)!;
      let entries = first;
      let last = await updateEntriesExport(file, entries, jsonOf);
      // As in a watching process: the entries that did not change are the same objects.
      for (const { at, kind, entry } of edits) {
        const i = entries.length ? at % (entries.length + (kind === "insert" ? 1 : 0)) : 0;
        entries = [...entries];
        if (kind === "insert") entries.splice(i, 0, entry);
        else entries.splice(i, 1, ...(kind === "replace" ? [entry] : []));
        last = await updateEntriesExport(file, entries, jsonOf, last);
        assert.equal(await readFile(file, "utf8"), JSON.stringify(entries, null, 2) + "\n");
      }
    }),
    { numRuns: 80 },
  );
});

test("a file that is not what the process last wrote is written whole", async () => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "ev-export-")), "entries.json");
  const a = { source: "a.md", title: "A" } as unknown as Entry;
  const b = { source: "b.md", title: "B" } as unknown as Entry;
  const last = await updateEntriesExport(file, [a, b], entryJson);
  await writeFile(file, "something else");
  await updateEntriesExport(file, [a, b], entryJson, last);
  assert.equal(await readFile(file, "utf8"), JSON.stringify([a, b], null, 2) + "\n");
});
