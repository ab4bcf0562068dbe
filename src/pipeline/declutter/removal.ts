/**
 * The no-harm limits every removal honours (built-in rules, site rules and site memory alike), and
 * how an element leaves the article without joining the words on either side of it.
 */
import { LIMITS } from './rules/limits.js';
import { toText } from '../article/to-text.js';
import { wordsOf } from '../util/dom.js';
import { truncate } from '../util/text.js';

const REMOVED_TEXT_MAX = 400;

/** How a box's words are counted: from the DOM, or from the pass's facts (facts.ts), which give the same answers. */
export interface WordReader {
  words: (el: Element) => number;
  /** Whether it holds a `p` at all (no query when it does not). */
  holdsParagraph: (el: Element) => boolean;
}

const FROM_DOM: WordReader = { words: wordsOf, holdsParagraph: (el) => el.querySelector('p') !== null };

/** The element is short, a small share of the article, and holds no paragraph long enough to be prose. */
export function isSmallBox(el: Element, articleWords: number, read: WordReader = FROM_DOM): boolean {
  const words = read.words(el);
  if (words > LIMITS.boxWords || words > LIMITS.boxShare * articleWords) return false;
  return !read.holdsParagraph(el) || ![...el.querySelectorAll('p')].some((p) => read.words(p) >= LIMITS.proseWords);
}

/** A removed block's text as the reader sees it in "What was removed": its lines joined by " · ". */
export function removedText(el: Element): string {
  return truncate(toText(el).replace(/\n+/gu, ' · '), REMOVED_TEXT_MAX);
}

/**
 * Takes the element out, leaving a space where it stood between two other nodes: "means<span>
 * </span>predictable" must not become "meanspredictable".
 */
export function detach(el: Element): void {
  if (el.previousSibling && el.nextSibling && el.ownerDocument) el.replaceWith(el.ownerDocument.createTextNode(' '));
  else el.remove();
}
