/** Small facts about an element that several rule families ask: is it a line of its own, is it prose? */
import { collapse } from '../util/text.js';

/** A block holding these is a container: its children are tested, not its whole text. */
export const BLOCK_CHILDREN = 'p, div, blockquote, ul, ol, li, h1, h2, h3, h4, h5, h6, table, figure, section, article, aside, pre';

const LINE_BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, section, article, aside, figcaption, blockquote, header, footer';

/** An inline element that is its line's whole content: its block holds no other text. */
export function standsAlone(el: Element): boolean {
  const block = el.parentElement?.closest(LINE_BLOCKS);
  return !!block && collapse(block.textContent) === collapse(el.textContent);
}

/** A list whose items are single lines (no nested blocks): tested as one line ("Facebook Twitter Email"). */
export function isFlatList(el: Element): boolean {
  return el.matches('ul, ol') && [...el.children].every((li) => li.tagName === 'LI' && li.querySelector(BLOCK_CHILDREN) === null);
}

/** A leaf line: an inline element standing alone, a flat list, or a block with no block inside. */
export function isLine(el: Element): boolean {
  if (el.matches('ul, ol')) return isFlatList(el);
  return el.querySelector(BLOCK_CHILDREN) === null;
}

/**
 * Holds a sentence of prose: a run of at least `words` words that ends with a full stop, question or
 * exclamation mark and is followed by more text, or two such sentences. A label or a call to action
 * has none.
 */
export function hasProseSentence(text: string, words = 6): boolean {
  const sentences = text.split(/(?<=[.!?…])\s+(?=\S)/u).filter((s) => s.split(/\s+/u).length >= words);
  return sentences.length >= 2 || (sentences.length === 1 && text.split(/\s+/u).length > 14);
}

/** What a credit may stand under: an image, or a figure or picture holding one. */
const IMAGE = 'img, picture, figure, video';
/** How far up a credit's wrappers the image may be (a credit in a span in a div under the photo). */
const IMAGE_WRAPPERS = 3;

/**
 * With an image: holding one, or right after one (the element, or a wrapper it opens, comes next
 * after an image or after a block that holds only an image). A credit there is the image's caption.
 */
export function withImage(el: Element): boolean {
  if (el.querySelector(IMAGE)) return true;
  let node: Element | null = el;
  for (let depth = 0; node && depth <= IMAGE_WRAPPERS; depth += 1, node = node.parentElement) {
    const prev = node.previousElementSibling;
    if (prev) return prev.matches(IMAGE) || (prev.querySelector(IMAGE) !== null && collapse(prev.textContent) === '');
  }
  return false;
}
