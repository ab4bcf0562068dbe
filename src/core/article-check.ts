/**
 * Readability returns its biggest block even on pages that are not articles (a homepage of
 * headline cards, a search page). These checks decline such pages with a reason a reader understands.
 */
import { linkDensity, wordsOf } from './dom-utils.js';
import { countWords } from './text-utils.js';

export const ARTICLE_LIMITS = {
  /** Fewer words than this is a teaser or a stub, not something to read. */
  minWords: 80,
  /** More of the text than this inside links: an index of other pages. */
  maxLinkDensity: 0.45,
  /** Paragraphs of at least `proseWords` words a real article has (unless the page declares itself one). */
  minProseParagraphs: 2,
  proseWords: 25,
};

/** A reason to decline, or null for an article. */
export function whyNotArticle(root: Element, declaresArticle: boolean): string | null {
  const words = wordsOf(root);
  if (words < ARTICLE_LIMITS.minWords) {
    return 'This page has too little text to be an article.';
  }
  if (linkDensity(root) > ARTICLE_LIMITS.maxLinkDensity) {
    return 'This page is mostly links to other pages (a front page or an index), not an article.';
  }
  const prose = [...root.querySelectorAll('p, li, blockquote, div')].filter((el) =>
    el.querySelector('p, div, li, blockquote') === null && countWords(el.textContent ?? '') >= ARTICLE_LIMITS.proseWords && linkDensity(el) < 0.5,
  ).length;
  if (prose < ARTICLE_LIMITS.minProseParagraphs && !declaresArticle) {
    return 'This page has no running text to read: it looks like a list or a listing, not an article.';
  }
  return null;
}
