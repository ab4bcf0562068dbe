/** An extraction's outcome as the popup and the in-place view take it: the article, or why not. */
import type { ExtractedArticle } from '../../pipeline/types.js';
import type { ExtractResult } from './messages.js';

export function articleResult(article: ExtractedArticle, url: string): ExtractResult {
  if (article.isArticle) return { ok: true, article, url };
  return { ok: false, reason: article.reason ?? { code: 'no-content', figures: {} }, url };
}
