/**
 * The background: keeps content-script registrations in step with settings, paints the toolbar
 * button per tab, and answers the keyboard shortcut and the context menu. It reads no page and makes
 * no request.
 */
import browser from '../platform/browser.js';
import { ToBackground, isToBackgroundMessage } from '../platform/messages.js';
import { siteOf } from '../platform/site.js';
import { withSite } from '../settings/settings.js';
import { loadSettings, saveSettings, settingsChanged } from '../settings/settings-store.js';
import { releaseSiteAccess, requestSiteAccess } from '../platform/site-access.js';
import { openAndClean, setTabClean } from './clean-tab.js';
import { syncRegistration } from './content-registration.js';
import { createMenus, limitLinkMenu, onMenuClick } from './context-menu.js';
import { paintTab } from './toolbar-state.js';

async function refreshAll(): Promise<void> {
  const settings = await loadSettings();
  const granted = await syncRegistration(settings).catch(() => []);
  await limitLinkMenu(granted).catch(() => undefined);
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) await paintTab(tab.id, tab.url, settings).catch(() => undefined);
  }
}

const start = (): void => void createMenus().catch(() => undefined).then(refreshAll);
browser.runtime.onInstalled.addListener(start);
browser.runtime.onStartup.addListener(start);
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick({ cleanTab: (id) => setTabClean(id, true), openAndClean }, info, tab));
// Settings changed (popup, options page, shortcut, another device): re-register and repaint. Reader
// pages' articles in storage.session are no concern of ours.
browser.storage.onChanged.addListener((changes, area) => {
  if (settingsChanged(changes, area)) void refreshAll();
});
browser.permissions.onRemoved.addListener(() => void refreshAll());

browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url || change.status === 'loading') void loadSettings().then((s) => paintTab(tabId, tab.url, s)).catch(() => undefined);
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isToBackgroundMessage(message)) return undefined;
  switch (message.type) {
    case ToBackground.ViewChanged: {
      // Only a content script in a tab reports its view; pages cannot reach this listener at all.
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return loadSettings().then((s) => paintTab(tabId, sender.tab?.url, s, message.clean));
    }
  }
});

// Keyboard shortcut: toggle "always clean" for the current tab's site.
browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-site') return;
  const url = tab?.url;
  const site = url ? siteOf(url) : null;
  if (!site || tab?.id === undefined) return;
  const tabId = tab.id;
  // Ask for access inside the shortcut's user gesture, before anything else is awaited.
  const access = requestSiteAccess(site);
  void Promise.all([access, loadSettings()]).then(async ([granted, settings]) => {
    const on = !settings.alwaysCleanSites.includes(site);
    if (on && !granted) return;
    await saveSettings(withSite(settings, site, on));
    await setTabClean(tabId, on);
    if (!on) await releaseSiteAccess(site);
  });
});
