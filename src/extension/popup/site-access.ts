/** Host access for one site, asked for at the moment the reader turns "always clean" on. */
import browser from '../platform/browser.js';
import { sitePatterns } from '../platform/site-patterns.js';
import { siteOf } from '../platform/restricted.js';

export async function requestSiteAccess(url: string): Promise<boolean> {
  const site = siteOf(url);
  if (!site) return false;
  try {
    return await browser.permissions.request({ origins: sitePatterns(site) });
  } catch {
    return false;
  }
}
