/**
 * Readability returns its biggest block even on pages that are not articles (a homepage of
 * headline cards, a search page). These checks decline such pages with a reason code and its
 * figures, on measured prose: a page on which Readability returns enough running prose is never
 * declined; a front page of teaser cards is declined even when Readability returns only its lead
 * card; link density declines only pages without running paragraphs.
 */
import { linkDensity } from '../util/dom.js';
import { collapsedLength } from '../util/collapsed-length.js';
import { countWords } from '../util/text.js';
import type { DeclineReason } from '../types.js';
import type { ProseFigures } from './prose.js';

export const ARTICLE_LIMITS = {
  /** Less text than this (characters, so that Chinese and Japanese count fairly) is no article … */
  minChars: 140,
  /**
   * … unless the media carry it: a gallery, a video post, diagrams or equations with a few lines of
   * text around them. At least this many images, videos, embeds or formulas …
   */
  minMedia: 2,
  /** … and this many words outside headings (two images under "Test Case 1/2" headings are a unit test, not an article). */
  minWordsBesideMedia: 8,
  /** Readability returned this many words of running prose: an article, whatever else is true (issue 9). */
  proseWordsAlwaysArticle: 150,
  /**
   * A short piece (a fable, a brief): this much running prose is never a list of links, however
   * many links surround it; a listing's own words are headlines and teasers, not running prose.
   */
  proseWordsNotListing: 100,
  /** A front page: at least this many teaser cards, and more cards than running paragraphs. */
  frontPageCards: 4,
  /** More of the text than this inside links: an index of other pages … */
  maxLinkDensity: 0.45,
  /** … and this much of its text in links is a listing, unless it declares itself an article … */
  listingLinkDensity: 0.3,
  /** … when it has fewer running paragraphs than this. */
  minProseParagraphs: 2,
};

export interface ArticleFacts {
  /**
   * The running text as the reader gets it (captions and controls left out): what "too little" is
   * measured on. Without it, the element's whole text.
   */
  text?: string;
  /** og:type / JSON-LD say this is an article. */
  declaresArticle: boolean;
  /** Running prose in what Readability returned, before the clutter pass. */
  prose: ProseFigures;
  /** The same over the whole page; asked only when Readability's block is small. */
  pageProse: () => ProseFigures;
}

/** A reason to decline, or null for an article. `root` is the article after the clutter pass. */
export function whyNotArticle(root: Element, facts: ArticleFacts): DeclineReason | null {
  // Only whether it is under the minimum matters (and the exact figure when it is): counted that far.
  const chars = collapsedLength(facts.text ?? root.textContent ?? '', ARTICLE_LIMITS.minChars);
  if (chars < ARTICLE_LIMITS.minChars && !carriedByMedia(root, facts.text ?? root.textContent ?? '')) {
    return { code: 'too-little-text', figures: { chars, min: ARTICLE_LIMITS.minChars } };
  }
  const { prose } = facts;
  if (prose.words >= ARTICLE_LIMITS.proseWordsAlwaysArticle) return null;
  const front = frontPage(prose) ?? (prose.paragraphs < ARTICLE_LIMITS.minProseParagraphs && prose.teaserCards > 0 ? frontPage(facts.pageProse()) : null);
  if (front) return front;
  if (prose.paragraphs >= ARTICLE_LIMITS.minProseParagraphs || prose.words >= ARTICLE_LIMITS.proseWordsNotListing) return null;
  const density = linkDensity(root);
  if (density > ARTICLE_LIMITS.maxLinkDensity) {
    return { code: 'mostly-links', figures: { linkDensity: density, max: ARTICLE_LIMITS.maxLinkDensity } };
  }
  if (density > ARTICLE_LIMITS.listingLinkDensity && !facts.declaresArticle) {
    return { code: 'link-list', figures: { linkDensity: density, proseParagraphs: prose.paragraphs, minProseParagraphs: ARTICLE_LIMITS.minProseParagraphs } };
  }
  return null;
}

/** Content media: not icons (svg), rules or tables, which carry no article of their own. */
const CONTENT_MEDIA = 'img, video, audio, iframe, math, object, embed';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/**
 * A short running text that is the frame of its media (ARTICLE_LIMITS.minMedia, minWordsBesideMedia);
 * `text` is the running text (captions and controls left out), headings counted out of it.
 */
function carriedByMedia(root: Element, text: string): boolean {
  if (root.querySelectorAll(CONTENT_MEDIA).length < ARTICLE_LIMITS.minMedia) return false;
  let headingWords = 0;
  for (const h of root.querySelectorAll(HEADINGS)) headingWords += countWords(h.textContent ?? '');
  return countWords(text) - headingWords >= ARTICLE_LIMITS.minWordsBesideMedia;
}

function frontPage(p: ProseFigures): DeclineReason | null {
  return p.teaserCards >= ARTICLE_LIMITS.frontPageCards && p.teaserCards > p.paragraphs
    ? { code: 'front-page', figures: { teaserCards: p.teaserCards, proseParagraphs: p.paragraphs } }
    : null;
}
