/** Host access for one site, asked for at the moment the reader turns "always clean" on. */
import browser from '../shared/browser.js';
import { sitePatterns } from '../shared/site-patterns.js';
import { siteOf } from '../shared/restricted.js';

export async function requestSiteAccess(url: string): Promise<boolean> {
  const site = siteOf(url);
  if (!site) return false;
  try {
    return await browser.permissions.request({ origins: sitePatterns(site) });
  } catch {
    return false;
  }
}
