/**
 * Every message between Clearleaf's parts, typed in one place: one union per receiver, each with a
 * guard that checks the shape on receipt. Nothing is dispatched on an unchecked string.
 */
import type { PageSnapshot } from '../../pipeline/snapshot-shape.js';
import type { DeclineReason, ExtractedArticle } from '../../pipeline/types.js';

/** Sent by the popup or the background to the content script in a page. */
export const ToContent = {
  /**
   * Serialise the page once for an extension page to read; answer with a SnapshotResult. With
   * `firstChars`, a long page's HTML comes in two parts: the first (for a first screen) now, the rest
   * on SnapshotRest.
   */
  Snapshot: 'clearleaf:snapshot',
  /** The rest of the HTML the last Snapshot cut; answer with a SnapshotResult (the whole page again if nothing is kept). */
  SnapshotRest: 'clearleaf:snapshot-rest',
  /** Replace the page with the clean article, in place. */
  ShowClean: 'clearleaf:show-clean',
  /** Put the original page back. */
  Restore: 'clearleaf:restore',
  /** Is the clean view showing? Answers with a ViewState. */
  GetView: 'clearleaf:get-view',
} as const;

export type ToContentMessage = {
  type: (typeof ToContent)[keyof typeof ToContent];
  /** Snapshot only: send at most about this many characters first (see ToContent.Snapshot). */
  firstChars?: number;
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

/**
 * Why the popup has no article: the pipeline's decline, or a failure on the way (the script threw,
 * could not be injected, did not answer in time, answered something else). Codes only; words in _locales.
 */
export type EdgeFailure = { code: 'failed' | 'no-access' | 'timeout' | 'bad-answer'; figures: Record<string, number> };
export type PageProblem = DeclineReason | EdgeFailure;

/**
 * What the page's content script sends back for Extract. Text only: sources run in the popup.
 * `detail` is a developer's note (an exception's message), logged, never shown to readers.
 */
export type ExtractResult =
  | { ok: true; article: ExtractedArticle; url: string }
  | { ok: false; reason: PageProblem; url: string; detail?: string };

/** What the content script sends back for Snapshot: the page to read, or why it will not be read. */
export type SnapshotResult =
  /**
   * pageMs: the longest task taking it held the page's main thread for (the benchmark reads it).
   * `snapshot.html` is the part of the page's HTML from character `from`; `totalChars` is the whole's length.
   */
  | { ok: true; snapshot: PageSnapshot; pageMs: number; from: number; totalChars: number }
  | Extract<ExtractResult, { ok: false }>;

/**
 * The in-place view's one port: a MessageChannel. The content script mounts the view's page
 * (clean-view.html, an extension page in an iframe over the tab) with a fresh token in its address
 * and, once it loaded, posts it `{ type: CLEAN_VIEW_PORT, token }` with one end of the channel,
 * addressed to the extension's origin (so a frame the page navigated elsewhere never gets it). The
 * view's page takes only the first such message carrying its own token. (Not a runtime port:
 * Firefox gives an extension frame inside a web page no `tabs` API, and such a frame does not hear
 * a content script's `runtime.connect`.)
 */
export const CLEAN_VIEW_PORT = 'clearleaf:clean-view';

export function isViewHandshake(value: unknown, token: string): boolean {
  return hasType(value) && value.type === CLEAN_VIEW_PORT && (value as { token?: unknown }).token === token;
}

/** From the view to the content script. */
export type FromViewMessage =
  /** Send the page (a SnapshotResult in a ToViewMessage). */
  | { type: 'snapshot' }
  /** The article is drawn (the popup's button says "clean"), or the page is no article (the view closes). */
  | { type: 'shown' }
  | { type: 'declined' }
  /** The reader chose "Show the original page" or pressed Escape. */
  | { type: 'close' };

/** From the content script to the view. */
export type ToViewMessage =
  /** `pageImageOrigins`: origins the page itself loaded images from (the view loads no others: the page's own CSP and privacy choices hold). */
  | { type: 'snapshot'; result: SnapshotResult; pageImageOrigins: string[] }
  /** The page changed (late clutter, a single-page navigation): ask again. */
  | { type: 'changed' };

const fromViewTypes = new Set(['snapshot', 'shown', 'declined', 'close']);

export function isFromViewMessage(value: unknown): value is FromViewMessage {
  return hasType(value) && fromViewTypes.has(value.type);
}

export function isToViewMessage(value: unknown): value is ToViewMessage {
  if (!hasType(value)) return false;
  if (value.type === 'changed') return true;
  const v = value as { result?: unknown; pageImageOrigins?: unknown };
  return value.type === 'snapshot' && isSnapshotResult(v.result)
    && Array.isArray(v.pageImageOrigins) && v.pageImageOrigins.every((o) => typeof o === 'string');
}

/**
 * Why the in-place view could not show, as a code (the words are in _locales). `sandboxed`: the page
 * is served with a sandboxing CSP, which its frames inherit, so the view's own page cannot run there.
 * `interfered`: the page kept removing the view, or hid it or made it unusable, so it was closed.
 */
export type ViewProblem = 'sandboxed' | 'interfered';

export interface ViewState {
  clean: boolean;
  problem?: ViewProblem;
}

const contentTypes = new Set<string>(Object.values(ToContent));
const backgroundTypes = new Set<string>(Object.values(ToBackground));

function hasType(value: unknown): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function isToContentMessage(value: unknown): value is ToContentMessage {
  if (!hasType(value) || !contentTypes.has(value.type)) return false;
  const firstChars = (value as { firstChars?: unknown }).firstChars;
  return firstChars === undefined || (typeof firstChars === 'number' && firstChars > 0);
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
  return v['ok'] === false && isProblem(v['reason']);
}

function isProblem(value: unknown): value is PageProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { code, figures } = value as { code?: unknown; figures?: unknown };
  return typeof code === 'string' && typeof figures === 'object' && figures !== null
    && Object.values(figures).every((n) => typeof n === 'number');
}

export function isSnapshotResult(value: unknown): value is SnapshotResult {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v['ok'] === true) {
    const s = v['snapshot'] as Record<string, unknown> | null;
    return typeof s === 'object' && s !== null && typeof s['html'] === 'string' && typeof s['url'] === 'string' && typeof s['baseUrl'] === 'string'
      && typeof v['pageMs'] === 'number' && typeof v['from'] === 'number' && typeof v['totalChars'] === 'number';
  }
  return v['ok'] === false && typeof v['url'] === 'string' && isProblem(v['reason']);
}
