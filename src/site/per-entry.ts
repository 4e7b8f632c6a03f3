import type { Entry } from "../entry";
import type { SiteConfig } from "../settings/config";

/**
 * `render(config, entry, variant)`, computed once for each entry object, settings and variant. An article is
 * shown on its company, city, country and partner pages, the home pages and the figures page, each time
 * the same. Safe to key by object: an entry object is never changed (a changed article, or a new slug,
 * makes a new one, frozen: src/archive/assemble-entries.ts), nor is a build's settings object. Also for
 * what is made once per entry and settings (a figure's row, `K`), shown in several places the same.
 */
export function perEntry<T, V extends string | number | boolean | undefined = undefined, K extends object = Entry>(render: (config: SiteConfig, entry: K, variant: V) => T) {
  const byConfig = new WeakMap<SiteConfig, WeakMap<K, Map<V, T>>>();
  return (config: SiteConfig, entry: K, variant?: V): T => {
    let byEntry = byConfig.get(config);
    if (!byEntry) byConfig.set(config, (byEntry = new WeakMap()));
    let variants = byEntry.get(entry);
    if (!variants) byEntry.set(entry, (variants = new Map()));
    if (!variants.has(variant as V)) variants.set(variant as V, render(config, entry, variant as V));
    return variants.get(variant as V)!;
  };
}
