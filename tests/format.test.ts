import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDate, isoDate } from "../src/facts/format";

const d = (year: number | null, month: number | null, day: number | null) => ({ year, month, day, text: "", by: "text" as const });

test("dates show only the parts the article states", () => {
  assert.equal(formatDate(d(2021, 11, 28)), "28 November 2021");
  assert.equal(formatDate(d(null, 4, 7)), "7 April, year not stated");
  assert.equal(formatDate(d(null, 8, null)), "August, year not stated");
  assert.equal(formatDate(d(2023, null, null)), "2023, month not stated");
  assert.equal(formatDate(d(null, null, null)), "Date not stated");
});

test("machine-readable dates are never more precise than the text", () => {
  assert.equal(isoDate(d(2021, 11, 28)), "2021-11-28");
  assert.equal(isoDate(d(2021, 3, null)), "2021-03");
  assert.equal(isoDate(d(null, 4, 7)), null);
});
