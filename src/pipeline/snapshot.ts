/**
 * The pipeline from a page snapshot: the HTML the content script serialised once on the page, parsed
 * again in an extension page (inert: DOMParser runs no script and loads nothing) and read there, so
 * the page's own main thread pays only for the serialisation.
 */
import { extractArticle } from './extract-article.js';
import type { ExtractedArticle } from './types.js';

/** What the content script hands over: see src/extension/content/snapshot.ts for what it writes in. */
export interface PageSnapshot {
  /** The page's HTML with what only the live page knows written into it. */
  html: string;
  /** The page's address. */
  url: string;
  /** The live document's baseURI: relative links and images resolve against it. */
  baseUrl: string;
}

/** Marks the root of a subtree the live page did not show (CSS-hidden); a signal, nothing is dropped for it. */
export const HIDDEN_ATTR = 'data-clearleaf-hidden';

export function parseSnapshot(snapshot: PageSnapshot, win: Window): Document {
  const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(snapshot.html, 'text/html');
  // Relative links and images resolve against the page, not against the extension page.
  for (const old of doc.querySelectorAll('base')) old.remove();
  const base = doc.createElement('base');
  base.href = snapshot.baseUrl;
  doc.head.prepend(base);
  return doc;
}

/** extractArticle on a snapshot; `win` (the extension page's window) supplies DOMParser and DOMPurify. */
export function extractFromSnapshot(snapshot: PageSnapshot, win: Window, options: { maxElements?: number } = {}): ExtractedArticle {
  return extractArticle(parseSnapshot(snapshot, win), { url: snapshot.url, window: win, ...options });
}
