/**
 * Talking to the page: inject the content script on demand (activeTab), then ask it for the article.
 * Every failure becomes a reason code for the reader (ui/reasons.ts words it), never an exception in the popup.
 */
import browser from '../platform/browser.js';
import { ToContent, isExtractResult, type ExtractResult, type ToContentMessage, type ViewState } from '../platform/messages.js';
import type { SiteRules } from '../../pipeline/types.js';

/** Extraction budget: past this the page is reported as too slow rather than leaving the popup spinning. */
const EXTRACT_TIMEOUT_MS = 15_000;

export async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    return true;
  } catch {
    return false;
  }
}

/**
 * `once`: keep and hide rules for this extraction only (the reader's "put back once" and "hide" choices).
 * The budget covers the injection too: a page whose main thread is stuck never answers either.
 */
export async function askPage(tabId: number, url: string, once?: SiteRules): Promise<ExtractResult> {
  try {
    return await withTimeout(ask(tabId, url, once), EXTRACT_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof TimeoutError) return { ok: false, reason: { code: 'timeout', figures: { seconds: EXTRACT_TIMEOUT_MS / 1000 } }, url };
    return { ok: false, reason: { code: 'failed', figures: {} }, url, detail: error instanceof Error ? error.message : String(error) };
  }
}

async function ask(tabId: number, url: string, once?: SiteRules): Promise<ExtractResult> {
  if (!(await injectContentScript(tabId))) return { ok: false, reason: { code: 'no-access', figures: {} }, url };
  const answer = await sendToTab(tabId, once ? { type: ToContent.Extract, once } : { type: ToContent.Extract });
  return isExtractResult(answer) ? answer : { ok: false, reason: { code: 'bad-answer', figures: {} }, url };
}

export async function setCleanView(tabId: number, clean: boolean): Promise<ViewState | null> {
  if (!(await injectContentScript(tabId))) return null;
  const answer = await sendToTab(tabId, { type: clean ? ToContent.ShowClean : ToContent.Restore });
  return isViewState(answer) ? answer : null;
}

export async function getCleanView(tabId: number): Promise<ViewState | null> {
  try {
    const answer = await sendToTab(tabId, { type: ToContent.GetView });
    return isViewState(answer) ? answer : null;
  } catch {
    return null;
  }
}

function sendToTab(tabId: number, message: ToContentMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

function isViewState(value: unknown): value is ViewState {
  return typeof value === 'object' && value !== null && typeof (value as { clean?: unknown }).clean === 'boolean';
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError('timeout')), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e instanceof Error ? e : new Error(String(e))); });
  });
}
