// What an article page points to besides its neighbours: other coverage of the same deal (same company,
// and the same city or a shared partner, within a few months) and related articles (same company or a
// shared partner, nearest in the archive's order).
import type { Entry } from "../entry";
import { slugify } from "../archive/slug";
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

function sameDeal(a: Entry, b: Entry): boolean {
  const [ma, mb] = [monthOf(a), monthOf(b)];
  if (ma === null || mb === null || Math.abs(ma - mb) > DEAL_MONTHS) return false;
  const city = a.location.city !== null && b.location.city !== null && slugify(a.location.city) === slugify(b.location.city);
  const partners = new Set(a.partners.map((p) => slugify(p.name)));
  return city || b.partners.some((p) => partners.has(slugify(p.name)));
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
  const groups = new Map<string, number[]>();
  const keysOf = (e: Entry) => [...(e.company.name ? [`c:${slugify(e.company.name)}`] : []), ...e.partners.map((p) => `p:${slugify(p.name)}`)].filter((k) => k.length > 2);
  entries.forEach((e, i) => {
    for (const key of new Set(keysOf(e))) {
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    }
  });
  const out = new Map<Entry, Connections>();
  entries.forEach((e, i) => {
    const mine = [...new Set(keysOf(e))].map((k) => groups.get(k)!);
    if (mine.length === 0) return out.set(e, NONE);
    // Same deal: the same company, so looked for in the company's own articles, near in time (and so in order).
    const company = e.company.name ? groups.get(`c:${slugify(e.company.name)}`) : undefined;
    const deal = company ? nearest(i, [company], 4 * CONNECTIONS_SHOWN).filter((j) => sameDeal(e, entries[j])).slice(0, CONNECTIONS_SHOWN) : [];
    const taken = new Set(deal);
    const related = nearest(i, mine, CONNECTIONS_SHOWN).filter((j) => !taken.has(j)).slice(0, CONNECTIONS_SHOWN);
    out.set(e, { sameDeal: deal.map((j) => entries[j]), related: related.map((j) => entries[j]) });
  });
  return out;
}
