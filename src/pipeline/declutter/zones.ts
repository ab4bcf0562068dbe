/**
 * The page's own content markup. A widget is never made of these, so no text or class-token rule
 * reaches into them: code (and everything inside it), math, table cells, figures and captions,
 * footnotes, infoboxes. Headings and list items are also out of reach, except that a heading may
 * label a widget (a text rule with `takesBox`) and the widget's list goes with it.
 */
import { CAPTION_CLASS } from './rules/limits.js';
import { SelectorTest } from './selector-test.js';
import { classAndId } from '../util/dom.js';

/** Nothing touches anything inside these, not even empty-element clean-up: spaces there are code. */
export const CODE_ZONE = 'pre, code, kbd, samp, var, math, .katex, .MathJax, mjx-container, [class~="math"]';

/** No text or class-token rule fires on or inside these. */
const CONTENT_ZONE = [
  CODE_ZONE,
  'td', 'th', 'caption', 'figure', 'figcaption',
  // Footnotes and references: pandoc, kramdown, Hugo, Wikipedia, DPUB-ARIA, Easy Footnotes.
  '.footnotes', '.footnote', '.footnote-definition', '[role="doc-endnotes"]', '[role="doc-footnote"]', '[role="doc-noteref"]',
  '[role="doc-backlink"]', '.reflist', '.references', 'sup',
  // Infoboxes and fact boxes: their values are short lines that look like labels.
  '.infobox', '[class*="infobox"]', '[class*="factbox"]',
].join(', ');

/** Headings, list items and definitions: only a widget's own label heading may go, never by class. */
const LABEL_ZONE = 'h1, h2, h3, h4, h5, h6, li, dt, dd';

/**
 * Which elements of one article are in which zone, computed once per pass in one walk down the
 * article (an element is in a zone when it matches the zone's selector or its parent is in it), with
 * a query only for elements that have attributes (selector-test.ts).
 */
export class Zones {
  private readonly content = new WeakSet<Element>();
  private readonly code = new WeakSet<Element>();
  private readonly codeMatches = new WeakSet<Element>();
  private readonly label = new WeakSet<Element>();

  /** `all`: the elements inside `root` in document order (facts.ts elementsOf); the root itself is in no zone. */
  constructor(root: Element, all: readonly Element[]) {
    for (const el of all) {
      const parent = el.parentElement;
      const inParent = (set: WeakSet<Element>): boolean => parent !== null && parent !== root && set.has(parent);
      if (CODE_TEST.matches(el)) this.codeMatches.add(el);
      if (inParent(this.code) || this.codeMatches.has(el)) this.code.add(el);
      if (inParent(this.content) || CONTENT_TEST.matches(el) || (el.attributes.length > 0 && CAPTION_CLASS.test(classAndId(el)))) this.content.add(el);
      if (inParent(this.label) || LABEL_TEST.matches(el)) this.label.add(el);
    }
  }

  /** Out of reach of text rules and class-token rules: content markup, or inside it. */
  inContent(el: Element): boolean {
    return this.content.has(el);
  }

  /** Code or math, or inside it: nothing touches it. */
  inCode(el: Element): boolean {
    return this.code.has(el);
  }

  /** Itself code or math (matches CODE_ZONE), not only inside it. */
  isCodeMatch(el: Element): boolean {
    return this.codeMatches.has(el);
  }

  /** A heading, list item or definition, or inside one. */
  inLabel(el: Element): boolean {
    return this.label.has(el);
  }
}

const CODE_TEST = new SelectorTest(CODE_ZONE);
const CONTENT_TEST = new SelectorTest(CONTENT_ZONE);
const LABEL_TEST = new SelectorTest(LABEL_ZONE);
