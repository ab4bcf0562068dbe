/**
 * The snapshot's shape alone, apart from the pipeline that reads it (snapshot.ts): the content script
 * writes snapshots and must not bundle Readability to name their type.
 */
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
