/**
 * Work is bounded: pages past these limits are declined (a reason code) rather than freezing the
 * reader's tab (or, in Node, overflowing the stack of a recursive clone).
 */
import { builtIn, callBuiltIn } from './unclobbered.js';
import type { DeclineReason } from '../types.js';

export const PAGE_BUDGET = {
  /** Elements in the whole page. News articles have a few thousand; 300,000 is a pathological page. */
  maxElements: 300_000,
  /**
   * Nesting depth. Browsers' parsers flatten markup deeper than a few hundred levels, so only
   * documents built by script or parsed outside a browser get here.
   */
  maxDepth: 1_000,
};

/** A reason to decline the page as too large, or null. One pass, no recursion. */
export function overBudget(doc: Document, maxElements = PAGE_BUDGET.maxElements): DeclineReason | null {
  // The page's own document: its named elements may shadow these methods (unclobbered.ts).
  const root = builtIn<Element | null>(doc, 'documentElement');
  if (!root) return null;
  const count = root.getElementsByTagName('*').length + 1;
  if (count > maxElements) return { code: 'too-many-elements', figures: { elements: count, limit: maxElements } };
  // A TreeWalker rather than indexing a live HTMLCollection, which is slow in jsdom on big pages.
  const walker = callBuiltIn<TreeWalker>(doc, 'createTreeWalker', root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const depth = new Map<Node, number>([[root, 1]]);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const d = (depth.get(node.parentNode as Node) ?? 0) + 1;
    if (d > PAGE_BUDGET.maxDepth) return { code: 'too-deep', figures: { limit: PAGE_BUDGET.maxDepth } };
    depth.set(node, d);
  }
  return null;
}
