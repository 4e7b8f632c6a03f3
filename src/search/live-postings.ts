// The postings of a watching process's archive, kept from one rebuild to the next: when the archive's
// articles are the same ones in the same places but a few (an edited body or title), only those articles'
// postings are taken out and put back, instead of every article's being merged again. The result is what
// `countPostings` makes of the same articles, down to the order of each term's fields.
import { FIELDS, type FieldName } from "../prepare/fields";
import { countPostings, type ArticleTerms, type FieldPostings, type Postings } from "./postings";

/** Past this share of the articles changed, counting everything again is as quick as patching. */
const MOST_PATCHED = 0.05;

const byTerm = (a: [string, FieldPostings], b: [string, FieldPostings]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export class LivePostings<A> {
  private articles: readonly A[] = [];
  private postings: Postings | null = null;
  private totals = new Map<FieldName, number>();

  /** `termsOf(article)`: the article's terms, the same object for the same article (kept by the caller). */
  constructor(private readonly termsOf: (article: A) => ArticleTerms) {}

  /** The postings of `articles` (document refs are positions), patched from the last call's where only a few articles differ. */
  update(articles: readonly A[]): Postings {
    const changed = this.postings && articles.length === this.articles.length ? changedPositions(this.articles, articles) : null;
    this.postings = changed && changed.length <= articles.length * MOST_PATCHED ? this.patched(articles, changed) : this.counted(articles);
    this.articles = articles;
    return this.postings;
  }

  private counted(articles: readonly A[]): Postings {
    const postings = countPostings(articles, this.termsOf);
    // The field totals are kept as exact integers (summed from the articles, not worked back from the averages).
    for (const { name } of FIELDS) this.totals.set(name, articles.reduce((sum, a) => sum + this.termsOf(a)[name].length, 0));
    return postings;
  }

  private patched(articles: readonly A[], changed: number[]): Postings {
    const index = new Map(this.postings!.terms);
    const touched = new Set<string>();
    for (const ref of changed) {
      const before = this.termsOf(this.articles[ref]);
      const after = this.termsOf(articles[ref]);
      for (const { name } of FIELDS) {
        this.totals.set(name, this.totals.get(name)! - before[name].length + after[name].length);
        for (const term of before[name].counts.keys()) touched.add(term);
        for (const term of after[name].counts.keys()) touched.add(term);
      }
    }
    const refs = new Set(changed);
    let termsChanged = false;
    for (const term of touched) {
      // The term's postings without the changed articles, then with their new counts, each list by ref.
      const lists = new Map<FieldName, number[]>();
      const old = index.get(term) ?? {};
      for (const { name } of FIELDS) {
        const list = old[name];
        if (!list) continue;
        const kept: number[] = [];
        for (let i = 0; i < list.length; i += 3) if (!refs.has(list[i])) kept.push(list[i], list[i + 1], list[i + 2]);
        if (kept.length) lists.set(name, kept);
      }
      for (const ref of changed) {
        const fields = this.termsOf(articles[ref]);
        for (const { name } of FIELDS) {
          const tf = fields[name].counts.get(term);
          if (tf !== undefined) lists.set(name, inserted(lists.get(name) ?? [], ref, tf, fields[name].length));
        }
      }
      if (lists.size === 0) {
        termsChanged ||= index.delete(term);
        continue;
      }
      termsChanged ||= !index.has(term);
      index.set(term, inCountingOrder(lists));
    }
    const n = articles.length;
    return {
      docCount: n,
      averageFieldLength: Object.fromEntries(FIELDS.map(({ name }) => [name, n ? this.totals.get(name)! / n : 0])) as Record<FieldName, number>,
      terms: termsChanged ? [...index].sort(byTerm) : this.postings!.terms.map(([term]) => [term, index.get(term)!]),
    };
  }
}

/** Positions whose article is another object than before. */
function changedPositions<A>(before: readonly A[], after: readonly A[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < after.length; i++) if (before[i] !== after[i]) out.push(i);
  return out;
}

/** `list` (triples by ascending ref) with the triple (ref, tf, length) in its place. */
function inserted(list: number[], ref: number, tf: number, length: number): number[] {
  let at = 0;
  while (at < list.length && list[at] < ref) at += 3;
  list.splice(at, 0, ref, tf, length);
  return list;
}

/**
 * The fields in the order `countPostings` meets them: it goes through the articles by ref and each article's
 * fields in FIELDS order, so a field comes before another when its first ref is lower, or the same and it is earlier in FIELDS.
 */
function inCountingOrder(lists: Map<FieldName, number[]>): FieldPostings {
  const order = FIELDS.map((f) => f.name).filter((name) => lists.has(name));
  order.sort((a, b) => lists.get(a)![0] - lists.get(b)![0]); // stable: FIELDS order among equal first refs
  return Object.fromEntries(order.map((name) => [name, lists.get(name)!]));
}
