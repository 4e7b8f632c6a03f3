import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entry } from "../src/entry";
import { compareNewestFirst } from "../src/archive/order";
import { groupByYearMonth } from "../src/site/date-groups";
import { yearSpan } from "../src/facts/format";
import { buildTimeline } from "../src/site/timeline";

const entry = (source: string, year: number | null, month: number | null, day: number | null = null) =>
  ({ source, date: { year, month, day, text: "", by: "text" } }) as Entry;

const entries = [
  entry("a", 2021, 11, 28),
  entry("b", 2021, 11),
  entry("c", 2021, null),
  entry("d", 2019, 5),
  entry("e", null, 8, 9),
  entry("f", null, null),
].sort(compareNewestFirst);

test("entries group by year then month, unknown parts last in their level, order kept", () => {
  const groups = groupByYearMonth(entries);
  assert.deepEqual(
    groups.map((y) => [y.label, y.months.map((m) => [m.id, m.entries.map((e) => e.source)])]),
    [
      ["2021", [["y2021-m11", ["a", "b"]], ["y2021-m0", ["c"]]]],
      ["2019", [["y2019-m5", ["d"]]]],
      ["Year not stated", [["year-unknown-m8", ["e"]], ["year-unknown-m0", ["f"]]]],
    ],
  );
});

test("the timeline spans every year between the oldest and newest, gaps included, and counts the undated", () => {
  const timeline = buildTimeline(entries);
  assert.deepEqual(timeline.years.map((y) => [y.year, y.total]), [[2019, 1], [2020, 0], [2021, 3]]);
  assert.equal(timeline.years[2].months[10]?.entries.length, 2);
  assert.equal(timeline.years[2].unknownMonth?.entries.length, 1);
  assert.equal(timeline.undatedCount, 2);
});

test("year spans say how many dates have no year", () => {
  assert.equal(yearSpan(entries.map((e) => e.date)), "2019–2021, 2 with no year stated");
  assert.equal(yearSpan([entry("x", 2020, 1).date]), "2020");
  assert.equal(yearSpan([entry("x", null, 1).date]), "no year stated");
});
