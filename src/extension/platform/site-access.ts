/**
 * Host access for one site: asked for when the reader adds it to "always clean" (inside their
 * gesture: call before any other await), and given back when they remove it.
 */
import browser from './browser.js';
import { sitePatterns } from './site-patterns.js';

export async function requestSiteAccess(site: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: sitePatterns(site) });
  } catch {
    return false;
  }
}

/** Access granted in the manifest (the test build's) cannot be removed: the browser refuses, which is fine. */
export async function releaseSiteAccess(site: string): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins: sitePatterns(site) });
  } catch {
    return false;
  }
}
