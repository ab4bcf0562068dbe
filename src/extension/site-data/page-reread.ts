/**
 * The reader page reads its article's tab again after a put-back or hide choice. The content script
 * is already in that tab (the popup injected it); when the tab has gone or moved on, there is no answer.
 */
import browser from '../platform/browser.js';
import { ToContent, isExtractResult, type ExtractResult } from '../platform/messages.js';
import type { SiteRules } from '../../pipeline/types.js';

export async function rereadTab(tabId: number, once: SiteRules): Promise<ExtractResult | null> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: ToContent.Extract, once });
    return isExtractResult(answer) ? answer : null;
  } catch {
    return null;
  }
}
