/**
 * The content script runs by itself only on the sites the reader chose to always clean, and only
 * where the reader granted access. Everywhere else it runs when asked, through the popup.
 */
import browser from '../shared/browser.js';
import type { Settings } from '../shared/settings.js';
import { sitePatterns } from '../shared/site-patterns.js';

const SCRIPT_ID = 'clearleaf-always-clean';

export async function syncRegistration(settings: Settings): Promise<string[]> {
  const matches: string[] = [];
  if (settings.enabled) {
    for (const site of settings.alwaysCleanSites) {
      const origins = sitePatterns(site);
      if (await browser.permissions.contains({ origins })) matches.push(...origins);
    }
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, js: ['content.js'], matches, runAt: 'document_idle', persistAcrossSessions: false }]);
  }
  return matches;
}
