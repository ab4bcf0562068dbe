/**
 * The reader page reads its article's tab again after a put-back or hide choice. The content script
 * is already in that tab (the popup injected it); when the tab has gone or moved on, there is no answer.
 */
import browser from '../platform/browser.js';
import { ToContent, type ExtractResult } from '../platform/messages.js';
import type { SiteRules } from '../../pipeline/types.js';
import { extractSnapshotAnswer } from './extract-with-site-data.js';

export async function rereadTab(tabId: number, once: SiteRules): Promise<ExtractResult | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: ToContent.Snapshot }, { frameId: 0 });
    return await extractSnapshotAnswer(answer, window, { url: tab.url ?? '', incognito: tab.incognito, once });
  } catch {
    return null;
  }
}
