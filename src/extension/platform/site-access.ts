/**
 * Host access for one site: asked for when the reader adds it to "always clean" (inside their
 * gesture: call before any other await), and given back when they remove it.
 */
import browser from './browser.js';
import { patternCovers, sitePatterns } from './site-patterns.js';

export async function requestSiteAccess(site: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: sitePatterns(site) });
  } catch {
    return false;
  }
}

/**
 * Gives back what requestSiteAccess asked for, never access the manifest grants (the test build's
 * 127.0.0.1): Chrome refuses to remove that, but Firefox, where MV3 host access is the reader's to
 * revoke, removes it, and the extension could no longer read the site at all. Call it last, once
 * the page is restored: without access the popup may not reach the page.
 */
export async function releaseSiteAccess(site: string): Promise<boolean> {
  const installed = browser.runtime.getManifest().host_permissions ?? [];
  const origins = sitePatterns(site).filter((pattern) => !installed.some((granted) => patternCovers(granted, pattern)));
  if (origins.length === 0) return false;
  try {
    return await browser.permissions.remove({ origins });
  } catch {
    return false;
  }
}
