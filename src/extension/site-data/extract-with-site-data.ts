/**
 * extractArticle with the reader's rules for the page's site and what Clearleaf learned of it
 * (issue 12), and the article remembered afterwards (never in private windows). One place for the
 * content script (the page itself) and the popup (a snapshot of it).
 */
import { extractArticle } from '../../pipeline/extract-article.js';
import { parseSnapshot } from '../../pipeline/snapshot.js';
import { articleResult } from '../platform/extract-result.js';
import { isSnapshotResult, type ExtractResult } from '../platform/messages.js';
import type { CleanOptions, ExtractedArticle, SiteRules } from '../../pipeline/types.js';
import { rememberArticle, siteOptions } from './site-data-store.js';

export interface SiteExtraction {
  url: string;
  incognito: boolean;
  /** Keep and hide rules for this extraction only ("put back once", "hide" without "on this site"). */
  once?: SiteRules;
  /** For a document without a window of its own (a parsed snapshot). */
  window?: Window;
  /** false: not remembered (a first screen read from part of a page; site memory learns from whole articles). */
  remember?: boolean;
}

export async function extractWithSiteData(doc: Document, options: SiteExtraction): Promise<ExtractedArticle> {
  const { site, siteRules, siteMemory } = await siteOptions(options.url, options.incognito);
  const once = options.once;
  const rules = once ? { keep: [...siteRules.keep, ...once.keep], hide: [...siteRules.hide, ...once.hide] } : siteRules;
  const clean: CleanOptions = { url: options.url, site, siteRules: rules, ...(siteMemory ? { siteMemory } : {}), ...(options.window ? { window: options.window } : {}) };
  const article = extractArticle(doc, clean);
  if (article.isArticle && options.remember !== false) void rememberArticle(article, options.incognito).catch(() => undefined);
  return article;
}

/**
 * A content script's answer to ToContent.Snapshot, read in an extension page (the popup, the reader
 * page, the in-place view): parsed inert there and extracted with the site's data.
 */
export async function extractSnapshotAnswer(answer: unknown, win: Window, options: { url: string; incognito: boolean; once?: SiteRules }): Promise<ExtractResult> {
  // `url`: the tab's address as the caller knows it, for an answer that carries none.
  if (!isSnapshotResult(answer)) return { ok: false, reason: { code: 'bad-answer', figures: {} }, url: options.url };
  if (!answer.ok) return answer;
  const { snapshot } = answer;
  const article = await extractWithSiteData(parseSnapshot(snapshot, win), { url: snapshot.url, incognito: options.incognito, window: win, ...(options.once ? { once: options.once } : {}) });
  return articleResult(article, snapshot.url);
}
