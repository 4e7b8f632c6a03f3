/** The first position in the ascending `sorted` whose item is not less than `value` (`sorted.length` when none). */
export function lowerBound<T>(sorted: readonly T[], value: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
