/** Settings never lose a site: the storage layout over fake areas that enforce storage.sync's quotas. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/extension/settings/settings.js';
import { LEGACY_KEY, LOCAL_KEY, SYNC_KEY, SYNC_QUOTA, byteLength, chunkSites, isSettingsKey, load, save } from '../../src/extension/settings/settings-layout.js';
import { fakeAreas, manySites } from '../helpers/fake-storage.js';

const withSites = (sites: string[], extra: Partial<Settings> = {}): Settings => ({ ...parseSettings({}), ...extra, alwaysCleanSites: sites });

describe('settings storage', () => {
  it('keeps 1,000 sites: spread over sync items that each fit the per-item quota', async () => {
    const areas = fakeAreas();
    const sites = manySites(1000);
    await save(areas, withSites(sites, { theme: 'dark' }));
    const syncKeys = [...areas.sync.data.keys()];
    expect(syncKeys.length).toBeGreaterThan(2);
    expect(syncKeys.length).toBeLessThanOrEqual(SYNC_QUOTA.MAX_ITEMS);
    for (const [key, json] of areas.sync.data) expect(byteLength(key, JSON.parse(json))).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    const loaded = await load(areas);
    expect(loaded.alwaysCleanSites).toEqual(sites);
    expect(loaded.theme).toBe('dark');
    // Another device with an empty local area reads the whole list from sync alone.
    expect((await load({ local: fakeAreas().local, sync: areas.sync })).alwaysCleanSites).toEqual(sites);
  });

  it('chunks never exceed the per-item quota, even for the longest hosts', () => {
    const long = Array.from({ length: 300 }, (_, i) => `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.s${i}.example`);
    for (const [i, chunk] of chunkSites(long, Date.now()).entries()) {
      expect(byteLength(`settings.sites.${i}`, chunk)).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    }
    expect(chunkSites(long, 1).flatMap((c) => c.sites)).toEqual(long);
  });

  it('after a failed sync save, loading reads the newer local copy, never the stale sync one', async () => {
    const areas = fakeAreas();
    await save(areas, withSites(['a.example']));
    areas.sync.failNextSets = 2; // the full write and the small-part fallback both fail
    await save(areas, withSites(['a.example', 'b.example']));
    expect((await load(areas)).alwaysCleanSites).toEqual(['a.example', 'b.example']);
  });

  it('more sites than sync can hold: the small part syncs, every site stays in local', async () => {
    const areas = fakeAreas();
    const sites = manySites(6000); // well past QUOTA_BYTES
    await save(areas, withSites(sites, { fontSize: 20 }));
    expect((await load(areas)).alwaysCleanSites).toHaveLength(6000);
    expect(JSON.parse(areas.sync.data.get(SYNC_KEY) ?? '{}')).toMatchObject({ chunks: null, settings: { fontSize: 20 } });
    // Back under the quota: the list syncs again and no stale chunk is left behind.
    await save(areas, withSites(sites.slice(0, 10)));
    expect([...areas.sync.data.keys()].sort()).toEqual(['settings.sites.0', SYNC_KEY].sort());
  });

  it('a newer save from another device wins; a half-arrived one is ignored', async () => {
    const here = fakeAreas();
    await save(here, withSites(['a.example']));
    const there = { local: fakeAreas().local, sync: here.sync };
    await save(there, withSites(['a.example', 'c.example'], { theme: 'sepia' }));
    expect(await load(here)).toMatchObject({ theme: 'sepia', alwaysCleanSites: ['a.example', 'c.example'] });
    // A head whose chunk has not arrived yet (older stamp): not complete, so the local copy is used.
    const head = JSON.parse(here.sync.data.get(SYNC_KEY) ?? '{}') as { savedAt: number };
    here.sync.put(SYNC_KEY, { ...head, savedAt: head.savedAt + 1000 });
    expect((await load(here)).alwaysCleanSites).toEqual(['a.example']);
  });

  it('sync disabled by policy: settings live in local and load back', async () => {
    const areas = fakeAreas();
    areas.sync.failGets = true;
    areas.sync.failNextSets = 99;
    await save(areas, withSites(['a.example'], { width: 'wide' }));
    expect(await load(areas)).toMatchObject({ width: 'wide', alwaysCleanSites: ['a.example'] });
    expect(await load({ local: areas.local })).toMatchObject({ width: 'wide', alwaysCleanSites: ['a.example'] });
  });

  it('migrates today\'s schema losing nothing: 1,000 sites split between a stale sync item and local', async () => {
    const areas = fakeAreas();
    const sites = manySites(1000);
    // The old store: sync held 150 sites (just under 8 KB) until a save overflowed and fell back to local.
    areas.sync.put(LEGACY_KEY, { ...DEFAULT_SETTINGS, theme: 'dark', alwaysCleanSites: sites.slice(0, 150) });
    areas.local.put(LEGACY_KEY, { ...DEFAULT_SETTINGS, theme: 'light', alwaysCleanSites: sites });
    const migrated = await load(areas);
    expect(migrated.alwaysCleanSites).toEqual(sites);
    expect(migrated.theme).toBe('dark');
    expect(areas.sync.data.has(LEGACY_KEY)).toBe(false);
    expect(areas.local.data.has(LOCAL_KEY)).toBe(true);
    // Read again with the old items gone: still every site, from sync alone too.
    expect((await load(areas)).alwaysCleanSites).toEqual(sites);
    expect((await load({ local: fakeAreas().local, sync: areas.sync })).alwaysCleanSites).toEqual(sites);
  });

  it('migrates a version-1 item in sync only', async () => {
    const areas = fakeAreas();
    areas.sync.put(LEGACY_KEY, { version: 1, sites: ['https://www.a.example/*'], enabled: false });
    expect(await load(areas)).toMatchObject({ enabled: false, alwaysCleanSites: ['a.example'] });
  });

  it('nothing stored: the defaults, and nothing written', async () => {
    const areas = fakeAreas();
    expect(await load(areas)).toEqual(parseSettings(undefined));
    expect(areas.local.sets + areas.sync.sets).toBe(0);
  });

  it('names every key that holds a piece of settings', () => {
    expect([LEGACY_KEY, LOCAL_KEY, SYNC_KEY, 'settings.sites.7'].every(isSettingsKey)).toBe(true);
    expect(['reader:abc', 'siteMemory'].some(isSettingsKey)).toBe(false);
  });
});
