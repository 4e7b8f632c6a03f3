// The bounded-concurrency helpers that file work goes through: never more than the limit in flight,
// results in order, items added while others run, and the first failure reported once all have run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { limitedQueue, mapLimited } from "../src/util/map-limited";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("mapLimited keeps at most the limit in flight and returns results in the items' order", async () => {
  let inFlight = 0;
  let most = 0;
  const items = Array.from({ length: 50 }, (_, i) => i);
  const results = await mapLimited(items, 4, async (item, index) => {
    most = Math.max(most, ++inFlight);
    await tick((item * 7) % 5); // finishing out of order
    inFlight--;
    return `${item}:${index}`;
  });
  assert.deepEqual(results, items.map((i) => `${i}:${i}`));
  assert.equal(most, 4);
  assert.deepEqual(await mapLimited([], 4, async () => 1), []);
});

test("a limited queue runs items added while others run, and done() throws the first failure after all ran", async () => {
  const ran: number[] = [];
  const queue = limitedQueue(2, async (n: number) => {
    await tick(1);
    if (n === 3) throw new Error("three failed");
    if (n === 5) throw new Error("five failed too");
    ran.push(n);
  });
  await queue.done(); // nothing added yet
  for (const n of [1, 2, 3]) queue.add(n);
  await tick(5);
  for (const n of [4, 5, 6]) queue.add(n);
  await assert.rejects(queue.done(), /three failed/);
  assert.deepEqual(ran.sort(), [1, 2, 4, 6], "every item ran, failures and all");
});
