/** Clearleaf as a library: the same pure core the extension runs, for Node and for tests. */
export { cleanDocument } from '../core/clean-document.js';
export { DEFAULT_MAX_ELEMENTS, extractArticle } from '../core/extract-article.js';
export { findSources } from '../core/sources/find-sources.js';
export { sanitizeHtml } from '../core/sanitize.js';
export { toMarkdown } from '../ui/markdown.js';
export type { CleanArticle, CleanOptions, ClutterCategory, ExtractedArticle, RemovedBlock } from '../core/types.js';
export type * from '../core/sources/types.js';
