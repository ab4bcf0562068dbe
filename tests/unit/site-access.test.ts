/** Removing a site gives its host access back (permissions.remove), and a refusal is no error. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const permissions = { request: vi.fn<(p: { origins: string[] }) => Promise<boolean>>(), remove: vi.fn<(p: { origins: string[] }) => Promise<boolean>>() };
vi.mock('../../src/extension/platform/browser.js', () => ({ default: { permissions } }));
const { releaseSiteAccess, requestSiteAccess } = await import('../../src/extension/platform/site-access.js');

describe('site access', () => {
  beforeEach(() => {
    permissions.request.mockReset();
    permissions.remove.mockReset();
  });

  it('asks for and gives back both the site and its www twin', async () => {
    permissions.request.mockResolvedValue(true);
    permissions.remove.mockResolvedValue(true);
    expect(await requestSiteAccess('news.example')).toBe(true);
    expect(await releaseSiteAccess('news.example')).toBe(true);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ['*://news.example/*', '*://www.news.example/*'] });
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['*://news.example/*', '*://www.news.example/*'] });
  });

  it('a browser that refuses (access granted in the manifest) answers false, not an exception', async () => {
    permissions.remove.mockRejectedValue(new Error('You cannot remove required permissions.'));
    permissions.request.mockRejectedValue(new Error('must be called during a user gesture'));
    expect(await releaseSiteAccess('127.0.0.1:8080')).toBe(false);
    expect(await requestSiteAccess('a.example')).toBe(false);
  });
});
