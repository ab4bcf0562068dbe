/**
 * The content script. Injected on demand by the popup (activeTab) or registered for the sites a
 * reader chose to always clean. It answers the extension's messages and never trusts the page.
 */
import browser from '../platform/browser.js';
import { articleResult } from '../platform/extract-result.js';
import { ToBackground, ToContent, isToContentMessage, type ExtractResult, type ToBackgroundMessage, type ViewState } from '../platform/messages.js';
import { siteOf } from '../platform/site.js';
import { isAlwaysClean } from '../settings/settings.js';
import { loadSettings } from '../settings/settings-store.js';
import { CleanView } from './clean-view.js';
import { snapshotFirstPart, snapshotRest, snapshotResult } from './snapshot.js';
import { watchPage } from './page-watch.js';
import { extractWithSiteData } from '../site-data/extract-with-site-data.js';
import { isSiteRulesKey } from '../site-data/site-data-store.js';
import { siteOfUrl } from '../../pipeline/util/registrable-site.js';
import { siteActions } from '../site-data/site-actions.js';
import type { SiteActions } from '../ui/article-panels.js';
import type { ExtractedArticle, SiteRules } from '../../pipeline/types.js';

/**
 * Set once on the isolated world's global so that a second injection does nothing. A symbol key:
 * a page element named after a string key would answer for it (window's named properties).
 */
const LOADED = Symbol.for('clearleaf.content-script');

async function extract(once?: SiteRules): Promise<ExtractResult> {
  const url = location.href;
  try {
    const incognito = browser.extension.inIncognitoContext === true;
    return articleResult(await extractWithSiteData(document, { url, incognito, ...(once ? { once } : {}) }), url);
  } catch (error) {
    return { ok: false, reason: { code: 'failed', figures: {} }, url, detail: error instanceof Error ? error.message : String(error) };
  }
}

const view = new CleanView(() => restore());
/** While the clean view shows, page changes (late clutter, SPA navigations) re-run the extraction. */
let stopWatching: (() => void) | null = null;

/** Put back and hide in the in-place view: the reader's "once" choices hold for this page while it shows. */
let shown: ExtractedArticle | null = null;
let onceRules: SiteRules | undefined;
let actions: SiteActions | undefined;
function inPlaceActions(): SiteActions | undefined {
  const site = siteOfUrl(location.href);
  actions ??= site ? siteActions(site, () => shown as ExtractedArticle, async (once) => {
    onceRules = once;
    await showClean();
  }) : undefined;
  return actions;
}

async function showClean(): Promise<ViewState> {
  const result = await extract(onceRules);
  if (result.ok) {
    const settings = await loadSettings();
    shown = result.article;
    view.show(result.article, settings, inPlaceActions());
    stopWatching ??= watchPage(() => {
      if (view.isShowing) void showClean();
    });
    void notify({ type: ToBackground.ViewChanged, clean: true });
  }
  return { clean: view.isShowing };
}

function restore(): ViewState {
  stopWatching?.();
  stopWatching = null;
  view.hide();
  void notify({ type: ToBackground.ViewChanged, clean: false });
  return { clean: false };
}

async function notify(message: ToBackgroundMessage): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The background may be asleep or reloading; the icon catches up on the next tab event.
  }
}

function main(): void {
  const global = globalThis as { [LOADED]?: true };
  if (global[LOADED] === true) return;
  global[LOADED] = true;

  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    // Only Clearleaf's own pages and background may ask; web pages cannot reach this listener.
    if (sender.id !== browser.runtime.id || !isToContentMessage(message)) return undefined;
    switch (message.type) {
      case ToContent.Extract:
        return extract(message.once);
      case ToContent.Snapshot:
        return message.firstChars ? snapshotFirstPart(document, message.firstChars) : Promise.resolve(snapshotResult(document));
      case ToContent.SnapshotRest:
        return Promise.resolve(snapshotRest(document));
      case ToContent.ShowClean:
        return showClean();
      case ToContent.Restore:
        return Promise.resolve(restore());
      case ToContent.GetView:
        return Promise.resolve<ViewState>({ clean: view.isShowing });
    }
  });

  // A keep or hide rule saved in the popup or reader page shows in the clean view at once.
  browser.storage.onChanged.addListener((changes) => {
    if (view.isShowing && Object.keys(changes).some((key) => isSiteRulesKey(key))) void showClean();
  });

  // Sites the reader always cleans: clean now (and, while shown, again when the page changes).
  void loadSettings().then(async (settings) => {
    if (isAlwaysClean(settings, siteOf(location.href))) await showClean();
  });
}

main();
