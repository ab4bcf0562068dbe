/**
 * Where the reader's site rules and Clearleaf's site memory live. Rules are small and the reader's
 * own choices: storage.sync (so they travel with the reader's settings), one key per site.
 * Fingerprints are many and only useful on this machine: storage.local, one key per site plus an
 * index of when each site was last used, so a page reads only its own site. Nothing is kept for
 * private windows.
 */
import browser from '../platform/browser.js';
import { createSiteMemory, MEMORY_LIMITS, MEMORY_VERSION, parseSavedSite, type SavedMemory, type SavedSite, type SiteMemory } from '../../pipeline/declutter/site-memory.js';
import { NO_RULES, hasRules, parseSiteRules, withRule, withoutRule } from '../../pipeline/declutter/site-rules.js';
import type { ExtractedArticle, SiteRule, SiteRules } from '../../pipeline/types.js';

const RULES_PREFIX = 'siteRules:';
const MEMORY_PREFIX = 'siteMemory:';
const MEMORY_INDEX = 'siteMemoryIndex';

function syncArea(): browser.Storage.StorageArea {
  return browser.storage.sync ?? browser.storage.local;
}

async function getSync(keys: string | null): Promise<Record<string, unknown>> {
  try {
    return await syncArea().get(keys);
  } catch {
    // sync disabled by policy or unavailable: rules then live in local storage only.
    return browser.storage.local.get(keys);
  }
}

async function setSync(items: Record<string, unknown>): Promise<void> {
  try {
    await syncArea().set(items);
  } catch {
    await browser.storage.local.set(items);
  }
}

async function removeSync(keys: string[]): Promise<void> {
  await Promise.allSettled([syncArea().remove(keys), browser.storage.local.remove(keys)]);
}

/**
 * The page's site (registrable domain): the key of its rules and memory. The public-suffix data is
 * the largest thing Clearleaf loads, so extension pages load it here, on first use, as a chunk of its own.
 */
export async function siteOfPage(url: string): Promise<string | null> {
  const { siteOfUrl } = await import('../../pipeline/util/registrable-site.js');
  return siteOfUrl(url);
}

export async function loadSiteRules(site: string): Promise<SiteRules> {
  const key = RULES_PREFIX + site;
  return parseSiteRules((await getSync(key))[key]);
}

export async function saveSiteRules(site: string, rules: SiteRules): Promise<void> {
  if (hasRules(rules)) await setSync({ [RULES_PREFIX + site]: rules });
  else await removeSync([RULES_PREFIX + site]);
}

/** Adds a keep or hide rule for the site (taking it out of the other list). */
export async function addSiteRule(site: string, list: keyof SiteRules, rule: SiteRule): Promise<void> {
  await saveSiteRules(site, withRule(await loadSiteRules(site), list, rule));
}

export async function removeSiteRule(site: string, list: keyof SiteRules, key: string): Promise<void> {
  await saveSiteRules(site, withoutRule(await loadSiteRules(site), list, key));
}

export async function loadAllSiteRules(): Promise<Record<string, SiteRules>> {
  const all = await getSync(null);
  const out: Record<string, SiteRules> = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(RULES_PREFIX)) out[key.slice(RULES_PREFIX.length)] = parseSiteRules(value);
  }
  return out;
}

async function loadIndex(): Promise<Record<string, number>> {
  const raw = (await browser.storage.local.get(MEMORY_INDEX))[MEMORY_INDEX];
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

async function loadSavedSite(site: string): Promise<SavedSite | null> {
  const key = MEMORY_PREFIX + site;
  return parseSavedSite((await browser.storage.local.get(key))[key]);
}

/** The memory of one site, as the pipeline reads it. */
export async function loadSiteMemory(site: string): Promise<SiteMemory> {
  const saved = await loadSavedSite(site);
  return createSiteMemory({ version: MEMORY_VERSION, sites: saved ? { [site]: saved } : {} });
}

/** Everything learned, for the options page and the export file. */
export async function loadAllMemory(): Promise<SavedMemory> {
  const sites = Object.keys(await loadIndex());
  const stored = sites.length ? await browser.storage.local.get(sites.map((s) => MEMORY_PREFIX + s)) : {};
  const out: SavedMemory = { version: MEMORY_VERSION, sites: {} };
  for (const site of sites) {
    const saved = parseSavedSite(stored[MEMORY_PREFIX + site]);
    if (saved) out.sites[site] = saved;
  }
  return out;
}

/** Writes sites' memories and the index in one call, dropping the least recently used beyond the limit. */
async function writeMemory(sites: Record<string, SavedSite>): Promise<void> {
  const index = { ...(await loadIndex()) };
  for (const [site, saved] of Object.entries(sites)) index[site] = saved.used;
  const ranked = Object.entries(index).sort((a, b) => b[1] - a[1]);
  const dropped = ranked.slice(MEMORY_LIMITS.sites).map(([site]) => site);
  const items: Record<string, unknown> = { [MEMORY_INDEX]: Object.fromEntries(ranked.slice(0, MEMORY_LIMITS.sites)) };
  for (const [site, saved] of Object.entries(sites)) if (!dropped.includes(site)) items[MEMORY_PREFIX + site] = saved;
  await browser.storage.local.set(items);
  if (dropped.length) await browser.storage.local.remove(dropped.map((s) => MEMORY_PREFIX + s));
}

/** Counts the article's short blocks for its site. Never in a private window. */
export async function rememberArticle(article: ExtractedArticle, incognito: boolean): Promise<void> {
  const site = article.fingerprints?.site;
  if (incognito || !site) return;
  const memory = await loadSiteMemory(site);
  if (!memory.observe(article)) return;
  const saved = memory.toJSON().sites[site];
  if (saved) await writeMemory({ [site]: saved });
}

export async function forgetSite(site: string): Promise<void> {
  const index = await loadIndex();
  delete index[site];
  await browser.storage.local.set({ [MEMORY_INDEX]: index });
  await browser.storage.local.remove(MEMORY_PREFIX + site);
}

export async function forgetEverything(): Promise<void> {
  const sites = Object.keys(await loadIndex());
  await browser.storage.local.remove([MEMORY_INDEX, ...sites.map((s) => MEMORY_PREFIX + s)]);
}

/** Replaces rules and memory with an imported set, in as few writes as storage allows. */
export async function importSiteData(rules: Record<string, SiteRules>, memory: SavedMemory): Promise<void> {
  await writeMemory(memory.sites);
  const items = Object.fromEntries(Object.entries(rules).filter(([, r]) => hasRules(r)).map(([site, r]) => [RULES_PREFIX + site, r]));
  if (Object.keys(items).length) await setSync(items);
}

/** What extraction needs for a page: its site, the site's rules and, outside private windows, its memory. */
export async function siteOptions(url: string, incognito: boolean): Promise<{ site: string | null; siteRules: SiteRules; siteMemory?: SiteMemory }> {
  const site = await siteOfPage(url);
  if (!site) return { site, siteRules: NO_RULES };
  const [siteRules, siteMemory] = await Promise.all([loadSiteRules(site), incognito ? undefined : loadSiteMemory(site)]);
  return siteMemory ? { site, siteRules, siteMemory } : { site, siteRules };
}

/** A storage key holding a site's keep and hide rules: views showing that site redraw when it changes. */
export function isSiteRulesKey(key: string): boolean {
  return key.startsWith(RULES_PREFIX);
}
