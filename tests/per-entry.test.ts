// Fragments rendered once a build per article: the same entry object and settings give the cached
// fragment; the next build's entry objects (or other settings) are rendered again, so nothing stale shows.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entry } from "../src/entry";
import { siteConfig } from "../src/settings/config";
import { perEntry } from "../src/site/per-entry";

test("a fragment is rendered once per entry object, settings and variant", () => {
  const calls: string[] = [];
  const title = perEntry((config, entry: Entry, level: number) => {
    calls.push(`${entry.title} h${level}`);
    return `${config.pathPrefix}${entry.title} h${level}`;
  });
  const config = siteConfig({});
  const entry = { title: "Old title" } as Entry;
  assert.equal(title(config, entry, 3), "/Old title h3");
  assert.equal(title(config, entry, 3), "/Old title h3");
  assert.equal(title(config, entry, 4), "/Old title h4");
  assert.deepEqual(calls, ["Old title h3", "Old title h4"], "the same entry, settings and variant are not rendered twice");

  const nextBuild = { ...entry, title: "New title" };
  assert.equal(title(config, nextBuild, 3), "/New title h3", "a new entry object is rendered afresh");
  assert.equal(title(siteConfig({ pathPrefix: "/sub/" }), entry, 3), "/sub/Old title h3", "other settings render afresh");
});
