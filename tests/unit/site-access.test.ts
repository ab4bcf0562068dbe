/** Removing a site gives back the host access asked for (permissions.remove), never the manifest's, and a refusal is no error. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const permissions = { request: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(), remove: vi.fn<(p: { origins: string[] }) => Promise<boolean>>() };
const manifest: { host_permissions?: string[] } = {};
vi.mock('../../src/extension/platform/browser.js', () => ({ default: { permissions, runtime: { getManifest: () => manifest } } }));
const { releaseSiteAccess, requestSiteAccess } = await import('../../src/extension/platform/site-access.js');
const { patternCovers } = await import('../../src/extension/platform/site-patterns.js');

describe('site access', () => {
  beforeEach(() => {
    permissions.request.mockReset();
    permissions.remove.mockReset();
    delete manifest.host_permissions;
  });

  it('asks for and gives back both the site and its www twin', async () => {
    permissions.request.mockResolvedValue(true);
    permissions.remove.mockResolvedValue(true);
    expect(await requestSiteAccess('news.example')).toBe(true);
    expect(await releaseSiteAccess('news.example')).toBe(true);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['*://news.example/*', '*://www.news.example/*'] });
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['*://news.example/*', '*://www.news.example/*'] });
  });

  it('a browser that refuses answers false, not an exception', async () => {
    permissions.remove.mockRejectedValue(new Error('You cannot remove required permissions.'));
    permissions.request.mockRejectedValue(new Error('must be called during a user gesture'));
    expect(await releaseSiteAccess('127.0.0.1:8080')).toBe(false);
    expect(await requestSiteAccess('a.example')).toBe(false);
  });

  // Firefox removes install-time host access when asked (MV3 host access is the reader's to revoke):
  // the test build then lost 127.0.0.1 for the rest of the session.
  it('never gives back access the manifest grants', async () => {
    permissions.remove.mockResolvedValue(true);
    manifest.host_permissions = ['*://127.0.0.1/*'];
    expect(await releaseSiteAccess('127.0.0.1:8080')).toBe(false);
    expect(permissions.remove).not.toHaveBeenCalled();
    manifest.host_permissions = ['*://news.example/*'];
    expect(await releaseSiteAccess('news.example')).toBe(true);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['*://www.news.example/*'] });
  });
});

describe('one match pattern covering another', () => {
  it.each([
    ['<all_urls>', '*://news.example/*', true],
    ['*://*/*', '*://news.example/*', true],
    ['*://127.0.0.1/*', '*://127.0.0.1/*', true],
    ['*://*.news.example/*', '*://www.news.example/*', true],
    ['*://*.news.example/*', '*://news.example/*', true],
    ['*://*.news.example/*', '*://badnews.example/*', false],
    ['https://*/*', '*://news.example/*', false],
    ['*://news.example/*', '*://www.news.example/*', false],
    ['*://news.example/articles/*', '*://news.example/*', false],
  ])('%s covers %s: %s', (outer, inner, expected) => {
    expect(patternCovers(outer, inner)).toBe(expected);
  });
});
