/**
 * Every message between Clearleaf's parts, typed in one place: one union per receiver, each with a
 * guard that checks the shape on receipt. Nothing is dispatched on an unchecked string.
 */
import { parseSiteRules } from '../../pipeline/declutter/site-rules.js';
import type { ExtractedArticle, SiteRules } from '../../pipeline/types.js';

/** Sent by the popup or the background to the content script in a page. */
export const ToContent = {
  /** Extract and clean the article; answer with an ExtractResult. */
  Extract: 'clearleaf:extract',
  /** Replace the page with the clean article, in place. */
  ShowClean: 'clearleaf:show-clean',
  /** Put the original page back. */
  Restore: 'clearleaf:restore',
  /** Is the clean view showing? Answers with a ViewState. */
  GetView: 'clearleaf:get-view',
} as const;

export type ToContentMessage = {
  type: (typeof ToContent)[keyof typeof ToContent];
  /** Extract only: keep and hide rules for this extraction alone ("put back once", "hide" without "on this site"). */
  once?: SiteRules;
};

/**
 * Sent by a content script to the background. (Settings need no message: the background watches
 * storage, so the popup, the options page and the shortcut all take effect the same way.)
 */
export const ToBackground = {
  /** A content script reports that it cleaned (or restored) its page. */
  ViewChanged: 'clearleaf:view-changed',
} as const;

export type ToBackgroundMessage = { type: typeof ToBackground.ViewChanged; clean: boolean };

/** What the page's content script sends back for Extract. Text only: sources run in the popup. */
export type ExtractResult =
  | { ok: true; article: ExtractedArticle; url: string }
  | { ok: false; code: 'not-article' | 'too-large' | 'too-slow' | 'failed'; reason: string; url: string };

export interface ViewState {
  clean: boolean;
}

const contentTypes = new Set<string>(Object.values(ToContent));
const backgroundTypes = new Set<string>(Object.values(ToBackground));

function hasType(value: unknown): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function isToContentMessage(value: unknown): value is ToContentMessage {
  if (!hasType(value) || !contentTypes.has(value.type)) return false;
  const once = (value as { once?: unknown }).once;
  // Rules arrive as data: repaired to what a rule may be, never trusted as sent.
  if (once !== undefined) (value as ToContentMessage).once = parseSiteRules(once);
  return true;
}

export function isToBackgroundMessage(value: unknown): value is ToBackgroundMessage {
  return hasType(value) && backgroundTypes.has(value.type) && typeof (value as { clean?: unknown }).clean === 'boolean';
}

export function isExtractResult(value: unknown): value is ExtractResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v['url'] !== 'string') return false;
  if (v['ok'] === true) {
    const a = v['article'] as Record<string, unknown> | null;
    return typeof a === 'object' && a !== null && typeof a['html'] === 'string' && typeof a['text'] === 'string'
      && typeof a['title'] === 'string' && Array.isArray(a['removed']);
  }
  return v['ok'] === false && typeof v['reason'] === 'string' && typeof v['code'] === 'string';
}
