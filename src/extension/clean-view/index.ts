/**
 * The in-place view's page (clean-view.html), shown in an iframe over the tab by the content script
 * (content/clean-view.ts). Over the one port the content script opens to it, it asks for the page's
 * snapshot and runs the pipeline here, with the extension's CSP: the page can neither read nor change
 * what it shows.
 * Images load only from origins the page itself loaded images from (ui/image-policy.ts).
 */
import browser from '../platform/browser.js';
import { isToViewMessage, isViewHandshake, type FromViewMessage, type SnapshotResult } from '../platform/messages.js';
import { loadSettings, settingsChanged } from '../settings/settings-store.js';
import { extractSnapshotAnswer } from '../site-data/extract-with-site-data.js';
import { siteActions } from '../site-data/site-actions.js';
import { isSiteRulesKey, siteOfPage } from '../site-data/site-data-store.js';
import { localizePage } from '../ui/i18n.js';
import { applyPreferences } from '../ui/preferences.js';
import { drawArticle, type Drawn } from './draw.js';
import type { SiteActions } from '../ui/article-panels.js';
import type { ExtractedArticle, SiteRules } from '../../pipeline/types.js';

interface Latest { result: SnapshotResult; pageImageOrigins: string[] }

/** The content script's end of the channel, taken from the first handshake with this view's token. */
function contentPort(): Promise<MessagePort> {
  const token = location.hash.slice(1);
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<unknown>): void => {
      const [port] = event.ports;
      if (event.source !== window.parent || !port || !isViewHandshake(event.data, token)) return;
      window.removeEventListener('message', onMessage);
      resolve(port);
    };
    window.addEventListener('message', onMessage);
  });
}

async function main(port: MessagePort): Promise<void> {
  const send = (message: FromViewMessage): void => port.postMessage(message);
  window.addEventListener('pagehide', () => drawn?.readAloud?.destroy());
  const incognito = browser.extension.inIncognitoContext === true;

  let latest: Latest | null = null;
  let article: ExtractedArticle | null = null;
  let once: SiteRules | undefined;
  let drawn: Drawn | null = null;
  let actions: SiteActions | undefined;

  /** Extracts the latest snapshot and draws it; `force`: even when the article's text is unchanged (new rules). */
  async function redraw(force: boolean): Promise<void> {
    if (!latest) return;
    const { result, pageImageOrigins } = latest;
    const url = result.ok ? result.snapshot.url : result.url;
    const read = await extractSnapshotAnswer(result, window, { url, incognito, ...(once ? { once } : {}) });
    if (!read.ok) {
      // A page that stopped being an article keeps the article last shown; one that never was closes the view.
      if (!article) send({ type: 'declined' });
      return;
    }
    if (!force && article?.text === read.article.text) return;
    const first = article === null;
    article = read.article;
    actions ??= await siteActionsFor(url, () => article as ExtractedArticle, async (rules) => {
      once = rules;
      await redraw(true);
    });
    drawn?.readAloud?.destroy();
    drawn = drawArticle(byId('view'), byId('read-aloud'), article, { actions, pageImageOrigins, articleImages: (await loadSettings()).articleImages, hideOn: drawn?.hideOn() ?? false });
    if (first) {
      byId('show-original').focus({ preventScroll: true });
      send({ type: 'shown' });
    }
  }

  let queue = Promise.resolve();
  port.addEventListener('message', ({ data: message }: MessageEvent<unknown>) => {
    if (!isToViewMessage(message)) return;
    if (message.type === 'changed') send({ type: 'snapshot' });
    else {
      latest = { result: message.result, pageImageOrigins: message.pageImageOrigins };
      queue = queue.then(() => redraw(false)).catch((error: unknown) => console.error('Clearleaf:', error));
    }
  });

  applyPreferences(document.body, await loadSettings());
  browser.storage.onChanged.addListener((changes, area) => {
    if (settingsChanged(changes, area)) void loadSettings().then((s) => applyPreferences(document.body, s));
    // A keep or hide rule saved in the popup or reader page shows here at once.
    if (Object.keys(changes).some(isSiteRulesKey)) queue = queue.then(() => redraw(true));
  });
  byId('show-original').addEventListener('click', (event) => {
    if (event.isTrusted) send({ type: 'close' });
  });
  document.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Escape') {
      event.preventDefault();
      send({ type: 'close' });
    }
  });
  port.start();
  send({ type: 'snapshot' });
}

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`clean-view.html lacks #${id}`);
  return el;
}

/** Put back and hide (issue 12), for a page on a site. */
async function siteActionsFor(url: string, article: () => ExtractedArticle, redraw: (once: SiteRules) => Promise<void>): Promise<SiteActions | undefined> {
  const site = await siteOfPage(url);
  return site ? siteActions(site, article, redraw) : undefined;
}

localizePage(document);
// Listening starts at once: the content script connects as soon as this page has loaded.
void contentPort().then(main).catch((error: unknown) => console.error('Clearleaf:', error));
