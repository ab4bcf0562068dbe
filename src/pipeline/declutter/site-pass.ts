/**
 * After the clutter pass: the reader's hide rules and the site's learned boilerplate. Both remove
 * leaf blocks only, and only under the pass's own no-harm limits, plus two of their own: never a
 * heading that structures the article, never more than the box share of the article in all.
 */
import { LIMITS } from './rules/index.js';
import { isSmallBox, removedText } from './removal.js';
import { describeBlock, isShortBlock, leafBlocks } from './site-blocks.js';
import { matchingRule, ruleKey } from './site-rules.js';
import { wordsOf } from '../util/dom.js';
import type { ArticleFingerprints, RemovedBlock, SiteMemoryLookup, SiteRules } from '../types.js';

const HEADING = /^H[1-6]$/u;

export interface SitePassContext {
  fingerprints: ArticleFingerprints;
  siteRules?: SiteRules | undefined;
  siteMemory?: SiteMemoryLookup | undefined;
}

/** A heading followed by prose before the next heading: the article's own structure. */
function isStructuralHeading(el: Element): boolean {
  if (!HEADING.test(el.tagName)) return false;
  let words = 0;
  for (let next = el.nextElementSibling; next && !HEADING.test(next.tagName); next = next.nextElementSibling) {
    words += wordsOf(next);
    if (words >= LIMITS.proseWords) return true;
  }
  return false;
}

export function removeSiteBlocks(root: Element, context: SitePassContext): RemovedBlock[] {
  const { fingerprints: fp, siteRules, siteMemory } = context;
  if (!siteRules?.hide.length && !(siteMemory && fp.site)) return [];
  const articleWords = Math.max(1, wordsOf(root));
  let budget = LIMITS.boxShare * articleWords;
  const removed: RemovedBlock[] = [];
  for (const el of leafBlocks(root)) {
    const block = describeBlock(el, root);
    if (!block.phrase) continue;
    const hide = siteRules ? matchingRule(siteRules.hide, block) : undefined;
    const learned = !hide && fp.site && siteMemory && isShortBlock(el, block.text) && siteMemory.isBoilerplate(fp.site, block.print)
      && !(siteRules && matchingRule(siteRules.keep, block));
    if (!hide && !learned) continue;
    const words = wordsOf(el);
    // The no-harm limits: the pass's box limit, never a prose paragraph itself, never the article's headings.
    if (words > budget || words >= LIMITS.proseWords || !isSmallBox(el, articleWords) || isStructuralHeading(el)) continue;
    budget -= words;
    removed.push(hide
      ? { category: 'hidden', rule: ruleKey(hide), text: removedText(el), shape: block.shape }
      : { category: 'learned', rule: 'site-memory', text: removedText(el), shape: block.shape });
    el.remove();
  }
  return removed;
}
