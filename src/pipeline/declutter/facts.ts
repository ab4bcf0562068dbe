/**
 * What the clutter pass reads of each element of one article, read once: its text (raw, collapsed,
 * word count), the length of its link text, and which kinds of element it holds. Each rule family
 * used to ask the DOM again (a querySelector per element and rule, a new textContent string per
 * element and rule): on a 10 MB article that was most of the pass's time.
 *
 * The structural facts come from one bottom-up walk when the pass starts. A removal changes its
 * ancestors and nothing else (the pass never inserts or moves an element, and only removes through
 * `forget` first): their facts are dropped, and asked again they are read from the DOM as before.
 * So every answer is the one the DOM would give at that moment.
 */
import { MEDIA_SELECTOR } from '../util/dom.js';
import { collapsedLength } from '../util/collapsed-length.js';
import { collapse, countWords } from '../util/text.js';
import { tagsOf } from './selector-test.js';
import { CODE_ZONE } from './zones.js';

export { tagsOf } from './selector-test.js';

/** A block holding these is a container: its children are tested, not its whole text. */
export const BLOCK_CHILDREN = 'p, div, blockquote, ul, ol, li, h1, h2, h3, h4, h5, h6, table, figure, section, article, aside, pre';
/** What a credit may stand under: an image, or a figure or picture holding one. */
export const IMAGE = 'img, picture, figure, video';

/** The kinds of descendant the rules ask about, each a list of tag names (one bit each). */
const KINDS = {
  block: BLOCK_CHILDREN,
  media: MEDIA_SELECTOR,
  image: IMAGE,
  anchor: 'a',
  paragraph: 'p',
  /** A line of repeated metadata holds none of these (signals/repeats.ts). */
  lineBlock: 'p, div, li',
  /** A breadcrumb holds none of these (signals/links.ts). */
  proseOrHeading: 'p, h1, h2, h3, h4, h5, h6',
} as const;
export type Kind = keyof typeof KINDS | 'code';

const KIND_NAMES = Object.keys(KINDS) as (keyof typeof KINDS)[];
const CODE_BIT = 1 << KIND_NAMES.length;
const bitOf = (kind: Kind): number => (kind === 'code' ? CODE_BIT : 1 << KIND_NAMES.indexOf(kind));

/** Tag name → the bits of the kinds it belongs to. */
const TAG_BITS = new Map<string, number>();
KIND_NAMES.forEach((kind, i) => {
  for (const tag of tagsOf(KINDS[kind]) ?? []) TAG_BITS.set(tag, (TAG_BITS.get(tag) ?? 0) | (1 << i));
});

interface Fact {
  /** Length of textContent. */
  textLength: number;
  /** Σ collapsed text length of every `a` inside (as util/dom.ts linkDensity counts it). */
  linked: number;
  /** Bits of the kinds of element inside (not counting the element itself). */
  holds: number;
}

/** Texts longer than this are measured without building a new string of them. */
const LONG_TEXT = 100_000;

const TEXT = 3;
const CDATA = 4;

export class Facts {
  /** Every element inside the article, in document order (the root left out, as querySelectorAll does). */
  readonly all: readonly Element[];
  /** Their local names, read once (each read goes through the DOM's wrapper). */
  readonly names: readonly string[];
  private readonly facts = new Map<Element, Fact>();
  private readonly raw = new Map<Element, string>();
  private readonly collapsed = new Map<Element, string>();
  private readonly words = new Map<Element, number>();
  private readonly collapsedLengths = new Map<Element, number>();

  /**
   * `all`: the article's elements in document order (elementsOf); `isCodeMatch(el)`: the element is
   * itself code or math (matches CODE_ZONE), not only inside it.
   */
  constructor(readonly root: Element, all: readonly Element[], isCodeMatch: (el: Element) => boolean) {
    this.all = all;
    this.names = all.map((el) => el.localName);
    // In reverse document order every element comes after all of its descendants.
    for (let i = all.length - 1; i >= 0; i -= 1) {
      const el = all[i] as Element;
      this.facts.set(el, factOf(el, this.facts, isCodeMatch));
    }
    this.facts.set(root, factOf(root, this.facts, isCodeMatch));
  }

