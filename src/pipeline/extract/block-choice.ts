/**
 * When Readability picks the wrong block, notice (issue 9 item 6). Readability scores blocks and
 * keeps its best one with the siblings it likes; on some pages that is a small part of the article
 * (the story split into sibling blocks it does not join, a chat of several turns) or nothing of it
 * (the article sits in a node marked hidden until a script shows it: React's streamed segments,
 * an overlay with aria-hidden). The page often says where its body is: `[itemprop=articleBody]`, a
 * single `<article>` or `<main>`; and the page's running prose (prose.ts) says where the words are.
 *
 * Measured criterion: running prose words. Only when Readability's block holds next to no running
 * prose while the page has it are candidates looked at; a candidate wins only with several times the
 * running prose of Readability's block and a real gain in words, and a listing never wins. A
 * declared body that is only a teaser holds less prose than Readability's block and so never wins.
 * A winning candidate is first given back to Readability alone (its cleaning, on the right block);
 * only if that loses the prose again (the candidate's own markup hides it) is the node taken as it is.
 */
import { collapse } from '../util/text.js';
import { measureProse, wordEquivalents, type ProseFigures } from './prose.js';

export const BLOCK_LIMITS = {
  /**
   * Readability's block holds fewer words of running prose than this (not even a short paragraph or
   * two): it has missed the article, if the page has one. Measured: with a block of 66 words or more
   * on Readability's test pages, the page's other prose was comments, a bug's discussion, a site's
   * promotions, so another block never wins there (10 pages got worse when this was a share of the
   * page's prose instead).
   */
  lostWords: 50,
  /** A candidate wins with at least this many times the running prose of Readability's block … */
  gainFactor: 2,
  /** … and at least this many more words of it (a sentence or two more is no other block). */
  minGainWords: 20,
  /** The prose container: the smallest element that still holds this share of the page's running prose. */
  containerShare: 0.8,
  /** Of the candidates that win, the tightest is kept when it holds this share of the richest one's prose. */
  tightShare: 0.8,
};

export type BlockSource = 'declared' | 'prose-container';

export interface BlockChoice {
  /** The block to use instead of Readability's (in a document of its own). */
  element: Element;
  source: BlockSource;
  /** 'readability': Readability run again on the candidate alone; 'node': the candidate as it is. */
  how: 'readability' | 'node';
  prose: ProseFigures;
}

export interface BlockFacts {
  /** Running prose of Readability's block (zero when it returned nothing). */
  picked: ProseFigures;
  /**
   * All the words of Readability's block, prose or not: a block of tables or lists with little
   * running prose is Readability's find too, and another block would lose its words.
   */
  pickedWords: number;
  /** Running prose of the whole page (asked only when Readability's block holds next to none). */
  page: () => ProseFigures;
  /** A fresh copy of the page to look for candidates in (made only when asked; names unshadowed). */
  copy: () => Document;
  /** Readability on a document, its block or null. */
  read: (doc: Document) => Element | null;
}

/** Is a candidate enough better than Readability's block? */
function wins(candidate: ProseFigures, picked: ProseFigures): boolean {
  return candidate.words >= BLOCK_LIMITS.gainFactor * picked.words
    && candidate.words - picked.words >= BLOCK_LIMITS.minGainWords
    // A listing's cards are not running prose: a block of them is no article body.
    && candidate.teaserCards <= candidate.paragraphs;
}

/** Readability's block holds next to none of the page's prose: the only case where candidates are measured. */
export function worthAsking(picked: ProseFigures, page: ProseFigures): boolean {
  return picked.words < BLOCK_LIMITS.lostWords && wins(page, picked);
}

/** What the page declares as its body: every `[itemprop=articleBody]`, the single `<article>`, the single `<main>`. */
function declaredBodies(doc: Document): Element[] {
  const found: Element[] = [];
  for (const el of doc.querySelectorAll('[itemprop]')) {
    if ((el.getAttribute('itemprop') ?? '').split(/\s+/u).some((p) => p.toLowerCase() === 'articlebody')) found.push(el);
  }
  for (const tag of ['article', 'main']) {
    const els = doc.getElementsByTagName(tag);
    if (els.length === 1 && els[0]) found.push(els[0]);
  }
  return found;
}

/** The smallest element that still holds most of the page's running prose (descending from the body). */
function proseContainer(body: Element, pageWords: number): Element | null {
  let el = body;
  for (;;) {
    let next: Element | null = null;
    for (const child of el.children) {
      if (measureProse(child).words >= BLOCK_LIMITS.containerShare * pageWords) next = child;
    }
    if (!next) return el === body ? null : el;
    el = next;
  }
}

/**
 * Blocks the page's own style hides from every reader (display: none, visibility: hidden) are no
 * candidate's prose. The `hidden` and `aria-hidden` attributes are not taken as hiding: pages saved
 * before their scripts ran mark the article so until a script shows it (React's streamed segments),
 * and an overlay that sighted readers see may carry aria-hidden.
 */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/iu;
function removeStyleHidden(root: Element): void {
  for (const el of [...root.querySelectorAll('[style]')]) {
    if (el.isConnected && HIDING_STYLE.test(el.getAttribute('style') ?? '')) el.remove();
  }
}

/** Words of an element: the share of them that is running prose tells a body from a page shell. */
const allWords = (el: Element): number => wordEquivalents(collapse(el.textContent));

/**
 * A better block than Readability's, or null to keep Readability's. Looks only when Readability's
 * block holds a small share of the page's running prose (worthAsking).
 */
export function chooseBlock(facts: BlockFacts): BlockChoice | null {
  if (facts.picked.words >= BLOCK_LIMITS.lostWords || facts.pickedWords >= BLOCK_LIMITS.lostWords) return null;
  const page = facts.page();
  if (!worthAsking(facts.picked, page)) return null;
  const doc = facts.copy();
  const body = doc.body;
  if (!body) return null;
  removeStyleHidden(body);
  const candidates: { el: Element; source: BlockSource; prose: ProseFigures; density: number }[] = [];
  const seen = new Set<Element>();
  const consider = (el: Element | null, source: BlockSource): void => {
    if (!el || seen.has(el)) return;
    seen.add(el);
    const prose = measureProse(el);
    if (wins(prose, facts.picked)) candidates.push({ el, source, prose, density: prose.words / Math.max(1, allWords(el)) });
  };
  for (const el of declaredBodies(doc)) consider(el, 'declared');
  consider(proseContainer(body, page.words), 'prose-container');
  if (candidates.length === 0) return null;
  // The richest candidate sets the bar; of those near it, the one whose words are most prose
  // (an <article> inside a <main> that also holds the comments and the footer).
  const richest = Math.max(...candidates.map((c) => c.prose.words));
  const best = candidates
    .filter((c) => c.prose.words >= BLOCK_LIMITS.tightShare * richest)
    .sort((a, b) => b.density - a.density)[0];
  if (!best) return null;
  // Readability on the candidate alone: its cleaning, on the block it missed.
  const alone = doc.implementation.createHTMLDocument('');
  const target = alone.body;
  const moved = target ? alone.importNode(best.el, true) : null;
  if (target && moved) {
    target.replaceChildren(moved);
    const again = facts.read(alone);
    const prose = again ? measureProse(again) : null;
    if (again && prose && wins(prose, facts.picked)) return { element: again, source: best.source, how: 'readability', prose };
  }
  return { element: best.el, source: best.source, how: 'node', prose: best.prose };
}
