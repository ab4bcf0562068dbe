/** Clearleaf as a library: the same pure core the extension runs, for Node and for tests. */
export { cleanDocument, extractArticleOfSite as extractArticle } from '../pipeline/pipeline.js';
export { DEFAULT_MAX_ELEMENTS } from '../pipeline/extract-article.js';
export { findSources } from '../pipeline/sources/find-sources.js';
export { sanitizeHtml } from '../pipeline/article/sanitize.js';
export { toMarkdown } from '../pipeline/article/markdown.js';
export { createSiteMemory, type SiteMemory, type SavedMemory, type SiteSummary } from '../pipeline/declutter/site-memory.js';
export { ruleForHiding, ruleForKeeping } from '../pipeline/declutter/site-rules.js';
export type {
  ArticleFingerprints, CleanOptions, ClutterCategory, ExtractedArticle, RemovedBlock, SiteRule, SiteRules,
} from '../pipeline/types.js';
export type { CleanArticle } from '../pipeline/pipeline.js';
export type * from '../pipeline/sources/types.js';
