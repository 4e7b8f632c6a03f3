// File work is mostly waiting on the disk: many operations in flight keep the thread busy, but
// thousands at once would queue ahead of everything else the process reads and writes.

/** `fn` over every item with at most `limit` calls in flight; results in the items' order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}
