/**
 * `fn` with its answers kept, for a pure function of a string asked about the same few strings again and
 * again (names, words). Kept to `limit` answers, then started afresh, so a long-running process that
 * meets ever more strings does not grow without bound.
 */
export function boundedMemo<T>(fn: (key: string) => T, limit = 100_000): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer !== undefined || answers.has(key)) return answer as T;
    if (answers.size >= limit) answers.clear();
    answers.set(key, (answer = fn(key)));
    return answer;
  };
}
