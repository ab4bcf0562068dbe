/** Small facts about an element that several rule families ask: is it a line of its own, is it prose? */
import { IMAGE, tagsOf, type Facts } from './facts.js';

const LINE_BLOCKS = tagsOf('p, div, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, section, article, aside, figcaption, blockquote, header, footer') ?? new Set<string>();
const IMAGE_TAGS = tagsOf(IMAGE) ?? new Set<string>();

/** An inline element that is its line's whole content: its block holds no other text. */
export function standsAlone(el: Element, facts: Facts): boolean {
  let block = el.parentElement;
  while (block && !LINE_BLOCKS.has(block.localName)) block = block.parentElement;
  // Lengths first: the block may be a wrapper of the whole article.
  return !!block && facts.collapsedLength(block) === facts.collapsedLength(el) && facts.collapsedText(block) === facts.collapsedText(el);
}

/** A list whose items are single lines (no nested blocks): tested as one line ("Facebook Twitter Email"). */
export function isFlatList(el: Element, facts: Facts): boolean {
  return isList(el) && [...el.children].every((li) => li.tagName === 'LI' && !facts.holds(li, 'block'));
}

/** A leaf line: an inline element standing alone, a flat list, or a block with no block inside. */
export function isLine(el: Element, facts: Facts): boolean {
  if (isList(el)) return isFlatList(el, facts);
  return !facts.holds(el, 'block');
}

const isList = (el: Element): boolean => el.localName === 'ul' || el.localName === 'ol';

/**
 * Holds a sentence of prose: a run of at least `words` words that ends with a full stop, question or
 * exclamation mark and is followed by more text, or two such sentences. A label or a call to action
 * has none.
 */
export function hasProseSentence(text: string, words = 6): boolean {
  const sentences = text.split(/(?<=[.!?…])\s+(?=\S)/u).filter((s) => s.split(/\s+/u).length >= words);
  return sentences.length >= 2 || (sentences.length === 1 && text.split(/\s+/u).length > 14);
}

/** How far up a credit's wrappers the image may be (a credit in a span in a div under the photo). */
const IMAGE_WRAPPERS = 3;

/**
 * With an image: holding one, or right after one (the element, or a wrapper it opens, comes next
 * after an image or after a block that holds only an image). A credit there is the image's caption.
 */
export function withImage(el: Element, facts: Facts): boolean {
  if (facts.holds(el, 'image')) return true;
  let node: Element | null = el;
  for (let depth = 0; node && depth <= IMAGE_WRAPPERS; depth += 1, node = node.parentElement) {
    const prev = node.previousElementSibling;
    if (prev) return IMAGE_TAGS.has(prev.localName) || (facts.holds(prev, 'image') && facts.collapsedLength(prev) === 0);
  }
  return false;
}
