/**
 * Clearleaf's clutter pass: takes the element Readability chose as the article and removes what
 * the rules in rules.ts describe, in place. Returns what it removed, for the reader to see.
 */
import {
  CLASS_RULES, INLINE_BLOCK_SELECTOR, LIMITS, SELECTOR_RULES, STRUCTURAL_RULES, TEXT_BLOCK_SELECTOR, TEXT_RULES,
  type TextRule,
} from './rules.js';
import { classAndId, hasMedia, linkDensity, wordsOf } from '../util/dom.js';
import { collapse, countWords, truncate } from '../util/text.js';
import { toText } from '../article/to-text.js';
import { shapeOf } from './site-blocks.js';
import type { ClutterCategory, RemovedBlock } from '../types.js';

const REMOVED_TEXT_MAX = 400;
/** A block holding these is a container: its children are tested, not its whole text. */
const BLOCK_CHILDREN = 'p, div, blockquote, ul, ol, li, h1, h2, h3, h4, h5, h6, table, figure, section, article, aside, pre';
/** No text rule matches a block longer than this many characters (their word limits, generously spelled). */
const MAX_RULE_CHARS = Math.max(...TEXT_RULES.map((r) => r.maxWords), STRUCTURAL_RULES.metadataRepeat.maxWords) * 25;

export interface DeclutterContext {
  pageUrl: string;
  /** The article's byline (names only) and headline, to recognise them when the text repeats them. */
  byline?: string | null;
  title?: string | null;
  /** The reader's "always put back" rules (site-rules.ts): a block they match is never removed. */
  keeps?: (el: Element) => boolean;
}

export function declutter(root: Element, context: DeclutterContext): RemovedBlock[] {
  const pass = new Pass(root, context);
  pass.applyElementRules();
  pass.applyTextRules();
  pass.homepageLink();
  pass.teaserList();
  pass.metadataRepeat();
  pass.dropEmpty();
  return pass.removed;
}

class Pass {
  readonly removed: RemovedBlock[] = [];
  private readonly totalWords: number;
  private readonly siteHost: string | null;

  constructor(private readonly root: Element, private readonly context: DeclutterContext) {
    this.totalWords = Math.max(1, wordsOf(root));
    this.siteHost = hostOf(context.pageUrl);
  }

  /** Selector and class-token rules: widgets recognisable by what they are. */
  applyElementRules(): void {
    for (const el of this.live('*')) {
      const selectorRule = SELECTOR_RULES.find((r) => el.matches(r.selector));
      if (selectorRule) {
        this.remove(el, selectorRule.category, selectorRule.id);
        continue;
      }
      const tokens = classAndId(el);
      if (!tokens) continue;
      const classRule = CLASS_RULES.find((r) => r.tokens.test(tokens));
      if (classRule) this.remove(el, classRule.category, classRule.id);
    }
  }

  /** Text rules: short blocks whose whole wording is a call to action or a widget's label. */
  applyTextRules(): void {
    for (const el of this.live(`${TEXT_BLOCK_SELECTOR}, ${INLINE_BLOCK_SELECTOR}`)) {
      if (el.matches(INLINE_BLOCK_SELECTOR) ? !standsAlone(el) : el.querySelector(BLOCK_CHILDREN) !== null) continue;
      const raw = el.textContent ?? '';
      // Longer than any rule allows: prose, not worth a regex (this keeps huge pages linear and quick).
      if (raw.length > MAX_RULE_CHARS) continue;
      const text = collapse(raw);
      if (!text) continue;
      const words = countWords(text);
      const rule = TEXT_RULES.find((r) => words <= r.maxWords && r.pattern.test(text) && this.linkTest(r, el));
      if (!rule) continue;
      const target = rule.takesBox ? this.boxAround(el, rule.takesBox) : el;
      if (rule.takesBox && target === el) this.removeListAfter(el, rule);
      this.remove(target, rule.category, rule.id);
    }
  }

