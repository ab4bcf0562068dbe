/**
 * The pipeline from a page snapshot: the HTML the content script serialised once on the page, parsed
 * again in an extension page (inert: DOMParser runs no script and loads nothing) and read there, so
 * the page's own main thread pays only for the serialisation.
 */
import { extractArticle } from './extract-article.js';
import { builtIn, callBuiltIn } from './extract/unclobbered.js';
import type { ExtractedArticle } from './types.js';

export { HIDDEN_ATTR, type PageSnapshot } from './snapshot-shape.js';
import type { PageSnapshot } from './snapshot-shape.js';

export function parseSnapshot(snapshot: PageSnapshot, win: Window): Document {
  const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(snapshot.html, 'text/html');
  // Relative links and images resolve against the page, not against the extension page. The parsed
  // document is the page's markup: its named forms and images shadow document properties (Firefox
  // names them on every HTML document, Chromium only on one with a window), so built-ins are used.
  for (const old of callBuiltIn<NodeListOf<Element>>(doc, 'querySelectorAll', 'base')) old.remove();
  const base = callBuiltIn<HTMLBaseElement>(doc, 'createElement', 'base');
  base.href = snapshot.baseUrl;
  builtIn<HTMLHeadElement>(doc, 'head').prepend(base);
  return doc;
}

/** extractArticle on a snapshot; `win` (the extension page's window) supplies DOMParser and DOMPurify. */
export function extractFromSnapshot(snapshot: PageSnapshot, win: Window, options: { maxElements?: number } = {}): ExtractedArticle {
  return extractArticle(parseSnapshot(snapshot, win), { url: snapshot.url, window: win, ...options });
}
