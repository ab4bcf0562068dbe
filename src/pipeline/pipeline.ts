/**
 * cleanDocument: the article and the sources it cites, in one call (the library's and the CLI's
 * entry). Pure, like the parts it joins.
 */
import { extractArticle } from './extract-article.js';
import { emptyReport, findSources } from './sources/find-sources.js';
import type { SourcesReport } from './sources/types.js';
import type { CleanOptions, ExtractedArticle } from './types.js';

/** The article and its sources. Sources' names and quotes are plain text from the page, like the article's. */
export interface CleanArticle extends ExtractedArticle {
  sources: SourcesReport;
}

export function cleanDocument(doc: Document, options: CleanOptions): CleanArticle {
  const article = extractArticle(doc, options);
  const sources = article.isArticle
    ? findSources({ text: article.text, html: article.html, url: options.url, lang: article.lang }, { DOMParser: doc.defaultView?.DOMParser })
    : emptyReport();
  return { ...article, sources };
}
