/** The pure modules at the extension's edges: settings repair, restricted pages, message guards. */
import { describe, expect, it } from 'vitest';
import { isExtractResult, isToBackgroundMessage, isToContentMessage, ToBackground, ToContent } from '../../src/extension/platform/messages.js';
import { restrictionFor } from '../../src/extension/platform/restricted.js';
import { siteOf } from '../../src/extension/platform/site.js';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, isAlwaysClean, parseSettings, withSite } from '../../src/extension/settings/settings.js';
import { sitePatterns } from '../../src/extension/platform/site-patterns.js';

describe('settings', () => {
  it('fills defaults for nothing, nonsense and arrays', () => {
    for (const raw of [undefined, null, 42, 'x', [], {}]) expect(parseSettings(raw)).toEqual({ ...DEFAULT_SETTINGS, alwaysCleanSites: [] });
  });

  it('repairs what is broken and keeps everything else the reader set', () => {
    const repaired = parseSettings({
      version: SETTINGS_VERSION, enabled: 'yes', theme: 'sepia', width: 'gigantic', fontSize: 400,
      alwaysCleanSites: ['news.example.com', 42, 'not a host!', 'news.example.com', 'b.example'], unknownKey: true,
    });
    expect(repaired).toEqual({
      version: SETTINGS_VERSION, enabled: true, theme: 'sepia', width: 'medium', fontSize: 26,
      alwaysCleanSites: ['news.example.com', 'b.example'], articleImages: true,
    });
    expect(parseSettings({ fontSize: Number.NaN }).fontSize).toBe(DEFAULT_SETTINGS.fontSize);
  });

  it('migrates version 1 (sites as origin patterns) to the current shape', () => {
    const migrated = parseSettings({ version: 1, enabled: false, sites: ['https://www.a.example/*', 'http://b.example/*'], theme: 'dark' });
    expect(migrated).toEqual({ ...DEFAULT_SETTINGS, enabled: false, theme: 'dark', alwaysCleanSites: ['a.example', 'b.example'] });
  });

  it('adds and removes a site; a switched-off Clearleaf cleans nothing', () => {
    const on = withSite(parseSettings({}), 'a.example', true);
    expect(isAlwaysClean(on, 'a.example')).toBe(true);
    expect(isAlwaysClean({ ...on, enabled: false }, 'a.example')).toBe(false);
    expect(withSite(on, 'a.example', false).alwaysCleanSites).toEqual([]);
  });
});

describe('pages the extension may not touch', () => {
  it.each([
    ['chrome://settings', 'restrictedBrowserPage'], ['about:addons', 'restrictedBrowserPage'], ['edge://flags', 'restrictedBrowserPage'],
    ['moz-extension://abc/popup.html', 'restrictedBrowserPage'], ['view-source:https://a.example/', 'restrictedSource'],
    ['https://chromewebstore.google.com/detail/x', 'restrictedStore'], ['https://chrome.google.com/webstore/detail/x', 'restrictedStore'],
    ['file:///home/a.html', 'restrictedFile'],
    ['https://a.example/report.pdf', 'restrictedPdf'], ['data:text/html,hi', 'restrictedOther'], [undefined, 'restrictedOther'], ['not a url', 'restrictedOther'],
  ])('%s → %s', (url, key) => {
    expect(restrictionFor(url)).toEqual({ key });
  });

  it('each browser keeps extensions out of its own store and pages; Firefox out of Mozilla\'s sites and files', () => {
    const firefox = { browser: 'firefox', fileAccess: false } as const;
    expect(restrictionFor('https://addons.mozilla.org/en-US/firefox/', firefox)).toEqual({ key: 'restrictedStore' });
    expect(restrictionFor('https://addons.mozilla.org/en-US/firefox/')).toBeNull();
    expect(restrictionFor('https://chromewebstore.google.com/detail/x', firefox)).toBeNull();
    expect(restrictionFor('https://support.mozilla.org/kb/x', firefox)).toEqual({ key: 'restrictedMozilla' });
    expect(restrictionFor('https://accounts.firefox.com/', firefox)).toEqual({ key: 'restrictedMozilla' });
    expect(restrictionFor('https://support.mozilla.org/kb/x')).toBeNull();
    expect(restrictionFor('https://www.mozilla.org/', firefox)).toBeNull();
    expect(restrictionFor('file:///home/a.html', { browser: 'firefox', fileAccess: true })).toEqual({ key: 'restrictedFileFirefox' });
  });

  it('a file: page is read once the reader allowed file access (except PDFs, which the viewer shows)', () => {
    const allowed = { browser: 'chromium', fileAccess: true } as const;
    expect(restrictionFor('file:///home/a.html', allowed)).toBeNull();
    expect(restrictionFor('file:///home/a.pdf', allowed)).toEqual({ key: 'restrictedPdf' });
  });

  it('web pages are allowed, the Google homepage included', () => {
    expect(restrictionFor('https://news.example.com/a')).toBeNull();
    expect(restrictionFor('https://chrome.google.com/')).toBeNull();
  });

  it('names sites and their match patterns', () => {
    expect(siteOf('https://www.news.example.com/a?b')).toBe('news.example.com');
    expect(sitePatterns('a.example')).toEqual(['*://a.example/*', '*://www.a.example/*']);
    expect(sitePatterns('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
  });
});

describe('message guards', () => {
  it('accept only the known shapes', () => {
    expect(isToContentMessage({ type: ToContent.Snapshot })).toBe(true);
    expect(isToContentMessage({ type: 'clearleaf:delete-everything' })).toBe(false);
    expect(isToContentMessage('clearleaf:extract')).toBe(false);
    expect(isToBackgroundMessage({ type: ToBackground.ViewChanged, clean: true })).toBe(true);
    expect(isToBackgroundMessage({ type: ToBackground.ViewChanged, clean: 'yes' })).toBe(false);
    expect(isToBackgroundMessage({ type: ToContent.Snapshot, clean: true })).toBe(false);
  });

  it('check an extraction answer before the popup uses it', () => {
    expect(isExtractResult({ ok: true, url: 'https://a', article: { html: '', text: '', title: 't', removed: [] } })).toBe(true);
    expect(isExtractResult({ ok: true, url: 'https://a', article: { html: 1 } })).toBe(false);
    expect(isExtractResult({ ok: false, url: 'https://a', reason: { code: 'too-deep', figures: { limit: 1000 } } })).toBe(true);
    expect(isExtractResult({ ok: false, url: 'https://a', reason: 'This page is too large' })).toBe(false);
    expect(isExtractResult({ ok: false, url: 'https://a', reason: { code: 'too-deep', figures: { limit: '1000' } } })).toBe(false);
    expect(isExtractResult(null)).toBe(false);
  });
});
