// A full collection now, where a build knows what it just left is garbage: left to itself, V8 lets the heap
// grow to several times what is live before it collects. `gc` is there when node runs with --expose-gc
// (package.json's nodeArgs, which worker threads share); without it this does nothing.
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

// What the heap held after the last collection `collectGarbageIfGrown` made.
let liveAfterLast = 0;

/**
 * A full collection when the heap has grown by `growth` of what was live after the last one, none otherwise.
 * A collection costs in proportion to what is live: one at every pass would cost passes × live heap, which grows
 * as the square of the archive; one per so much growth of the live heap costs in proportion to what is allocated.
 */
export function collectGarbageIfGrown(growth = 0.5): void {
  if (process.memoryUsage().heapUsed < liveAfterLast * (1 + growth)) return;
  collectGarbage();
  liveAfterLast = process.memoryUsage().heapUsed;
}
