/**
 * Everyday conventions and the store-ready parts, in the real browsers: settings that keep every site
 * under the real storage.sync quotas, the context menu, shortcuts, narrow screens, read aloud.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { chooseTheme } from './reader-scenarios.js';
import { openReaderFrom, popupForBusyPage, resetSettings, withPopup, type Session } from './scenarios.js';
import { ARTIFACTS } from './support/browsers.js';

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
      await resetSettings(session);
    }
  });
}

export function everydayConventions(get: () => Session): void {
  it('the context-menu entries exist; the page entry on web pages, the link entry hidden until a site is granted', async () => {
    const session = get();
    const options = await session.browser.openExtensionPage('options.html');
    try {
      // update() rejects for an id that was never created: this proves both items are registered.
      const updated = await options.evaluate(async () => {
        const ids = ['clearleaf-read-page', 'clearleaf-read-link'];
        return Promise.all(ids.map((id) => chrome.contextMenus.update(id, {}).then(() => id, (e: unknown) => `${id}: ${String(e)}`)));
      });
      expect(updated).toEqual(['clearleaf-read-page', 'clearleaf-read-link']);
    } finally {
      await options.close();
    }
  });

  it('shortcuts: the options page and the popup list both commands with their keys and how to change them', async () => {
    const session = get();
    const firefox = session.browser.name === 'firefox';
    await withPopup(session, `${session.server.origin}/local/keeps-structure.html`, async ({ popup }) => {
      await popup.waitFor(() => document.querySelectorAll('#shortcuts li kbd').length === 2);
      expect(await popup.evaluate(() => [...document.querySelectorAll('#shortcuts kbd')].map((k) => k.textContent))).toEqual(expect.arrayContaining(['Alt+Shift+K', 'Alt+Shift+L']));
      // The settings page is one click away.
      await popup.click('#open-options');
      await popup.waitFor(() => chrome.tabs.query({}).then((tabs) => tabs.some((t) => t.url?.endsWith('/options.html'))));
    });
    const options = await session.browser.openExtensionPage('options.html');
    try {
      await options.waitFor(() => document.querySelectorAll('#shortcuts li').length === 2);
      const listed = await options.evaluate(() => [...document.querySelectorAll('#shortcuts li')].map((li) => li.textContent));
      expect(listed).toEqual(expect.arrayContaining([expect.stringMatching(/^Alt\+Shift\+K Open Clearleaf$/u), expect.stringMatching(/^Alt\+Shift\+L Always clean this site/u)]));
      expect(await options.evaluate(() => document.getElementById('shortcuts-hint')?.textContent ?? '')).toMatch(firefox ? /about:addons/u : /chrome:\/\/extensions\/shortcuts/u);
      // "Change shortcuts" opens the browser's own page in a new tab (closed again here).
      const before = await options.evaluate(() => chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.id ?? -1)));
      await options.click('#change-shortcuts');
      await options.waitFor((ids) => chrome.tabs.query({}).then((tabs) => tabs.some((t) => !ids.includes(t.id ?? -1))), before);
      await options.evaluate((ids) => chrome.tabs.query({}).then((tabs) => chrome.tabs.remove(tabs.map((t) => t.id ?? -1).filter((id) => !ids.includes(id)))), before);
    } finally {
      await options.close();
    }
  });

  it('color-scheme follows every theme, so form controls and scrollbars match', async () => {
    const session = get();
    const options = await session.browser.openExtensionPage('options.html');
    try {
      await options.waitFor(() => document.body.dataset['theme'] !== undefined);
      const schemes: Record<string, string> = {};
      for (const theme of ['light', 'dark', 'sepia', 'system']) {
        await chooseTheme(options, theme);
        await options.waitFor((value) => document.body.dataset['theme'] === value, theme);
        schemes[theme] = await options.evaluate(() => `${getComputedStyle(document.documentElement).colorScheme} / ${getComputedStyle(document.getElementById('theme') as Element).colorScheme}`);
      }
      expect(schemes).toEqual({ light: 'light / light', dark: 'dark / dark', sepia: 'light / light', system: 'light dark / light dark' });
    } finally {
      await resetSettings(session);
      await options.close();
    }
  });

  it('a 360 px wide screen (Firefox for Android): popup, options and reader pages fit without sideways scrolling', async () => {
    const session = get();
    await withPopup(session, `${session.server.origin}/local/keeps-structure.html`, async ({ popup }) => {
      await popup.setViewport(360, 740);
      const fit = await popup.evaluate(() => ({
        viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        width: window.innerWidth,
        state: document.body.dataset['state'],
      }));
      expect(fit).toEqual({ viewport: 'width=device-width, initial-scale=1', overflow: 0, width: 360, state: 'done' });
      await popup.screenshot(path.join(ARTIFACTS, `${session.browser.name}-popup-360.png`));
      const reader = await openReaderFrom(session, popup);
      await reader.setViewport(360, 740);
      expect(await reader.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await reader.screenshot(path.join(ARTIFACTS, `${session.browser.name}-reader-360.png`));
      await reader.close();
    });
    const options = await session.browser.openExtensionPage('options.html');
    await options.setViewport(360, 740);
    expect(await options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await options.close();
  });
}

export function timedOutMessage(get: () => Session): void {
  it('a page too busy to answer gets the timed-out sentence, not "could not read this page"', async () => {
    const session = get();
    const { page, popup } = await popupForBusyPage(session, 'busy.html');
    try {
      await popup.waitFor(() => document.body.dataset['state'] && document.body.dataset['state'] !== 'loading', undefined, 30_000);
      expect(await popup.evaluate(() => document.getElementById('status')?.textContent ?? '')).toMatch(/took too long to answer/u);
    } finally {
      await popup.close().catch(() => undefined);
      await page.close().catch(() => undefined);
    }
  });
}

export function readAloud(get: () => Session): void {
  it('read aloud on the reader page: shown with this device\'s voices only, hidden where the browser has none', async () => {
    const session = get();
    await withPopup(session, `${session.server.origin}/local/keeps-structure.html`, async ({ popup }) => {
      const reader = await openReaderFrom(session, popup);
      try {
        // Voices can arrive a moment after load (voiceschanged): wait until the controls agree with the voices the page has.
        await reader.waitFor(() => {
          const local = speechSynthesis.getVoices().filter((v) => v.localService).length;
          return (document.getElementById('read-aloud') as HTMLElement).hidden === (local === 0)
            && document.querySelectorAll('#read-aloud .cl-read-aloud-voice option').length === local;
        });
        const seen = await reader.evaluate(() => ({
          local: speechSynthesis.getVoices().filter((v) => v.localService).length,
          hidden: (document.getElementById('read-aloud') as HTMLElement).hidden,
          offered: document.querySelectorAll('#read-aloud .cl-read-aloud-voice option').length,
          play: document.querySelector('#read-aloud button')?.textContent ?? '',
        }));
        console.log(`${session.browser.name}: ${seen.local} local voice(s); read aloud ${seen.hidden ? 'hidden' : 'shown'}`);
        expect(seen.hidden).toBe(seen.local === 0);
        expect(seen.offered).toBe(seen.local);
        expect(seen.play).toBe('Read aloud');
      } finally {
        await reader.close();
      }
    });
  });
}
