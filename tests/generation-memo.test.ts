// Work kept from one build to the next is redone exactly when its inputs change, and forgotten when no build asks for it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { GenerationMemo } from "../src/util/generation-memo";

test("an answer is kept while the same objects come in the same order, and worked out again otherwise", () => {
  const memo = new GenerationMemo<object, number>();
  const [a, b] = [{}, {}];
  let runs = 0;
  const ask = (inputs: object[]) => memo.get("nio", inputs, () => ++runs);
  memo.nextBuild();
  assert.equal(ask([a, b]), 1);
  memo.nextBuild();
  assert.equal(ask([a, b]), 1, "the same objects: kept");
  memo.nextBuild();
  assert.equal(ask([b, a]), 2, "another order");
  memo.nextBuild();
  assert.equal(ask([b, a, {}]), 3, "another object");
  memo.nextBuild();
  assert.equal(ask([b, a, {}]), 4, "an equal but new object is not the same input");
});

test("what one build did not ask for is gone after the next", () => {
  const memo = new GenerationMemo<object, string>();
  const a = {};
  memo.nextBuild();
  memo.get("gone", [a], () => "first");
  memo.nextBuild(); // a build that does not ask for "gone"
  memo.nextBuild();
  assert.equal(memo.get("gone", [a], () => "again"), "again");
});
