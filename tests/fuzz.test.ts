// A short fuzz run for `npm test`; `npm run fuzz` runs 100,000 inputs and 20 whole builds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fuzzBuilds, fuzzPipeline } from "./fuzz-run";

const seed = Number(process.env.FUZZ_SEED ?? 20241122); // fixed, so a failure in CI can be replayed

test("1,000 generated files through loader, extractor and renderer: nothing throws or hangs", async () => {
  const result = await fuzzPipeline({ runs: 1000, seed, hangMs: 10_000 });
  assert.equal(result.failure, null);
  assert.equal(result.runs, 1000);
});

test("3 whole builds of generated archives exit 0 and account for every file", async () => {
  const result = await fuzzBuilds({ runs: 3, seed, hangMs: 120_000 });
  assert.equal(result.failure, null);
  assert.equal(result.runs, 3);
});
