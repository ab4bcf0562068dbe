/** The toolbar button tells the state for the current tab: icon on/off, badge when the site is always clean. */
import browser from '../platform/browser.js';
import { siteOf } from '../platform/site.js';
import { isAlwaysClean, type Settings } from '../settings/settings.js';

const SIZES = [16, 32, 48, 128] as const;
const iconSet = (state: 'on' | 'off'): Record<string, string> =>
  Object.fromEntries(SIZES.map((s) => [String(s), state === 'on' ? `icons/icon-${s}.png` : `icons/icon-off-${s}.png`]));

export async function paintTab(tabId: number, url: string | undefined, settings: Settings, cleanShowing = false): Promise<void> {
  const site = url ? siteOf(url) : null;
  const always = isAlwaysClean(settings, site);
  await browser.action.setIcon({ tabId, path: iconSet(settings.enabled ? 'on' : 'off') });
  await browser.action.setBadgeText({ tabId, text: settings.enabled && (always || cleanShowing) ? '✓' : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f7d4a' });
  const key = !settings.enabled ? 'actionTitleOff' : always ? 'actionTitleAlways' : 'actionTitle';
  await browser.action.setTitle({ tabId, title: browser.i18n.getMessage(key, site ?? '') });
}
