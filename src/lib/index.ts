/** Clearleaf as a library: the same pure core the extension runs, for Node and for tests. */
export { cleanDocument, DEFAULT_MAX_ELEMENTS } from '../core/clean-document.js';
export { findSources } from '../core/sources/find-sources.js';
export { sanitizeHtml } from '../core/sanitize.js';
export { toMarkdown } from '../ui/markdown.js';
export type { CleanArticle, CleanOptions, ClutterCategory, RemovedBlock } from '../core/types.js';
export type * from '../core/sources/types.js';
