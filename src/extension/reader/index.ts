/** The reader page: an extension tab that shows one article, independent of the popup's life. */
import { getReaderEntry } from '../platform/reader-store.js';
import { loadSettings } from '../settings/settings-store.js';
import { renderPanels } from '../ui/article-panels.js';
import { sourcesOnce } from '../ui/article-sources.js';
import { copyWithStatus } from '../ui/clipboard.js';
import { localizePage, t } from '../ui/i18n.js';
import { toMarkdown } from '../../pipeline/article/markdown.js';
import { applyPreferences } from '../ui/preferences.js';
import { withImageSetting } from '../ui/image-policy.js';
import { mountReadAloud } from '../ui/read-aloud.js';
import { rereadTab } from '../site-data/page-reread.js';
import { siteActions } from '../site-data/site-actions.js';
import { siteOfPage } from '../site-data/site-data-store.js';
import type { ArticleForView } from '../ui/article-view.js';

const byId = (id: string): HTMLElement => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`reader.html lacks #${id}`);
  return el;
};

async function main(): Promise<void> {
  localizePage(document);
  const settings = await loadSettings();
  applyPreferences(document.body, settings);
  const render = { images: withImageSetting(settings.articleImages) };
  const params = new URLSearchParams(location.search);
  const entry = await getReaderEntry(params.get('id') ?? '');
  const status = byId('status');
  if (!entry) {
    status.textContent = t('readerMissing');
    return;
  }
  status.hidden = true;
  const { url, tabId } = entry;
  let article: ArticleForView = entry.article;
  document.title = article.title;
  const original = byId('original') as HTMLAnchorElement;
  if (/^https?:/iu.test(url)) original.href = url;
  const targets = { article: byId('article'), summary: byId('sources-summary'), sources: byId('sources-groups'), removed: byId('removed-groups'), hideBar: byId('hide-bar') };
  const site = await siteOfPage(url);
  // Put back and hide (issue 12): redrawn from the page's tab while it is open; rules saved "on this
  // site" apply from the next visit even when it is not.
  const actions = site ? siteActions(site, () => article, async (once) => {
    const answer = tabId === undefined ? null : await rereadTab(tabId, once);
    if (!answer?.ok || answer.url !== url) {
      byId('copy-status').textContent = t('redrawNeedsPage');
      return;
    }
    article = answer.article;
    // A block put back or hidden makes a new article: its sources are found once, here.
    renderPanels(targets, article, await sourcesOnce(article, url)(), actions, render);
  }) : undefined;
  renderPanels(targets, article, entry.sources, actions, render);
  mountReadAloud(byId('read-aloud'), targets.article, { lang: article.lang });
  byId('print').addEventListener('click', () => window.print());
  byId('copy-markdown').addEventListener('click', () => {
    void copyWithStatus(toMarkdown({ ...article, url }), byId('copy-status'), 'copiedMarkdown');
  });
  document.body.dataset['state'] = 'done';
  if (params.get('print') === '1') setTimeout(() => window.print(), 300);
}

main().catch((error: unknown) => {
  console.error('Clearleaf:', error);
  byId('status').textContent = t('failedMessage');
});
