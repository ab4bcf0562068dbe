export { cleanDocument, DEFAULT_MAX_ELEMENTS } from './clean-document.js';
export { findSources } from './sources/find-sources.js';
export { sanitizeHtml, sanitizeToFragment } from './sanitize.js';
export type { CleanArticle, CleanOptions, ClutterCategory, RemovedBlock } from './types.js';
export type * from './sources/types.js';
