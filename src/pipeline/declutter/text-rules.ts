/**
 * Text rules: short lines whose whole folded wording is a call to action or a widget's label. A rule
 * that labels a widget (`takesBox`) takes the widget's box, or the link list or teaser lines after it.
 */
import type { Pass } from './pass.js';
import { hasProseSentence, isLine, standsAlone, withImage } from './blocks.js';
import { tagsOf } from './facts.js';
import { fold } from './normalise.js';
import { INLINE_BLOCK_SELECTOR, LIMITS, STRUCTURAL_RULES, TEXT_BLOCK_SELECTOR, TEXT_RULES, type TextRule } from './rules/index.js';
import { collapse, countWords } from '../util/text.js';

/** A line of a widget (an answer, a button, a one-line blurb) is at most this long. */
const SHORT_LINE_WORDS = 12;
/** No text rule matches a block longer than this many characters (their word limits, generously spelled). */
const MAX_RULE_CHARS = Math.max(...TEXT_RULES.map((r) => r.maxWords)) * 25;
const INLINE_TAGS = tagsOf(INLINE_BLOCK_SELECTOR) ?? new Set<string>();
/** A teaser headline is one of these blocks. */
const TEASER_TAGS = tagsOf('p, div, h3, h4, h5, h6') ?? new Set<string>();

export function applyTextRules(pass: Pass): void {
  const rules = TEXT_RULES.filter((r) => pass.enabled(r.id));
  const { facts } = pass;
  for (const el of pass.live(`${TEXT_BLOCK_SELECTOR}, ${INLINE_BLOCK_SELECTOR}`)) {
    // Longer than any rule allows: prose, not worth a regex (this keeps huge pages linear and quick).
    if (facts.textLength(el) > MAX_RULE_CHARS) continue;
    if (INLINE_TAGS.has(el.localName) ? !standsAlone(el, facts) : !isLine(el, facts)) continue;
    if (pass.zones.inContent(el)) continue;
    const text = fold(facts.collapsedText(el));
    if (!text) continue;
    const words = countWords(text);
    // Headings and list items are content; only a widget's label heading may go, with its widget.
    const labelOnly = pass.zones.inLabel(el);
    const rule = rules.find((r) => words <= r.maxWords && (!labelOnly || r.takesBox) && r.pattern.test(text) && linkTest(pass, r, el)
      && !(r.notWithImage && withImage(el, facts)));
    if (rule) removeMatch(pass, el, rule);
  }
}

function removeMatch(pass: Pass, el: Element, rule: TextRule): void {
  if (!rule.takesBox) {
    pass.remove(el, rule.category, rule.id);
    return;
  }
  const box = boxAround(pass, el, rule.takesBox);
  if (box !== el) {
    pass.remove(box, rule.category, rule.id);
    return;
  }
  const tookList = removeListAfter(pass, el, rule);
  // A heading that labels nothing removable is the page's own heading ("Related work"): it stays.
  if (tookList || !el.matches('h1, h2, h3, h4, h5, h6')) pass.remove(el, rule.category, rule.id);
}

function linkTest(pass: Pass, rule: TextRule, el: Element): boolean {
  return !rule.linkDense || pass.facts.linkDensity(el) >= LIMITS.linkDensity;
}

/** The largest box around a matched label that is small (a newsletter box) or mostly links (related stories). */
function boxAround(pass: Pass, el: Element, kind: 'links' | 'small'): Element {
  const own = el.parentElement;
  if (!own || own === pass.root || !pass.isSmallBox(own)) return el;
  if (kind === 'links' && linkShareWithout(own, el) < LIMITS.linkDensity) return el;
  // A heading labels its box; any other line takes it only when the rest is short lines too (a poll's
  // question and answers around "View results"), never a paragraph of prose.
  if (!el.matches('h1, h2, h3, h4, h5, h6') && !onlyShortLines(pass, own, el)) return el;
  // Beyond the label's own box, climb only through wrappers that hold nothing else.
  let box = own;
  const text = collapse(own.textContent);
  for (let parent = own.parentElement; parent && parent !== pass.root && collapse(parent.textContent) === text; parent = parent.parentElement) box = parent;
  return box;
}

/** Every other line of the box is short and no sentence of prose. */
function onlyShortLines(pass: Pass, box: Element, label: Element): boolean {
  return [...box.querySelectorAll('p, div, li, span')].filter((b) => b !== label && !b.contains(label) && isLine(b, pass.facts)).every((b) => {
    const text = collapse(b.textContent);
    return countWords(text) <= SHORT_LINE_WORDS && !hasProseSentence(text, 4);
  });
}

/** Link density of a box, not counting the label. */
function linkShareWithout(box: Element, label: Element): number {
  const total = collapse(box.textContent).length - collapse(label.textContent).length;
  if (total <= 0) return 0;
  let linked = 0;
  for (const a of box.querySelectorAll('a')) if (!label.contains(a)) linked += collapse(a.textContent).length;
  return linked / total;
}

/**
 * A label with no box of its own, such as "Related Stories" or "Read more:", takes the link list
 * right after it, or the run of one-link lines to the same site that follow it.
 */
function removeListAfter(pass: Pass, label: Element, rule: TextRule): boolean {
  if (rule.takesBox !== 'links') return false;
  const next = label.nextElementSibling;
  if (next && next.matches('ul, ol') && pass.facts.linkDensity(next) >= LIMITS.linkDensity && pass.isSmallBox(next)) {
    return pass.remove(next, rule.category, rule.id);
  }
  let took = false;
  for (let line = label.nextElementSibling; line && isTeaserLine(pass, line);) {
    const after = line.nextElementSibling;
    took = pass.remove(line, rule.category, rule.id) || took;
    line = after;
  }
  return took;
}

/** A short block of links to other pages of the same site (not anchors in this one): a teaser headline. */
export function isTeaserLine(pass: Pass, el: Element): boolean {
  const figures = STRUCTURAL_RULES.teaserList;
  const { facts } = pass;
  if (!TEASER_TAGS.has(el.localName)) return false;
  const links = facts.linksIn(el);
  return links.length > 0 && facts.wordCount(el) <= figures.maxLineWords
    && facts.linkDensity(el) >= figures.minItemLinkDensity && links.every((a) => pass.links.isOtherPage(a.getAttribute('href')));
}
