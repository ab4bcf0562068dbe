/** Opens the article as a full reader page in its own tab (optionally straight to printing). */
import browser from '../platform/browser.js';
import { putReaderEntry } from '../platform/reader-store.js';
import type { ArticleForView } from '../ui/article-view.js';

/** `tabId`: the page's tab, so the reader page can re-read it when the reader puts a block back or hides one. */
export async function openReaderPage(article: ArticleForView, url: string, print: boolean, tabId?: number): Promise<void> {
  const id = await putReaderEntry(tabId === undefined ? { article, url } : { article, url, tabId });
  const page = browser.runtime.getURL(`reader.html?id=${encodeURIComponent(id)}${print ? '&print=1' : ''}`);
  await browser.tabs.create({ url: page });
}
