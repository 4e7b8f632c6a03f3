// A full collection now, where a build knows what it just left is garbage: left to itself, V8 lets the heap
// grow to several times what is live before it collects. `gc` is there when node runs with --expose-gc
// (package.json's nodeArgs, which worker threads share); without it this does nothing.
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
