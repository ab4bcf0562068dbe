/**
 * Signals read from a short line's grammar and position: a call to action (an imperative that
 * promotes the site or a channel) and an eyebrow label above a heading.
 */
import type { Pass } from '../pass.js';
import { hasProseSentence, isLine, standsAlone } from '../blocks.js';
import { wordsOf as lexiconWords } from '../lexicon/index.js';
import { foldLower } from '../normalise.js';
import { STRUCTURAL_RULES } from '../rules/index.js';
import { tagsOf } from '../facts.js';
import { MEDIA_SELECTOR } from '../../util/dom.js';
import { countWords } from '../../util/text.js';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const IMPERATIVE = new RegExp(`^(${lexiconWords('imperatives').map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** The line's last word is one a label never ends with: a sentence cut off by markup. */
const FRAGMENT_END = new RegExp(`(?<![\\p{L}\\p{N}])(${lexiconWords('fragmentEnds').map(escape).join('|')})$`, 'u');
const PROMOTION = new RegExp(`(?<![\\p{L}\\p{N}])(${lexiconWords('promotion').map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** Lines a call to action can be: standalone blocks and inline elements alone on their line. */
const LINES = 'p, div, span, a, strong, b, em, small';
const MEDIA_TAGS = tagsOf(MEDIA_SELECTOR) ?? new Set<string>();

/** Opens with an imperative and promotes the site, a channel or this page; no sentence of prose. */
export function isCallToAction(text: string, siteName: string): boolean {
  const match = IMPERATIVE.exec(text);
  if (!match) return false;
  const rest = text.slice(match[0].length);
  return PROMOTION.test(rest) || (siteName.length > 2 && rest.includes(siteName));
}

export function callToAction(pass: Pass): void {
  const rule = STRUCTURAL_RULES.callToAction;
  const siteName = foldLower(pass.context.siteName ?? '');
  const { facts } = pass;
  for (const el of pass.live(LINES)) {
    if (facts.textLength(el) > rule.maxWords * 25 || pass.zones.inContent(el) || pass.zones.inLabel(el)) continue;
    if (!(el.localName === 'p' || el.localName === 'div' ? isLine(el, facts) : standsAlone(el, facts))) continue;
    const text = foldLower(facts.text(el));
    if (!text || countWords(text) > rule.maxWords || hasProseSentence(text, 4)) continue;
    if (isCallToAction(text, siteName)) pass.remove(el, rule.category, rule.id);
  }
}

/**
 * An eyebrow: before the first paragraph of prose, a line of a few words with no sentence
 * punctuation, and the next thing a heading ("Blog post" over the headline).
 */
export function eyebrow(pass: Pass): void {
  const rule = STRUCTURAL_RULES.eyebrow;
  const { facts } = pass;
  let firstProse: Element | undefined;
  for (const p of pass.live('p')) {
    if (facts.wordCount(p) >= 15) {
      firstProse = p;
      break;
    }
  }
  if (!firstProse) return;
  for (const el of pass.live('p, div, span')) {
    // Document order: once at the first paragraph of prose, the start of the article is over.
    if (el === firstProse || el.contains(firstProse) === false && (el.compareDocumentPosition(firstProse) & 2) !== 0) return;
    if (el.contains(firstProse) || pass.zones.inContent(el) || pass.zones.inLabel(el) || !isLine(el, facts)) continue;
    // A line holding math, code or an image is the start of a sentence ("When <math>"), not a label.
    if (MEDIA_TAGS.has(el.localName) || facts.holds(el, 'media') || facts.holds(el, 'code')) continue;
    const text = facts.text(el).trim();
    if (!text || countWords(text) > rule.maxWords || /[.!?:,;]$/u.test(text) || FRAGMENT_END.test(foldLower(text)) || !headingFollows(el, pass.root)) continue;
    pass.remove(el, rule.category, rule.id);
    return;
  }
}

/** The next element in reading order, climbing out of wrappers that end here, is a heading. */
function headingFollows(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const next = node.nextElementSibling;
    if (next) return next.matches('h1, h2, h3, h4, h5, h6') || next.querySelector(':scope > h1, :scope > h2') !== null;
  }
  return false;
}
