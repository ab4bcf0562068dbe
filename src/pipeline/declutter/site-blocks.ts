/**
 * How a block is recognised again on later pages of a site: its normalised text, a fingerprint (hash)
 * of that text, and its structural signature (tag path and class tokens within the article). Shared
 * by site rules (keep / hide) and site memory. Pure and synchronous, in Node and browsers alike.
 */
import { toText } from '../article/to-text.js';
import { collapse, countWords } from '../util/text.js';
import type { ArticleFingerprints } from '../types.js';

/** Leaf blocks: the smallest units a reader points at, and that site memory counts. */
export const LEAF_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt, pre, div, section, aside, header, footer';
/**
 * Blocks site memory fingerprints. List items, table cells and quotes are left out: a recipe's
 * "1 cup flour" or a stock answer recurs across a site's articles and is still their content.
 */
const MEMORY_BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'HEADER', 'FOOTER', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A block this short is a line (a promo, a sign-off, a label), not prose. */
export const SHORT_BLOCK = { maxWords: 30, maxChars: 300 } as const;

/** Lower case, compatibility forms folded, punctuation and spacing reduced to single spaces. */
export function normalisePhrase(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * 32-bit FNV-1a over UTF-16 code units. Written here (six lines) rather than imported: it must be
 * synchronous in the content script, Node and extension pages, and a collision only ever costs a
 * short line that also recurs on the site. Unsigned, so it survives JSON as a plain number.
 */
export function fingerprint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The block's fingerprint: the hash of its normalised text ("" for a block without words). */
export function blockPrint(text: string): number {
  return fingerprint(normalisePhrase(text));
}

/** Class tokens that name a kind of block, not one page's item ("post-1234", "wp-image-88" are left out). */
function shapeTokens(el: Element): string {
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/u).filter((t) => t && !/\d/u.test(t)).sort();
  return tokens.map((t) => `.${t}`).join('');
}

/** Steps of a signature: enough to tell a promo box from the prose, few enough to survive a page's extra wrapper. */
const SHAPE_STEPS = 3;

/**
 * "article>div.promo-box>p": tag path and class tokens of `el` and its nearest ancestors within
 * `root`, stopping at Readability's own page wrapper (whose "page" class says nothing of the site).
 */
export function shapeOf(el: Element, root: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== root && steps.length < SHAPE_STEPS; node = node.parentElement) {
    if (node.id.startsWith('readability-page')) break;
    steps.unshift(node.tagName.toLowerCase() + shapeTokens(node));
  }
  return steps.join('>');
}

/** A signature with no class token ("div>p") would match every paragraph like it: never used as a rule. */
export function isDistinctiveShape(shape: string): boolean {
  return shape.includes('.');
}

/**
 * Leaf blocks of the article, in document order. In document order a block's first block
 * descendant, if it has one, is the very next match: one look ahead per block keeps this linear.
 */
export function leafBlocks(root: Element): Element[] {
  const blocks = [...root.querySelectorAll(LEAF_BLOCKS)];
  return blocks.filter((el, i) => {
    const next = blocks[i + 1];
    return !next || !el.contains(next);
  });
}

/** A short line, not prose: what site memory may learn. */
export function isShortBlock(el: Element, text: string): boolean {
  return MEMORY_BLOCKS.has(el.tagName) && text.length <= SHORT_BLOCK.maxChars && countWords(text) <= SHORT_BLOCK.maxWords;
}

function pageOf(url: string): number {
  try {
    const u = new URL(url);
    return fingerprint(`${u.host}${u.pathname}`);
  } catch {
    return fingerprint(url);
  }
}

/** A block as rules and memory compare it, each part worked out once. */
export interface BlockView {
  text: string;
  phrase: string;
  print: number;
  shape: string;
}

export function describeBlock(el: Element, root: Element): BlockView {
  const text = collapse(toText(el));
  const phrase = normalisePhrase(text);
  return { text, phrase, print: fingerprint(phrase), shape: shapeOf(el, root) };
}

/**
 * Fingerprints of the article as it stands: short blocks for site memory, shapes for "hide this".
 * `site`: the page's registrable domain (util/registrable-site.ts), null when it has none.
 */
export function collectFingerprints(root: Element, url: string, site: string | null): ArticleFingerprints {
  const blocks = new Set<number>();
  const shapes: Record<number, string> = {};
  for (const el of leafBlocks(root)) {
    const { text, phrase, print, shape } = describeBlock(el, root);
    if (!phrase) continue;
    if (isShortBlock(el, text)) blocks.add(print);
    if (isDistinctiveShape(shape)) shapes[print] = shape;
  }
  return { site, page: pageOf(url), blocks: [...blocks], shapes };
}
