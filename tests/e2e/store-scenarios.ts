/**
 * Everyday conventions and the store-ready parts, in the real browsers: settings that keep every site
 * under the real storage.sync quotas, the context menu, shortcuts, narrow screens, read aloud.
 */
import { expect, it } from 'vitest';
import type { Session } from './scenarios.js';

/** Back to an empty profile's settings. */
async function clearStorage(session: Session): Promise<void> {
  const options = await session.browser.openExtensionPage('options.html');
  await options.evaluate(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]));
  await options.close();
}

export function settingsKeepEverySite(get: () => Session): void {
  it('settings: today\'s schema with 1,000 sites migrates into sync items within the real quotas and the options page lists them all', async () => {
    const session = get();
    const seed = await session.browser.openExtensionPage('options.html');
    try {
      await seed.evaluate(async () => {
        const sites = Array.from({ length: 1000 }, (_, i) => `news-${i}.paper-${i % 37}.example.com`);
        const base = { version: 2, enabled: true, theme: 'system', fontSize: 17, width: 'medium' };
        await chrome.storage.sync.clear();
        await chrome.storage.local.clear();
        await chrome.storage.sync.set({ settings: { ...base, alwaysCleanSites: sites.slice(0, 150) } });
        await chrome.storage.local.set({ settings: { ...base, alwaysCleanSites: sites } });
      });
      await seed.close();
      const options = await session.browser.openExtensionPage('options.html');
      await options.waitFor(() => document.querySelectorAll('#sites li').length > 0);
      expect(await options.evaluate(() => document.querySelectorAll('#sites li').length)).toBe(1000);
      const stored = await options.evaluate(async () => {
        const sync = await chrome.storage.sync.get(null);
        return { keys: Object.keys(sync).sort(), head: sync['settings.sync'] as { chunks: number | null } | undefined };
      });
      expect(stored.keys).not.toContain('settings');
      expect(stored.head?.chunks).toBeGreaterThan(1);
      expect(stored.keys.filter((k) => k.startsWith('settings.sites.'))).toHaveLength(stored.head?.chunks ?? -1);
      await options.close();
    } finally {
      await clearStorage(session);
    }
  });
}
