/**
 * The content script runs by itself only on the sites the reader chose to always clean, and only
 * where the reader granted access. Everywhere else it runs when asked, through the popup.
 */
import browser from '../platform/browser.js';
import type { Settings } from '../settings/settings.js';
import { sitePatterns } from '../platform/site-patterns.js';

const SCRIPT_ID = 'clearleaf-always-clean';

export async function syncRegistration(settings: Settings): Promise<string[]> {
  const matches: string[] = [];
  if (settings.enabled) {
    for (const site of settings.alwaysCleanSites) {
      const origins = sitePatterns(site);
      if (await browser.permissions.contains({ origins })) matches.push(...origins);
    }
  }
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  const same = existing !== undefined && JSON.stringify([...(existing.matches ?? [])].sort()) === JSON.stringify([...matches].sort());
  // Change the registration in place: unregistering first would leave a moment in which an
  // always-clean page (one restored at start-up, say) loads with no content script.
  if (matches.length === 0) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  } else if (!existing) {
    // Registrations persist across browser restarts (the default); this re-syncs them at start-up.
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, js: ['content.js'], matches, runAt: 'document_idle' }]);
  } else if (!same) {
    await browser.scripting.updateContentScripts([{ id: SCRIPT_ID, matches }]);
  }
  return matches;
}