  /** Blocks that only send the reader to the site's front page ("TAP HERE", "GO TO THE HOMEPAGE"). */
  homepageLink(): void {
    const rule = STRUCTURAL_RULES.homepageLink;
    if (!this.siteHost) return;
    for (const el of this.live('p, h2, h3, h4, h5, h6, li, div')) {
      const links = [...el.querySelectorAll('a[href]')];
      if (links.length === 0 || wordsOf(el) > rule.maxWords || linkDensity(el) < rule.minLinkDensity) continue;
      if (links.every((a) => this.isHomepage(a.getAttribute('href')))) this.remove(el, rule.category, rule.id);
    }
  }

  /** Lists of links to other pages of the same site: related-story teasers. Lists citing other sites stay. */
  teaserList(): void {
    const rule = STRUCTURAL_RULES.teaserList;
    if (!this.siteHost) return;
    for (const list of this.live('ul, ol')) {
      const items = [...list.children].filter((c) => c.tagName === 'LI');
      if (items.length < rule.minItems) continue;
      const teasers = items.every((li) => {
        const links = [...li.querySelectorAll('a[href]')];
        return links.length > 0 && linkDensity(li) >= rule.minItemLinkDensity && links.every((a) => this.isSameSite(a.getAttribute('href')));
      });
      if (teasers) this.remove(list, rule.category, rule.id);
    }
  }

  /** The byline, headline or address repeated as a line of text: "Tom Krisher, AP Auto Writer". */
  metadataRepeat(): void {
    const rule = STRUCTURAL_RULES.metadataRepeat;
    const names = (this.context.byline ?? '').split(/,\s*/u).map(fold).filter((n) => n.length > 2);
    const joinedNames = names.join(' and ');
    const exact = [this.context.title, this.context.pageUrl].map((t) => fold(t ?? '')).filter((t) => t.length > 2);
    if (names.length === 0 && exact.length === 0) return;
    for (const el of this.live('p, div, span, li, h1, h2, h3, h4, h5, h6')) {
      if ((el.textContent ?? '').length > MAX_RULE_CHARS || el.querySelector('p, div, li')) continue;
      const text = fold(collapse(el.textContent)).replace(/^(by|por|par|von) /u, '');
      if (!text || countWords(text) > rule.maxWords) continue;
      const isByline = [...names, joinedNames].some((n) => text === n || text.startsWith(`${n},`) || text.startsWith(`${n} |`))
        // "Regan is a Southeastern Connecticut native …": the author's bio.
        || names.some((n) => new RegExp(`^${n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} (is|was|covers|writes|has been) `, 'u').test(text));
      if (isByline || exact.includes(text)) this.remove(el, rule.category, rule.id);
    }
  }

  /** Containers the rules emptied: nothing to read, nothing to see. Not reported. */
  dropEmpty(): void {
    for (const el of [...this.root.querySelectorAll('div, section, aside, p, span, ul, ol, li, h2, h3, h4, h5, h6, strong, em, b')].reverse()) {
      if (collapse(el.textContent) === '' && !hasMedia(el)) el.remove();
    }
  }

  private linkTest(rule: TextRule, el: Element): boolean {
    return !rule.linkDense || linkDensity(el) >= LIMITS.linkDensity;
  }

  /** The largest box around a matched heading that is small (a newsletter box) or mostly links (related stories). */
  private boxAround(el: Element, kind: 'links' | 'small'): Element {
    const own = el.parentElement;
    if (!own || own === this.root || !this.isSmallBox(own)) return el;
    if (kind === 'links' && this.linkShareWithout(own, el) < LIMITS.linkDensity) return el;
    // Beyond the heading's own box, climb only through wrappers that hold nothing else.
    let box = own;
    const text = collapse(own.textContent);
    for (let parent = own.parentElement; parent && parent !== this.root && collapse(parent.textContent) === text; parent = parent.parentElement) box = parent;
    return box;
  }

  /** Link density of a box, not counting the heading that labels it. */
  private linkShareWithout(box: Element, heading: Element): number {
    const total = collapse(box.textContent).length - collapse(heading.textContent).length;
    if (total <= 0) return 0;
    let linked = 0;
    for (const a of box.querySelectorAll('a')) if (!heading.contains(a)) linked += collapse(a.textContent).length;
    return linked / total;
  }

