/**
 * cleanDocument: the article and the sources it cites, in one call (the library's and the CLI's
 * entry). Pure, like the parts it joins.
 */
import { extractArticle } from './extract-article.js';
import { siteOfUrl } from './util/registrable-site.js';
import { emptyReport, findSources, type SourcesEnvironment } from './sources/find-sources.js';
import type { SourcesReport } from './sources/types.js';
import type { CleanOptions, ExtractedArticle } from './types.js';

/** The article and its sources. Sources' names and quotes are plain text from the page, like the article's. */
export interface CleanArticle extends ExtractedArticle {
  sources: SourcesReport;
}

/** extractArticle, with the page's site worked out from its address when the caller gives none (the library's extractArticle). */
export function extractArticleOfSite(doc: Document, options: CleanOptions): ExtractedArticle {
  return extractArticle(doc, { ...options, site: options.site !== undefined ? options.site : siteOfUrl(options.url) });
}

export function cleanDocument(doc: Document, options: CleanOptions): CleanArticle {
  const article = extractArticleOfSite(doc, options);
  return { ...article, sources: sourcesOf(article, options.url, { DOMParser: doc.defaultView?.DOMParser }) };
}

/**
 * The last step alone: the sources an extracted article cites. The extension runs it once per
 * article, in the popup, and hands the report on (the reader page receives it, never recomputes it).
 */
export function sourcesOf(article: ExtractedArticle, url: string, env: SourcesEnvironment = {}): SourcesReport {
  return article.isArticle ? findSources({ text: article.text, html: article.html, url, lang: article.lang }, env) : emptyReport();
}
