/** Cleaning a tab from the background (shortcut, context menu): inject on demand, then ask the content script. */
import browser from '../platform/browser.js';
import { ToContent } from '../platform/messages.js';

const LOAD_BUDGET_MS = 20_000;

export async function setTabClean(tabId: number, clean: boolean): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] }).catch(() => undefined);
  await browser.tabs.sendMessage(tabId, { type: clean ? ToContent.ShowClean : ToContent.Restore }).catch(() => undefined);
}

/** Opens `url` in a new tab beside `beside`, waits for it to load, and shows it clean. */
export async function openAndClean(url: string, beside: browser.Tabs.Tab): Promise<void> {
  const tab = await browser.tabs.create({ url, index: beside.index + 1, ...(beside.id === undefined ? {} : { openerTabId: beside.id }) });
  if (tab.id === undefined) return;
  await loaded(tab.id);
  await setTabClean(tab.id, true);
}

function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, change: browser.Tabs.OnUpdatedChangeInfoType): void => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, LOAD_BUDGET_MS);
    browser.tabs.onUpdated.addListener(listener);
  });
}
