/**
 * Talking to the page: inject the content script on demand (activeTab), then ask it for the article.
 * Every failure becomes a reason code for the reader (ui/reasons.ts words it), never an exception in the popup.
 */
import browser from '../platform/browser.js';
import { parseSnapshot } from '../../pipeline/snapshot.js';
import { articleResult } from '../platform/extract-result.js';
import { ToContent, type ExtractResult, type SnapshotResult, type ToContentMessage, type ViewState } from '../platform/messages.js';
import { extractWithSiteData } from '../site-data/extract-with-site-data.js';
import type { ExtractedArticle, SiteRules } from '../../pipeline/types.js';
import { readSnapshot } from './snapshot-parts.js';

/** The tab to read, and whether it is private (nothing is learned from private windows). */
export interface PageTab {
  tabId: number;
  incognito: boolean;
}

/** Shows a first screen read from the first part of a long page (not the whole article: no reading time, no controls). */
export type ShowPreview = (article: ExtractedArticle) => Promise<void>;

/** Snapshot and extraction budget: past this the page is reported as too slow rather than leaving the popup spinning. */
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
 * The page's article: the content script only serialises the page (its main thread stays free);
 * the pipeline runs here, in the extension page. `once`: keep and hide rules for this extraction
 * only (the reader's "put back once" and "hide" choices). The budget covers the injection too: a
 * page whose main thread is stuck never answers either.
 */
export async function askPage(tab: PageTab, url: string, once?: SiteRules, preview?: ShowPreview): Promise<ExtractResult> {
  try {
    return await withTimeout(ask(tab, url, once, preview), EXTRACT_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof TimeoutError) return { ok: false, reason: { code: 'timeout', figures: { seconds: EXTRACT_TIMEOUT_MS / 1000 } }, url };
    return { ok: false, reason: { code: 'failed', figures: {} }, url, detail: error instanceof Error ? error.message : String(error) };
  }
}

async function ask(tab: PageTab, url: string, once?: SiteRules, preview?: ShowPreview): Promise<ExtractResult> {
  performance.mark('clearleaf:ask');
  if (!(await injectContentScript(tab.tabId))) return { ok: false, reason: { code: 'no-access', figures: {} }, url };
  performance.mark('clearleaf:injected');
  const answer = await readSnapshot(tab.tabId, sendToTab, async (first) => {
    performance.mark('clearleaf:first-part');
    if (preview) await readPreview(first, tab, once, preview);
  });
  if (!answer) return { ok: false, reason: { code: 'bad-answer', figures: {} }, url };
  if (!answer.ok) return answer;
  performance.mark('clearleaf:snapshot', { detail: { pageMs: answer.pageMs } });
  const { snapshot } = answer;
  const doc = parseSnapshot(snapshot, window);
  performance.mark('clearleaf:parsed');
  const article = await extractWithSiteData(doc, { url: snapshot.url, incognito: tab.incognito, window, ...(once ? { once } : {}) });
  performance.mark('clearleaf:extracted');
  return articleResult(article, snapshot.url);
}

/** The first part read as the whole is (the same rules), but never remembered: site memory learns from whole articles only. */
async function readPreview(first: SnapshotResult & { ok: true }, tab: PageTab, once: SiteRules | undefined, preview: ShowPreview): Promise<void> {
  const { snapshot } = first;
  const article = await extractWithSiteData(parseSnapshot(snapshot, window), { url: snapshot.url, incognito: tab.incognito, window, remember: false, ...(once ? { once } : {}) });
  if (article.isArticle) await preview(article);
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
  if (typeof value !== 'object' || value === null || typeof (value as { clean?: unknown }).clean !== 'boolean') return false;
  const { problem } = value as { problem?: unknown };
  return problem === undefined || problem === 'sandboxed' || problem === 'interfered';
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError('timeout')), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e instanceof Error ? e : new Error(String(e))); });
  });
}
