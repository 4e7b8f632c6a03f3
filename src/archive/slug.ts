import { boundedMemo } from "../util/bounded-memo";

/** URL-safe slug: accents folded, anything else not a-z0-9 collapsed to "-". Kept per text: a build asks for every term of every article. */
export const slugify = boundedMemo((text: string): string =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, ""),
);

/** Slugs for the given keys, unique within the list: later duplicates get "-2", "-3", ... */
export function uniqueSlugs(keys: string[], fallback: string): string[] {
  const taken = new Set<string>();
  return keys.map((key) => {
    const base = slugify(key) || fallback;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
