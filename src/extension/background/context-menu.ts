/**
 * The context menu: "Read this page clean" on web pages (the click grants activeTab, as the toolbar
 * button does) and "Open link and read it clean" on links to the sites Clearleaf may read by itself
 * (the always-clean sites the reader granted): elsewhere a new tab would not be ours to read.
 */
import browser from '../platform/browser.js';

export const PAGE_ITEM = 'clearleaf-read-page';
export const LINK_ITEM = 'clearleaf-read-link';
const PAGES = ['http://*/*', 'https://*/*', 'file:///*'];

/** Menus persist in the browser; recreate them from scratch (install, update, start-up). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: PAGE_ITEM, title: browser.i18n.getMessage('menuReadPage'), contexts: ['page'], documentUrlPatterns: PAGES });
  browser.contextMenus.create({ id: LINK_ITEM, title: browser.i18n.getMessage('menuReadLink'), contexts: ['link'], visible: false });
}

/** The link entry shows only on links into `origins` (match patterns Clearleaf holds access to). */
export async function limitLinkMenu(origins: string[]): Promise<void> {
  await browser.contextMenus.update(LINK_ITEM, origins.length ? { visible: true, targetUrlPatterns: origins } : { visible: false });
}

export interface MenuActions {
  cleanTab(tabId: number): Promise<void>;
  openAndClean(url: string, besideTab: browser.Tabs.Tab): Promise<void>;
}

export function onMenuClick(actions: MenuActions, info: browser.Menus.OnClickData, tab: browser.Tabs.Tab | undefined): Promise<void> {
  if (info.menuItemId === PAGE_ITEM && tab?.id !== undefined) return actions.cleanTab(tab.id);
  if (info.menuItemId === LINK_ITEM && tab && info.linkUrl && /^https?:/iu.test(info.linkUrl)) return actions.openAndClean(info.linkUrl, tab);
  return Promise.resolve();
}
