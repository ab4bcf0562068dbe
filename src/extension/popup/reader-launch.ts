/** Opens the article as a full reader page in its own tab (optionally straight to printing). */
import browser from '../platform/browser.js';
import { putReaderEntry } from '../platform/reader-store.js';
import type { ArticleForView } from '../ui/article-view.js';

export async function openReaderPage(article: ArticleForView, url: string, print: boolean): Promise<void> {
  const id = await putReaderEntry({ article, url });
  const page = browser.runtime.getURL(`reader.html?id=${encodeURIComponent(id)}${print ? '&print=1' : ''}`);
  await browser.tabs.create({ url: page });
}
