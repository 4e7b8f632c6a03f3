// File work is mostly waiting on the disk: many operations in flight keep the thread busy, but
// thousands at once would queue ahead of everything else the process reads and writes.

export interface LimitedQueue<T> {
  /** Run the queue's function on `item` once fewer than the limit are in flight. */
  add(item: T): void;
  /** Wait until every item added has run; throws the first failure. */
  done(): Promise<void>;
}

/** A queue that runs `fn` on each item added, at most `limit` at a time, items added while others run. */
export function limitedQueue<T>(limit: number, fn: (item: T) => Promise<unknown>): LimitedQueue<T> {
  let waiting: T[] = [];
  let next = 0; // position of the next item in `waiting` (no shift(): queues hold 20,000 items)
  let running = 0;
  let failure: { error: unknown } | null = null;
  let idle: Array<() => void> = [];
  const pump = () => {
    while (running < limit && next < waiting.length) {
      running++;
      fn(waiting[next++])
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => {
          running--;
          pump();
        });
    }
    if (running > 0) return;
    waiting = [];
    next = 0;
    const waiters = idle;
    idle = [];
    for (const resolve of waiters) resolve();
  };
  return {
    add(item) {
      waiting.push(item);
      pump();
    },
    async done() {
      if (running > 0 || next < waiting.length) await new Promise<void>((resolve) => idle.push(resolve));
      if (failure) throw failure.error;
    },
  };
}

/** `fn` over every item with at most `limit` calls in flight; results in the items' order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  const queue = limitedQueue(limit, async (i: number) => void (results[i] = await fn(items[i], i)));
  items.forEach((_, i) => queue.add(i));
  await queue.done();
  return results;
}
