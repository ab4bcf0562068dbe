/** The tab the popup speaks about: `?tabId=` when opened as a page (tests, the reader), else the active tab. */
import browser from '../platform/browser.js';

export async function targetTab(): Promise<browser.Tabs.Tab | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/u.test(param)) {
    try {
      return await browser.tabs.get(Number(param));
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}
