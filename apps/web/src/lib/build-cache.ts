import type { SiteContent } from './content.js';

/**
 * A store of values computed once per build and shared by every page that asks: by site (tests load
 * several) and key. `compute` runs the first time a key is asked for, and its result (undefined
 * included) is kept.
 */
export function perSite<T>(): (site: SiteContent, key: string, compute: () => T) => T {
  const caches = new WeakMap<SiteContent, Map<string, T>>();
  return (site, key, compute) => {
    let cache = caches.get(site);
    if (!cache) {
      cache = new Map();
      caches.set(site, cache);
    }
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as T;
  };
}
