/**
 * Clearleaf's clutter pass: takes the element Readability chose as the article and removes, in
 * place, what the rules in rules/ describe. Returns what it removed, for the reader to see. The
 * steps are small engines, one per rule family; this module holds what they share.
 */
import { applyClassTokenRules, applySelectorRules } from './element-rules.js';
import { applyTextRules } from './text-rules.js';
import { SIGNALS } from './signals/index.js';
import { detach, isSmallBox, removedText } from './removal.js';
import { SiteLinks } from './site-links.js';
import { shapeOf } from './site-blocks.js';
import { Zones, holdsCode } from './zones.js';
import { hasMedia, wordsOf } from '../util/dom.js';
import { collapse } from '../util/text.js';
import type { ClutterCategory, RemovedBlock } from '../types.js';

export interface DeclutterContext {
  pageUrl: string;
  /** The article's byline (names only) and headline, to recognise them when the text repeats them. */
  byline?: string | null;
  title?: string | null;
  /** The site's and the section's names, to recognise a line that only repeats them. */
  siteName?: string | null;
  section?: string | null;
  /** Rule ids switched off for this run (the rule-mutation check; a reader's settings could too). */
  disabledRules?: ReadonlySet<string>;
  /** The reader's "always put back" rules (site-rules.ts): a block they match is never removed. */
  keeps?: (el: Element) => boolean;
}

export function declutter(root: Element, context: DeclutterContext): RemovedBlock[] {
  const pass = new Pass(root, context);
  applySelectorRules(pass);
  applyClassTokenRules(pass);
  applyTextRules(pass);
  for (const signal of SIGNALS) if (pass.enabled(signal.rule.id)) signal.run(pass);
  dropEmpty(root, pass.zones);
  return pass.removed;
}

/** One run of the pass over one article: what every rule family reads and how it removes. */
export class Pass {
  readonly removed: RemovedBlock[] = [];
  readonly totalWords: number;
  readonly links: SiteLinks;
  readonly zones: Zones;

  constructor(readonly root: Element, readonly context: DeclutterContext) {
    this.totalWords = Math.max(1, wordsOf(root));
    this.links = new SiteLinks(context.pageUrl);
    this.zones = new Zones(root);
  }

  enabled(ruleId: string): boolean {
    return !this.context.disabledRules?.has(ruleId);
  }

  isSmallBox(el: Element): boolean {
    return isSmallBox(el, this.totalWords);
  }

  /** Removes the element as clutter, within the no-harm limits; false when it stays. */
  remove(el: Element, category: ClutterCategory, rule: string): boolean {
    // A rule may name a wrapper that holds the article itself: never take the article with it.
    if (el === this.root || el.contains(this.root) || !this.root.contains(el)) return false;
    if (!this.isSmallBox(el) || this.context.keeps?.(el)) return false;
    const text = removedText(el);
    const shape = shapeOf(el, this.root);
    detach(el);
    // Empty ad slots and anchors are not something a reader lost: remove them silently.
    if (text) this.removed.push({ category, rule, text, shape });
    return true;
  }

  /** Matching elements still in the article (earlier removals may have taken some). */
  *live(selector: string): Generator<Element> {
    for (const el of [...this.root.querySelectorAll(selector)]) {
      if (this.root.contains(el)) yield el;
    }
  }
}

/**
 * Containers the rules emptied: nothing to read, nothing to see. Not reported. An element holding
 * only spaces is a word break and becomes one; nothing inside code is touched.
 */
function dropEmpty(root: Element, zones: Zones): void {
  for (const el of [...root.querySelectorAll('div, section, aside, p, span, ul, ol, li, h2, h3, h4, h5, h6, strong, em, b')].reverse()) {
    if (!root.contains(el) || collapse(el.textContent) !== '' || hasMedia(el) || holdsCode(el) || zones.inCode(el)) continue;
    detach(el);
  }
}
