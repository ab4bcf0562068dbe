/**
 * Site memory: per site, fingerprints of the short blocks seen in the articles a reader opened there,
 * with the number of different articles each was seen in. A block seen in LEARNED_AT or more is the
 * site's boilerplate. Hashes and counts only, never text; bounded per site and in sites, least
 * recently used out. Pure: the caller decides where the saved form lives.
 */
import type { ArticleFingerprints, SiteMemoryLookup } from '../types.js';

export const MEMORY_VERSION = 1;
export const MEMORY_LIMITS = {
  /** Fingerprints kept per site; the least recently seen go first. */
  printsPerSite: 1000,
  /** Sites kept; the least recently used go first. */
  sites: 200,
  /** Articles remembered per site, so that reopening one does not count it twice. */
  pagesPerSite: 200,
  /** Seen in this many different articles of a site: its boilerplate. */
  learnedAt: 3,
} as const;

/** One site, saved: `prints` is flat triples [fingerprint, articles seen in, tick last seen]. */
export interface SavedSite {
  used: number;
  tick: number;
  pages: number[];
  prints: number[];
}

export interface SavedMemory {
  version: typeof MEMORY_VERSION;
  sites: Record<string, SavedSite>;
}

export interface SiteSummary {
  site: string;
  /** Articles observed (at most pagesPerSite remembered). */
  articles: number;
  prints: number;
  /** Fingerprints seen often enough to be removed. */
  learned: number;
  used: number;
}

export interface SiteMemory extends SiteMemoryLookup {
  /** Counts an article's short blocks for its site; false when nothing changed (no site, or seen before). */
  observe(article: { fingerprints?: ArticleFingerprints | undefined }): boolean;
  forget(site: string): void;
  forgetAll(): void;
  sites(): SiteSummary[];
  toJSON(): SavedMemory;
}

interface Print { count: number; seen: number }
interface SiteState { used: number; tick: number; pages: number[]; prints: Map<number, Print> }

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** One saved site, or null when it is not one. */
export function parseSavedSite(raw: unknown): SavedSite | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { used, tick, pages, prints } = raw as Record<string, unknown>;
  if (!isCount(used) || !isCount(tick) || !Array.isArray(pages) || !Array.isArray(prints)) return null;
  if (!pages.every(isCount) || prints.length % 3 !== 0 || !prints.every(isCount)) return null;
  return { used, tick, pages, prints };
}

/** The sites of a saved memory that are sound; the rest are dropped. */
export function parseSavedMemory(raw: unknown): SavedMemory {
  const sites: Record<string, SavedSite> = {};
  const data = typeof raw === 'object' && raw !== null ? raw as { version?: unknown; sites?: unknown } : {};
  if (data.version === MEMORY_VERSION && typeof data.sites === 'object' && data.sites !== null) {
    for (const [site, value] of Object.entries(data.sites)) {
      const parsed = parseSavedSite(value);
      if (parsed) sites[site] = parsed;
    }
  }
  return { version: MEMORY_VERSION, sites };
}

function toState(saved: SavedSite): SiteState {
  const prints = new Map<number, Print>();
  for (let i = 0; i < saved.prints.length; i += 3) {
    prints.set(saved.prints[i] ?? 0, { count: saved.prints[i + 1] ?? 0, seen: saved.prints[i + 2] ?? 0 });
  }
  return { used: saved.used, tick: saved.tick, pages: [...saved.pages], prints };
}

function toSaved(state: SiteState): SavedSite {
  const prints: number[] = [];
  for (const [print, { count, seen }] of state.prints) prints.push(print, count, seen);
  return { used: state.used, tick: state.tick, pages: [...state.pages], prints };
}

/** Keeps the `max` entries with the highest `rank`. */
function evict<K, V>(map: Map<K, V>, max: number, rank: (value: V) => number): void {
  if (map.size <= max) return;
  const oldest = [...map].sort((a, b) => rank(a[1]) - rank(b[1])).slice(0, map.size - max);
  for (const [key] of oldest) map.delete(key);
}

export function createSiteMemory(saved?: unknown, options: { now?: () => number } = {}): SiteMemory {
  const now = options.now ?? (() => Date.now());
  const sites = new Map(Object.entries(parseSavedMemory(saved).sites).map(([site, s]) => [site, toState(s)]));

  const observeInto = (state: SiteState, fp: ArticleFingerprints): void => {
    state.pages = [...state.pages, fp.page].slice(-MEMORY_LIMITS.pagesPerSite);
    state.tick += 1;
    for (const print of new Set(fp.blocks)) {
      const known = state.prints.get(print);
      state.prints.set(print, { count: (known?.count ?? 0) + 1, seen: state.tick });
    }
    evict(state.prints, MEMORY_LIMITS.printsPerSite, (p) => p.seen * MEMORY_LIMITS.pagesPerSite + Math.min(p.count, MEMORY_LIMITS.pagesPerSite - 1));
  };

  return {
    isBoilerplate: (site, print) => (sites.get(site)?.prints.get(print)?.count ?? 0) >= MEMORY_LIMITS.learnedAt,
    observe(article) {
      const fp = article.fingerprints;
      if (!fp?.site) return false;
      const state: SiteState = sites.get(fp.site) ?? { used: 0, tick: 0, pages: [], prints: new Map() };
      sites.set(fp.site, state);
      state.used = Math.max(now(), state.used + 1);
      const seenBefore = state.pages.includes(fp.page);
      if (!seenBefore) observeInto(state, fp);
      evict(sites, MEMORY_LIMITS.sites, (s) => s.used);
      return !seenBefore;
    },
    forget: (site) => { sites.delete(site); },
    forgetAll: () => { sites.clear(); },
    sites: () => [...sites].map(([site, s]) => ({
      site,
      articles: s.pages.length,
      prints: s.prints.size,
      learned: [...s.prints.values()].filter((p) => p.count >= MEMORY_LIMITS.learnedAt).length,
      used: s.used,
    })).sort((a, b) => b.used - a.used),
    toJSON: () => ({ version: MEMORY_VERSION, sites: Object.fromEntries([...sites].map(([site, s]) => [site, toSaved(s)])) }),
  };
}
