/**
 * An article's sources, found at most once and only when first asked for: the popup asks after the
 * article is painted (the sources code and public-suffix data load at that moment) and hands the
 * report to the reader page, which renders it instead of finding it again.
 */
import type { SourcesReport } from '../../pipeline/sources/types.js';
import type { ExtractedArticle } from '../../pipeline/types.js';

export function sourcesOnce(article: ExtractedArticle, url: string): () => Promise<SourcesReport> {
  let report: Promise<SourcesReport> | undefined;
  return () => (report ??= import('../../pipeline/pipeline.js').then(({ sourcesOf }) => sourcesOf(article, url)));
}
