// What an article page points to besides its neighbours: other coverage of the same deal (same company,
// and the same city or a shared partner, within a few months) and related articles (same company or a
// shared partner, nearest in the archive's order).
import type { Entry } from "../entry";
import { filedNames, type TaxonomyKind } from "../archive/taxonomies";
import type { EntryField } from "./page-inputs";
import { lowerBound } from "../util/lower-bound";

export interface Connections {
  sameDeal: Entry[];
  related: Entry[];
}

/** What is shown of a connected article (its link, title and date). */
export const CONNECTION_FIELDS: readonly EntryField[] = ["url", "title", "date"];
/** How many of each are listed. */
export const CONNECTIONS_SHOWN = 5;
/** "Within a few months": at most this many months apart, both dates stating their month. */
export const DEAL_MONTHS = 3;

const NONE: Connections = { sameDeal: [], related: [] };

/** Months since year 0, or null when the month (or year) is not stated. */
const monthOf = (e: Entry): number | null => (e.date.year !== null && e.date.month !== null ? e.date.year * 12 + e.date.month - 1 : null);

/** What deciding an article's connections compares, worked out once per article and build. */
type DealKeys = { month: number | null; city: string | undefined; partners: string[]; company: string | undefined; groups: string[] };

function dealKeys(e: Entry): DealKeys {
  const slugs = (kind: TaxonomyKind) => filedNames(e, kind).map((n) => n.slug);
  const [company] = slugs("company");
  const partners = slugs("partner");
  const groups = [...new Set([...(company === undefined ? [] : [`c:${company}`]), ...partners.map((p) => `p:${p}`)])];
  return { month: monthOf(e), city: slugs("city")[0], partners, company, groups };
}

function sameDeal(a: DealKeys, b: DealKeys): boolean {
  if (a.month === null || b.month === null || Math.abs(a.month - b.month) > DEAL_MONTHS) return false;
  return (a.city !== undefined && a.city === b.city) || b.partners.some((p) => a.partners.includes(p));
}

/** Positions (in archive order) of the other articles sharing a company or partner with entry `i`, nearest first. */
function nearest(i: number, groups: number[][], limit: number): number[] {
  const found = new Set<number>();
  for (const group of groups) {
    // Groups are in archive order: the article's place in it, then outwards.
    const low = lowerBound(group, i);
    for (let k = low - 1; k >= Math.max(0, low - limit); k--) found.add(group[k]);
    for (let k = low; k < Math.min(group.length, low + limit + 1); k++) if (group[k] !== i) found.add(group[k]);
  }
  return [...found].sort((a, b) => Math.abs(a - i) - Math.abs(b - i) || a - b);
}

/** Each article's connections (entries newest first, as the archive lists them). */
export function connectionsOf(entries: Entry[]): Map<Entry, Connections> {
  const keys = entries.map(dealKeys);
  const groups = new Map<string, number[]>();
  keys.forEach(({ groups: mine }, i) => {
    for (const key of mine) {
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
  });
  const out = new Map<Entry, Connections>();
  entries.forEach((e, i) => {
    const mine = keys[i].groups.map((k) => groups.get(k)!);
    if (mine.length === 0) return out.set(e, NONE);
    // Same deal: the same company, so looked for in the company's own articles, near in time (and so in order).
    const company = keys[i].company === undefined ? undefined : groups.get(`c:${keys[i].company}`);
    const deal = company ? nearest(i, [company], 4 * CONNECTIONS_SHOWN).filter((j) => sameDeal(keys[i], keys[j])).slice(0, CONNECTIONS_SHOWN) : [];
    const taken = new Set(deal);
    const related = nearest(i, mine, CONNECTIONS_SHOWN).filter((j) => !taken.has(j)).slice(0, CONNECTIONS_SHOWN);
    out.set(e, { sameDeal: deal.map((j) => entries[j]), related: related.map((j) => entries[j]) });
  });
  return out;
}
