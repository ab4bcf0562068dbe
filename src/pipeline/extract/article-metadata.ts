/**
 * The article's metadata: what the page declares (metadata.ts) merged with what Readability found.
 * Readability reads the declared fields in a well-tested order and finds a title in <title> when
 * nothing is declared, so its title, byline, site name, date and direction come first; ours fill the gaps
 * (more <meta> keys, og:locale) and clean what it leaves raw (a " | Site" tail, "By …" and dates in
 * bylines). With no declared description, the excerpt is the first paragraph of the cleaned article,
 * not of Readability's, which may be clutter the pass took out.
 */
import { cleanByline } from './byline.js';
import { stripSiteSuffix, type PageMetadata } from './metadata.js';
import { collapse } from '../util/text.js';
import type { ExtractedArticle } from '../types.js';

export type ArticleMetadata = Pick<ExtractedArticle, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'excerpt'>;

/** The fields of Readability's result that are metadata (all optional: it may not have run). */
export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
  excerpt?: string | null;
}

const first = (...values: (string | null | undefined)[]): string | null => {
  for (const v of values) {
    const c = collapse(v);
    if (c) return c;
  }
  return null;
};

export function articleMetadata(page: PageMetadata, found: ReadabilityMetadata, article?: Element): ArticleMetadata {
  const siteName = first(found.siteName, page.siteName);
  const title = first(found.title, page.title) ?? '';
  const dir = first(found.dir)?.toLowerCase();
  return {
    title: stripSiteSuffix(stripSiteSuffix(title, siteName), page.siteName),
    // Readability's byline (cleaned of "By", dates and job titles) wins when it has one: it reads the
    // declared author in a well-tested order; ours fills the gap (measured on Readability's pages:
    // where the two named different people, Readability's agreed with the expected value).
    byline: cleanByline(found.byline) ?? page.byline,
    siteName,
    publishedTime: first(found.publishedTime, page.publishedTime),
    lang: page.lang ?? first(found.lang),
    dir: dir === 'rtl' || dir === 'ltr' ? dir : page.dir,
    excerpt: page.excerpt ? first(found.excerpt, page.excerpt) : (firstParagraph(article) ?? first(found.excerpt)),
  };
}

/** Readability's own excerpt rule (the first <p>), on the article as the clutter pass left it. */
function firstParagraph(article: Element | undefined): string | null {
  for (const p of article?.getElementsByTagName('p') ?? []) {
    const text = collapse(p.textContent);
    if (text) return text;
  }
  return null;
}