  /**
   * A heading with no box of its own, such as "Related Stories" or "You may also like…", takes the
   * link list right after it, or the run of one-link lines that follow it.
   */
  private removeListAfter(heading: Element, rule: TextRule): void {
    const next = heading.nextElementSibling;
    if (next && next.matches('ul, ol') && linkDensity(next) >= LIMITS.linkDensity && this.isSmallBox(next)) {
      this.remove(next, rule.category, rule.id);
      return;
    }
    if (rule.takesBox !== 'links') return;
    for (let line = heading.nextElementSibling; line && this.isTeaserLine(line);) {
      const after = line.nextElementSibling;
      this.remove(line, rule.category, rule.id);
      line = after;
    }
  }

  /** A short block that is one link to another page of the same site: a teaser headline. */
  private isTeaserLine(el: Element): boolean {
    const links = [...el.querySelectorAll('a[href]')];
    return el.matches('p, div, h3, h4, h5, h6') && links.length > 0 && wordsOf(el) <= STRUCTURAL_RULES.teaserList.maxLineWords
      && linkDensity(el) >= STRUCTURAL_RULES.teaserList.minItemLinkDensity && links.every((a) => this.isSameSite(a.getAttribute('href')));
  }

  private isSmallBox(el: Element): boolean {
    return isSmallBox(el, this.totalWords);
  }

  private remove(el: Element, category: ClutterCategory, rule: string): void {
    // A rule may name a wrapper that holds the article itself: never take the article with it.
    if (el === this.root || el.contains(this.root)) return;
    if (!this.isSmallBox(el) || this.context.keeps?.(el)) return;
    const text = removedText(el);
    const shape = shapeOf(el, this.root);
    el.remove();
    // Empty ad slots and anchors are not something a reader lost: remove them silently.
    if (text) this.removed.push({ category, rule, text, shape });
  }

  /**
   * Same site: the same host, or one a subdomain of the other ("news.example.com", "example.com").
   * A public-suffix list would be exact, but costs the content script 120 KB; this errs towards keeping.
   */
  private isSameSite(href: string | null): boolean {
    if (!href || !this.siteHost) return false;
    try {
      const host = stripWww(new URL(href, this.context.pageUrl).hostname);
      return host === this.siteHost || host.endsWith(`.${this.siteHost}`) || this.siteHost.endsWith(`.${host}`);
    } catch {
      return false;
    }
  }

  private isHomepage(href: string | null): boolean {
    if (!href) return false;
    try {
      const url = new URL(href, `https://${this.siteHost}/`);
      return stripWww(url.hostname) === this.siteHost && (url.pathname === '/' || url.pathname === '') && !url.search;
    } catch {
      return false;
    }
  }

  /** Matching elements still in the article (earlier removals may have taken some). */
  private *live(selector: string): Generator<Element> {
    for (const el of [...this.root.querySelectorAll(selector)]) {
      if (this.root.contains(el)) yield el;
    }
  }
}

/**
 * The no-harm limit every removal honours (also site rules and memory, site-pass.ts): the element is
 * short, a small share of the article, and holds no paragraph long enough to be prose.
 */
export function isSmallBox(el: Element, articleWords: number): boolean {
  const words = wordsOf(el);
  if (words > LIMITS.boxWords || words > LIMITS.boxShare * articleWords) return false;
  return ![...el.querySelectorAll('p')].some((p) => wordsOf(p) >= LIMITS.proseWords);
}

/** A removed block's text as the reader sees it in "What was removed": its lines joined by " · ". */
export function removedText(el: Element): string {
  return truncate(toText(el).replace(/\n+/gu, ' · '), REMOVED_TEXT_MAX);
}

/** An inline element that is its line's whole content: its block holds no other text. */
function standsAlone(el: Element): boolean {
  const block = el.parentElement?.closest(LINE_BLOCKS);
  return !!block && collapse(block.textContent) === collapse(el.textContent);
}

const LINE_BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, td, th, dd, dt, section, article, aside, figcaption, blockquote, header, footer';

/** Lower case, curly quotes straightened: for comparing a line with the title or byline. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"').trim();
}

function hostOf(url: string): string | null {
  try {
    return stripWww(new URL(url).hostname);
  } catch {
    return null;
  }
}

function stripWww(host: string): string {
  return host.replace(/^www\./u, '');
}
