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
  return tooDeep(callBuiltIn<TreeWalker>(doc, 'createTreeWalker', root, 1 /* NodeFilter.SHOW_ELEMENT */));
}

/**
 * Depth first with a TreeWalker (indexing a live HTMLCollection is slow in jsdom on big pages),
 * keeping the depth in a counter as the walker moves down, across and back up: no map of nodes.
 */
function tooDeep(walker: TreeWalker): DeclineReason | null {
  let depth = 1;
  for (;;) {
    if (walker.firstChild()) {
      depth += 1;
      if (depth > PAGE_BUDGET.maxDepth) return { code: 'too-deep', figures: { limit: PAGE_BUDGET.maxDepth } };
      continue;
    }
    while (!walker.nextSibling()) {
      if (!walker.parentNode()) return null;
      depth -= 1;
    }
  }
}
