import type { Entry } from "../entry";
import type { SiteConfig } from "./config";

/**
 * `render(config, entry, variant)`, computed once per build for each entry and variant. An article is
 * shown on its company, city, country and partner pages, the home pages and the figures page, each time
 * the same. Safe to key by object: every build makes new entry objects (src/archive/load-entries.ts) and
 * one settings object, and neither is changed while pages render.
 */
export function perEntry<T, V extends string | number | boolean | undefined = undefined>(render: (config: SiteConfig, entry: Entry, variant: V) => T) {
  const byConfig = new WeakMap<SiteConfig, WeakMap<Entry, Map<V, T>>>();
  return (config: SiteConfig, entry: Entry, variant?: V): T => {
    let byEntry = byConfig.get(config);
    if (!byEntry) byConfig.set(config, (byEntry = new WeakMap()));
    let variants = byEntry.get(entry);
    if (!variants) byEntry.set(entry, (variants = new Map()));
    if (!variants.has(variant as V)) variants.set(variant as V, render(config, entry, variant as V));
    return variants.get(variant as V)!;
  };
}
