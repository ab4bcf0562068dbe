/**
 * Running prose, measured: the words of an element that sit in paragraphs of sentences, apart from
 * headlines, labels, link lines and the one-sentence teasers that follow a linked headline on a front
 * page. Declines are decided on these figures (issue 9 item 4), not on link density alone.
 */
import { linkDensity } from '../util/dom.js';
import { collapse, countWords } from '../util/text.js';

export const PROSE_LIMITS = {
  /** A paragraph of prose has at least this many words (word equivalents for Chinese and Japanese) … */
  minWords: 8,
  /** … and at least this many words outside links (a sentence with inline links is still prose). */
  minUnlinkedWords: 4,
  /** A linked headline: a short block almost all link. */
  headlineMaxWords: 30,
  headlineLinkDensity: 0.8,
  /** Bylines and times between a headline and its teaser do not break the card. */
  metaMaxWords: 8,
  /** A teaser is a short paragraph (a sentence or two); a long one after a linked headline is running prose. */
  teaserMaxWords: 100,
};

/** Blocks that hold text; one with another block inside is a container, and only leaves are measured. */
const BLOCKS = new Set(['P', 'LI', 'BLOCKQUOTE', 'DD', 'DT', 'TD', 'TH', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DIV', 'SECTION', 'ARTICLE', 'FIGCAPTION', 'UL', 'OL', 'TABLE']);
const LISTS = new Set(['UL', 'OL', 'TABLE']);
/** A sentence ends here: a Latin or Devanagari stop before a space, or a CJK full stop anywhere (no spaces there). */
const SENTENCE_END = /[.!?।]["'”’»)\]]*(?:\s|$)|[。！？]/u;
/** Han, kana and Hangul: written without spaces, so counted by characters. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Roughly how many CJK characters a reader takes as one word (reading speeds in characters vs words). */
const CJK_CHARS_PER_WORD = 2;

/** Words, with Chinese, Japanese and Korean counted fairly (by characters). */
export function wordEquivalents(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk === 0) return countWords(text);
  return countWords(text.replace(CJK, ' ')) + Math.round(cjk / CJK_CHARS_PER_WORD);
}

export interface ProseFigures {
  /** Words in running paragraphs (not teasers). */
  words: number;
  /** Running paragraphs. */
  paragraphs: number;
  /** Cards: a linked headline followed (past any byline or time) by a short teaser paragraph. */
  teaserCards: number;
}

type Kind = 'prose' | 'headline' | 'meta' | 'other';

function kindOf(el: Element): { kind: Kind; words: number } {
  const text = collapse(el.textContent);
  const words = wordEquivalents(text);
  if (words === 0) return { kind: 'other', words };
  const density = linkDensity(el);
  if (density >= PROSE_LIMITS.headlineLinkDensity && words <= PROSE_LIMITS.headlineMaxWords) return { kind: 'headline', words };
  if (words >= PROSE_LIMITS.minWords && SENTENCE_END.test(text) && unlinkedWords(el) >= PROSE_LIMITS.minUnlinkedWords) return { kind: 'prose', words };
  if (words <= PROSE_LIMITS.metaMaxWords) return { kind: 'meta', words };
  return { kind: 'other', words };
}

function unlinkedWords(el: Element): number {
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += wordEquivalents(a.textContent ?? '');
  return wordEquivalents(el.textContent ?? '') - linked;
}

/**
 * Leaf blocks in document order, in one walk (selector queries per element are quadratic on deep
 * pages): a block is a container once any block below it is seen.
 */
function leafBlocks(root: Element): Element[] {
  const blocks: Element[] = [];
  const containers = new Set<Node>();
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (!BLOCKS.has(el.tagName)) continue;
    blocks.push(el);
    for (let up = el.parentNode; up && up !== root && !containers.has(up); up = up.parentNode) containers.add(up);
  }
  return blocks.filter((el) => !containers.has(el) && !LISTS.has(el.tagName));
}

export function measureProse(root: Element): ProseFigures {
  const figures: ProseFigures = { words: 0, paragraphs: 0, teaserCards: 0 };
  let afterHeadline = false;
  for (const el of leafBlocks(root)) {
    const { kind, words } = kindOf(el);
    if (kind === 'prose' && afterHeadline && words <= PROSE_LIMITS.teaserMaxWords) {
      figures.teaserCards += 1;
    } else if (kind === 'prose') {
      figures.words += words;
      figures.paragraphs += 1;
    }
    if (kind === 'headline') afterHeadline = true;
    else if (kind !== 'meta') afterHeadline = false;
  }
  return figures;
}
