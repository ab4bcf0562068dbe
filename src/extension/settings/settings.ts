/**
 * Clearleaf's settings: one type, every default in one place, a schema version, and a parser that
 * repairs what is broken (wrong types, unknown keys, older versions) while keeping what the reader set.
 * Pure: storage access lives in settings-store.ts.
 */
export const SETTINGS_VERSION = 2;

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type Width = 'narrow' | 'medium' | 'wide';

export interface Settings {
  version: number;
  /** Clearleaf on or off everywhere. */
  enabled: boolean;
  /** Sites cleaned in place on every visit, as hosts without "www." ("example.com"). */
  alwaysCleanSites: string[];
  theme: Theme;
  /** Article font size in CSS pixels. */
  fontSize: number;
  width: Width;
  /** Article images in every view; off, none loads and their alt text stands in their place. */
  articleImages: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  alwaysCleanSites: [],
  theme: 'system',
  fontSize: 17,
  width: 'medium',
  articleImages: true,
});

export const FONT_SIZE = { min: 13, max: 26, step: 1 } as const;

/** A font size the reader may have: a whole number of pixels inside FONT_SIZE. */
export function clampFontSize(px: number): number {
  return Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, Math.round(px)));
}
const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
const WIDTHS: readonly Width[] = ['narrow', 'medium', 'wide'];
const HOST = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/u;

/** Older versions, upgraded step by step to the current shape. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 stored sites as origin patterns ("https://example.com/*") under `sites`.
  1: (old) => ({
    ...old,
    alwaysCleanSites: Array.isArray(old['sites'])
      ? (old['sites'] as unknown[]).map((p) => (typeof p === 'string' ? p.replace(/^\w+:\/\/(www\.)?/u, '').replace(/\/\*$/u, '') : p))
      : old['alwaysCleanSites'],
  }),
};

export function parseSettings(raw: unknown): Settings {
  let data: Record<string, unknown> = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...raw as Record<string, unknown> } : {};
  let version = typeof data['version'] === 'number' ? data['version'] : SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    data = MIGRATIONS[version]?.(data) ?? data;
    version += 1;
  }
  const d = DEFAULT_SETTINGS;
  const fontSize = data['fontSize'];
  return {
    version: SETTINGS_VERSION,
    enabled: typeof data['enabled'] === 'boolean' ? data['enabled'] : d.enabled,
    alwaysCleanSites: Array.isArray(data['alwaysCleanSites'])
      ? [...new Set(data['alwaysCleanSites'].filter((s): s is string => typeof s === 'string' && HOST.test(s)))]
      : [...d.alwaysCleanSites],
    theme: THEMES.includes(data['theme'] as Theme) ? data['theme'] as Theme : d.theme,
    fontSize: typeof fontSize === 'number' && Number.isFinite(fontSize)
      ? clampFontSize(fontSize)
      : d.fontSize,
    width: WIDTHS.includes(data['width'] as Width) ? data['width'] as Width : d.width,
    articleImages: typeof data['articleImages'] === 'boolean' ? data['articleImages'] : d.articleImages,
  };
}

/** Is this host set to be cleaned on every visit (and is Clearleaf on)? */
export function isAlwaysClean(settings: Settings, site: string | null): boolean {
  return settings.enabled && site !== null && settings.alwaysCleanSites.includes(site);
}

export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const others = settings.alwaysCleanSites.filter((s) => s !== site);
  return { ...settings, alwaysCleanSites: on ? [...others, site] : others };
}
