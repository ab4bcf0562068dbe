/**
 * The page's own content markup. A widget is never made of these, so no text or class-token rule
 * reaches into them: code (and everything inside it), math, table cells, figures and captions,
 * footnotes, infoboxes. Headings and list items are also out of reach, except that a heading may
 * label a widget (a text rule with `takesBox`) and the widget's list goes with it.
 */
import { CAPTION_CLASS } from './rules/limits.js';
import { classAndId } from '../util/dom.js';

/** Nothing touches anything inside these, not even empty-element clean-up: spaces there are code. */
const CODE_ZONE = 'pre, code, kbd, samp, var, math, .katex, .MathJax, mjx-container, [class~="math"]';

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
 * Which elements of one article are in which zone, computed once per pass (a walk up the ancestors
 * of every element would cost depth × size on deep pages).
 */
export class Zones {
  private readonly content = new WeakSet<Element>();
  private readonly code = new WeakSet<Element>();
  private readonly label = new WeakSet<Element>();

  constructor(root: Element) {
    mark(root, CODE_ZONE, this.code);
    mark(root, CONTENT_ZONE, this.content);
    mark(root, LABEL_ZONE, this.label);
    for (const el of root.querySelectorAll('[class], [id]')) {
      if (!this.content.has(el) && CAPTION_CLASS.test(classAndId(el))) markTree(el, this.content);
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

  /** A heading, list item or definition, or inside one. */
  inLabel(el: Element): boolean {
    return this.label.has(el);
  }
}

function mark(root: Element, selector: string, set: WeakSet<Element>): void {
  for (const el of root.querySelectorAll(selector)) if (!set.has(el)) markTree(el, set);
}

function markTree(el: Element, set: WeakSet<Element>): void {
  set.add(el);
  for (const d of el.querySelectorAll('*')) set.add(d);
}

/** Holds code or math: emptied wrappers around it are not empty. */
export function holdsCode(el: Element): boolean {
  return el.querySelector(CODE_ZONE) !== null;
}
