import type { Entry } from "../entry";
import { slugify } from "./slug";
import { compareEnglish } from "../util/compare-english";

/** One company, city, country or partner, with the articles filed under it (newest first). */
export interface Term {
  name: string;
  slug: string;
  url: string;
  entries: Entry[];
}

export type TaxonomyKind = "company" | "city" | "country" | "partner";

const FOLDERS: Record<TaxonomyKind, string> = {
  company: "companies",
  city: "cities",
  country: "countries",
  partner: "partners",
};

function namesOf(entry: Entry, kind: TaxonomyKind): string[] {
  switch (kind) {
    case "company":
      return entry.company.name ? [entry.company.name] : [];
    case "city":
      return entry.location.city ? [entry.location.city] : [];
    case "country":
      return entry.location.country ? [entry.location.country] : [];
    case "partner":
      return entry.partners.map((p) => p.name);
  }
}

/** A name an entry is filed under, with its slug (never empty). */
export type FiledName = { name: string; slug: string };

// Entries are frozen where they are made and a watching rebuild gets the same objects for unchanged
// articles: an entry's names are slugged once, not on every grouping of every build.
const filed = new WeakMap<Entry, Partial<Record<TaxonomyKind, FiledName[]>>>();

/** The distinct names `entry` is filed under in a taxonomy, each with its slug; names without a slug are left out. */
export function filedNames(entry: Entry, kind: TaxonomyKind): FiledName[] {
  let byKind = filed.get(entry);
  if (!byKind) filed.set(entry, (byKind = {}));
  return (byKind[kind] ??= [...new Set(namesOf(entry, kind))].map((name) => ({ name, slug: slugify(name) })).filter((n) => n.slug !== ""));
}

/** URL of the page for a name, or null when the name has no page (nothing sluggable in it). */
export function termUrl(kind: TaxonomyKind, name: string): string | null {
  const slug = slugify(name);
  return slug ? `/${FOLDERS[kind]}/${slug}/` : null;
}

/**
 * Group entries by a taxonomy. Spellings that differ only in case or accents ("NIO", "Nio") are one
 * term, shown under its most frequent spelling. Sorted by article count, then name.
 */
export function groupBy(entries: Entry[], kind: TaxonomyKind): Term[] {
  const groups = new Map<string, { spellings: Map<string, number>; entries: Entry[] }>();
  for (const entry of entries) {
    for (const { name, slug } of filedNames(entry, kind)) {
      let group = groups.get(slug);
      if (!group) groups.set(slug, (group = { spellings: new Map<string, number>(), entries: [] }));
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      // Entries come one at a time, so an entry already in the group (another spelling of it) is the last one.
      if (group.entries[group.entries.length - 1] !== entry) group.entries.push(entry);
    }
  }
  const terms = [...groups].map(([slug, g]) => ({
    name: [...g.spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0],
    slug,
    url: `/${FOLDERS[kind]}/${slug}/`,
    entries: g.entries,
  }));
  return terms.sort((a, b) => b.entries.length - a.entries.length || compareEnglish(a.name, b.name));
}

// A watching process groups the archive again after every saved file, and most terms keep their articles.
const lastTerms = new Map<TaxonomyKind, Map<string, Term>>();

/**
 * `groupBy` of the whole archive, where a term with the same name and the same entry objects in the same
 * order as the last call's is that call's Term object: what later stages keep with a term's list (its
 * pages' digests, its related names) stays found.
 */
export function groupArchiveBy(entries: Entry[], kind: TaxonomyKind): Term[] {
  const last = lastTerms.get(kind);
  const terms = groupBy(entries, kind).map((term) => {
    const known = last?.get(term.slug);
    const same = known?.name === term.name && known.entries.length === term.entries.length && known.entries.every((e, i) => e === term.entries[i]);
    return same ? known : term;
  });
  lastTerms.set(kind, new Map(terms.map((term) => [term.slug, term])));
  return terms;
}

/**
 * Another taxonomy among one term's articles, counted within them: a company's partners and cities,
 * a city's companies. Each related term links to its own page (same slug and URL as the archive-wide term).
 */
export function relatedTerms(term: Term, kind: TaxonomyKind): Term[] {
  return groupBy(term.entries, kind).filter((related) => related.url !== term.url);
}
