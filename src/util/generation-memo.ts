/**
 * Answers kept from one build to the next, for work over a list of objects that are never changed
 * (frozen entries): `get(key, inputs, work)` runs `work` again only when `inputs` differ, by identity and
 * order, from the last build's for the same key. A watching rebuild after one saved article so redoes the
 * work of the few keys (terms) that article is filed under. `nextBuild()` drops what the build before
 * asked for and this one did not, so the answers kept are at most one build's.
 */
export class GenerationMemo<I, T> {
  private last = new Map<string, { inputs: readonly I[]; answer: T }>();
  private current = new Map<string, { inputs: readonly I[]; answer: T }>();

  nextBuild(): void {
    this.last = this.current;
    this.current = new Map();
  }

  get(key: string, inputs: readonly I[], work: () => T): T {
    const known = this.current.get(key) ?? this.last.get(key);
    const same = known !== undefined && known.inputs.length === inputs.length && known.inputs.every((input, i) => input === inputs[i]);
    const answer = same ? known.answer : work();
    this.current.set(key, { inputs, answer });
    return answer;
  }
}
