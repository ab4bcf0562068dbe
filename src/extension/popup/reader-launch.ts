/** Opens the article as a full reader page in its own tab (optionally straight to printing). */
import browser from '../platform/browser.js';
import { putReaderEntry, type ReaderEntry } from '../platform/reader-store.js';

/** The entry carries the sources the popup found, and the page's tab so the reader page can re-read it. */
export async function openReaderPage(entry: Omit<ReaderEntry, 'tabId'> & { tabId: number | undefined }, print: boolean): Promise<void> {
  const { tabId, ...rest } = entry;
  const id = await putReaderEntry(tabId === undefined ? rest : { ...rest, tabId });
  const page = browser.runtime.getURL(`reader.html?id=${encodeURIComponent(id)}${print ? '&print=1' : ''}`);
  await browser.tabs.create({ url: page });
}