  /** The element's textContent. */
  text(el: Element): string {
    let text = this.raw.get(el);
    if (text === undefined) {
      text = el.textContent ?? '';
      this.raw.set(el, text);
    }
    return text;
  }

  /** The length of its textContent, without building the string when it is known. */
  textLength(el: Element): number {
    return this.raw.get(el)?.length ?? this.facts.get(el)?.textLength ?? this.text(el).length;
  }

  /** Its text with whitespace collapsed (util/text.ts collapse). */
  collapsedText(el: Element): string {
    let text = this.collapsed.get(el);
    if (text === undefined) {
      text = collapse(this.text(el));
      this.collapsed.set(el, text);
    }
    return text;
  }

  /**
   * The length of its collapsed text, without building that string for a long text: V8's global
   * replace over millions of characters is superlinear, and the article's wrappers hold all of it.
   */
  collapsedLength(el: Element): number {
    const known = this.collapsed.get(el)?.length ?? this.collapsedLengths.get(el);
    if (known !== undefined) return known;
    const text = this.text(el);
    const n = text.length > LONG_TEXT ? collapsedLength(text) : this.collapsedText(el).length;
    this.collapsedLengths.set(el, n);
    return n;
  }

  /** Its word count (util/dom.ts wordsOf; countWords counts a long text without one huge match). */
  wordCount(el: Element): number {
    let n = this.words.get(el);
    if (n === undefined) {
      const text = this.text(el);
      n = countWords(text);
      this.words.set(el, n);
    }
    return n;
  }

  /** Share of its text inside links, 0..1 (util/dom.ts linkDensity). */
  linkDensity(el: Element): number {
    const total = this.collapsedLength(el);
    if (total === 0) return 0;
    return Math.min(1, this.linkedLength(el) / total);
  }

  /** Whether an element of the kind is inside it: `el.querySelector(kind's selector) !== null`. */
  holds(el: Element, kind: Kind): boolean {
    const fact = this.facts.get(el);
    if (fact) return (fact.holds & bitOf(kind)) !== 0;
    return el.querySelector(kind === 'code' ? CODE_ZONE : KINDS[kind]) !== null;
  }

  /** The `a[href]` inside it, in document order (none is the common case, and costs no walk). */
  linksIn(el: Element): Element[] {
    if (!this.holds(el, 'anchor')) return [];
    return elementsOf(el).filter((a) => a.localName === 'a' && a.hasAttribute('href'));
  }

  /**
   * The element is about to leave the article: what its ancestors hold changes, so their facts go
   * (all the way up: a cached text of a wrapper outside the article would be stale too).
   */
  forget(el: Element): void {
    for (let node = el.parentElement; node; node = node.parentElement) {
      this.facts.delete(node);
      this.raw.delete(node);
      this.collapsed.delete(node);
      this.words.delete(node);
      this.collapsedLengths.delete(node);
    }
  }

  private linkedLength(el: Element): number {
    const fact = this.facts.get(el);
    if (fact) return fact.linked;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += collapse(a.textContent).length;
    return linked;
  }
}

/** The elements inside `root` in document order, root left out (as querySelectorAll('*')), without recursion. */
export function elementsOf(root: Element): Element[] {
  const all: Element[] = [];
  const stack: Element[] = [];
  for (let el = root.lastElementChild; el; el = el.previousElementSibling) stack.push(el);
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    all.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return all;
}

function factOf(el: Element, facts: Map<Element, Fact>, isCodeMatch: (el: Element) => boolean): Fact {
  const fact: Fact = { textLength: 0, linked: 0, holds: 0 };
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      fact.textLength += (node as CharacterData).data.length;
      continue;
    }
    const child = facts.get(node as Element);
    if (!child) continue;
    const c = node as Element;
    fact.textLength += child.textLength;
    fact.linked += child.linked;
    fact.holds |= child.holds | (TAG_BITS.get(c.localName) ?? 0) | (isCodeMatch(c) ? CODE_BIT : 0);
    if (c.localName === 'a') fact.linked += collapse(c.textContent).length;
  }
  return fact;
}
