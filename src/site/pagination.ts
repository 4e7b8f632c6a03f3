/** One page of a list that is split over several: `/companies/nio/`, `/companies/nio/page/2/`, ... */
export interface ListPage<T> {
  /** 0-based. */
  n: number;
  total: number;
  items: T[];
  url: string;
  prev?: string;
  next?: string;
}

/** Site-relative URL of page `n` (0-based) of the list whose first page is `base`. */
export function listPageUrl(base: string, n: number): string {
  return n === 0 ? base : `${base}page/${n + 1}/`;
}

// Lists are not changed once made; one kept from the last build (a term whose articles did not change, in a
// watching process) gets the same pages again, so what is kept with each page's items (their digest) stays found.
const paged = new WeakMap<readonly unknown[], Map<string, Array<ListPage<unknown>>>>();

/** `items` in pages of `size` under `base`; an empty list still has its first page. */
export function paginate<T>(base: string, items: T[], size: number): Array<ListPage<T>> {
  let byBase = paged.get(items);
  if (!byBase) paged.set(items, (byBase = new Map()));
  const key = `${size} ${base}`;
  const known = byBase.get(key) as Array<ListPage<T>> | undefined;
  if (known) return known;
  const pages = pagesOf(base, items, size);
  byBase.set(key, pages);
  return pages;
}

function pagesOf<T>(base: string, items: T[], size: number): Array<ListPage<T>> {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, n) => ({
    n,
    total,
    items: items.slice(n * size, (n + 1) * size),
    url: listPageUrl(base, n),
    prev: n > 0 ? listPageUrl(base, n - 1) : undefined,
    next: n + 1 < total ? listPageUrl(base, n + 1) : undefined,
  }));
}
