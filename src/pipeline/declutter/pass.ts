/**
 * One run of the clutter pass over one article: the state every rule family reads (the article, its
 * word count, its links and zones) and the one way they remove a block, within the no-harm limits.
 * The rule families import this type; the pass itself (declutter.ts) imports them.
 */
import { detach, isSmallBox, removedText, type WordReader } from './removal.js';
import { SiteLinks } from './site-links.js';
import { shapeOf } from './site-blocks.js';
import { Zones } from './zones.js';
import { Facts, elementsOf } from './facts.js';
import { SelectorTest } from './selector-test.js';
import { LIMITS } from './rules/limits.js';
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

/** One run of the pass over one article: what every rule family reads and how it removes. */
export class Pass {
  readonly removed: RemovedBlock[] = [];
  readonly totalWords: number;
  readonly links: SiteLinks;
  readonly zones: Zones;
  /** Each element's text, words, link share and what it holds, read once (facts.ts). */
  readonly facts: Facts;
  private readonly words: WordReader;
  private readonly selectors = new Map<string, SelectorTest>();

  constructor(readonly root: Element, readonly context: DeclutterContext) {
    this.links = new SiteLinks(context.pageUrl);
    const all = elementsOf(root);
    const zones = new Zones(root, all);
    this.zones = zones;
    const facts = new Facts(root, all, (el) => zones.isCodeMatch(el));
    this.facts = facts;
    this.words = { words: (el) => facts.wordCount(el), holdsParagraph: (el) => facts.holds(el, 'paragraph') };
    this.totalWords = Math.max(1, facts.wordCount(root));
  }

  enabled(ruleId: string): boolean {
    return !this.context.disabledRules?.has(ruleId);
  }

  isSmallBox(el: Element): boolean {
    return isSmallBox(el, this.totalWords, this.words);
  }

  /**
   * Removes the element as clutter, within the no-harm limits; false when it stays. A page's own
   * table of contents stays, unless the rule names a contents plugin (`contentsPlugin`).
   */
  remove(el: Element, category: ClutterCategory, rule: string, contentsPlugin = false): boolean {
    // A rule may name a wrapper that holds the article itself: never take the article with it.
    if (el === this.root || el.contains(this.root) || !this.root.contains(el)) return false;
    if (!this.isSmallBox(el) || (!contentsPlugin && this.isOwnContents(el)) || this.context.keeps?.(el)) return false;
    const text = removedText(el);
    const shape = shapeOf(el, this.root);
    this.detach(el);
    // Empty ad slots and anchors are not something a reader lost: remove them silently.
    if (text) this.removed.push({ category, rule, text, shape });
    return true;
  }

  /**
   * A table of contents of this page: links, all to places in it. The article's own outline, kept
   * as the references keep it (a Wikipedia "Contents" box, a docs page's nav, a "Contents" list).
   */
  isOwnContents(el: Element): boolean {
    const anchors = this.facts.linksIn(el);
    return anchors.length >= 2 && this.facts.linkDensity(el) >= LIMITS.linkDensity && anchors.every((a) => this.links.isAnchorHere(a.getAttribute('href')));
  }

  /** Takes an element out of the article (removal.ts detach), its ancestors' facts with it. */
  detach(el: Element): void {
    this.facts.forget(el);
    detach(el);
  }

  /**
   * Matching elements still in the article (earlier removals may have taken some), in document
   * order: the pass's one list of the article's elements, filtered (selector-test.ts), or for a
   * selector that reads more than each element itself, the DOM's answer.
   */
  *live(selector: string): Generator<Element> {
    let test = this.selectors.get(selector);
    if (test === undefined) {
      test = new SelectorTest(selector);
      this.selectors.set(selector, test);
    }
    const { all, names } = this.facts;
    const candidates = test.whole ? [...this.root.querySelectorAll(selector)] : all.filter((el, i) => test.matches(el, names[i]));
    for (const el of candidates) {
      if (this.root.contains(el)) yield el;
    }
  }
}
