/**
 * Readability returns its biggest block even on pages that are not articles (a homepage of
 * headline cards, a search page). These checks decline such pages with a reason code and its figures,
 * and accept short or list-like articles (a paywalled teaser, release notes), which are still articles.
 */
import { linkDensity } from '../util/dom.js';
import { collapse, countWords } from '../util/text.js';
import type { DeclineReason } from '../types.js';

export const ARTICLE_LIMITS = {
  /** Less text than this (characters, so that Chinese and Japanese count fairly) is no article. */
  minChars: 140,
  /** More of the text than this inside links: an index of other pages. */
  maxLinkDensity: 0.45,
  /** A page with fewer running paragraphs than this … */
  minProseParagraphs: 2,
  proseWords: 25,
  /** … and this much of its text in links is a listing, unless it declares itself an article. */
  listingLinkDensity: 0.3,
};

/** A reason to decline, or null for an article. */
export function whyNotArticle(root: Element, declaresArticle: boolean): DeclineReason | null {
  const chars = collapse(root.textContent).length;
  if (chars < ARTICLE_LIMITS.minChars) {
    return { code: 'too-little-text', figures: { chars, min: ARTICLE_LIMITS.minChars } };
  }
  const density = linkDensity(root);
  if (density > ARTICLE_LIMITS.maxLinkDensity) {
    return { code: 'mostly-links', figures: { linkDensity: density, max: ARTICLE_LIMITS.maxLinkDensity } };
  }
  if (density > ARTICLE_LIMITS.listingLinkDensity && !declaresArticle) {
    const prose = proseParagraphs(root);
    if (prose < ARTICLE_LIMITS.minProseParagraphs) {
      return { code: 'link-list', figures: { linkDensity: density, proseParagraphs: prose, minProseParagraphs: ARTICLE_LIMITS.minProseParagraphs } };
    }
  }
  return null;
}

/** Running paragraphs, counted only up to what the check needs. */
function proseParagraphs(root: Element): number {
  let found = 0;
  for (const el of root.querySelectorAll('p, li, blockquote, div')) {
    if (el.querySelector('p, div, li, blockquote') === null && countWords(el.textContent ?? '') >= ARTICLE_LIMITS.proseWords && linkDensity(el) < 0.5) {
      found += 1;
      if (found >= ARTICLE_LIMITS.minProseParagraphs) break;
    }
  }
  return found;
}
