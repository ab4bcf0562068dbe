/** Signals read from repetition: a line that only says again what the page's metadata already says. */
import type { Pass } from '../pass.js';
import { foldLower } from '../normalise.js';
import { STRUCTURAL_RULES } from '../rules/index.js';
import { standsAlone } from '../blocks.js';
import { countWords } from '../../util/text.js';

const LINES = 'p, div, span, li, h1, h2, h3, h4, h5, h6';
/** Lines longer than this many characters are never a repeat (keeps huge pages quick). */
const MAX_CHARS = STRUCTURAL_RULES.metadataRepeat.maxWords * 25;

/** The folded text of each leaf line with words in it; lone punctuation ("," between code tokens) is never a line. */
function* lines(pass: Pass, maxWords: number): Generator<{ el: Element; text: string }> {
  const { facts } = pass;
  for (const el of pass.live(LINES)) {
    if (facts.textLength(el) > MAX_CHARS || facts.holds(el, 'lineBlock')) continue;
    // A span is a line only alone on its line: "<span>Lorem</span> ipsum" is the start of a sentence.
    if (el.tagName === 'SPAN' && !standsAlone(el, facts)) continue;
    const text = foldLower(facts.collapsedText(el)).replace(/^(by|por|par|von) /u, '');
    if (!/[\p{L}\p{N}]/u.test(text) || countWords(text) > maxWords || pass.zones.inContent(el)) continue;
    yield { el, text };
  }
}

/** The byline repeated as a line of text ("Tom Krisher, AP Auto Writer"), or the author's bio line. */
export function metadataRepeat(pass: Pass): void {
  const rule = STRUCTURAL_RULES.metadataRepeat;
  const names = (pass.context.byline ?? '').split(/,\s*/u).map(foldLower).filter((n) => /\p{L}/u.test(n) && n.length > 2);
  if (names.length === 0) return;
  const joined = names.join(' and ');
  const bio = new RegExp(`^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')}) (is|was|covers|writes|has been) `, 'u');
  for (const { el, text } of lines(pass, rule.maxWords)) {
    const isByline = [...names, joined].some((n) => text === n || text.startsWith(`${n},`) || text.startsWith(`${n} |`));
    if (isByline || bio.test(text)) pass.remove(el, rule.category, rule.id);
  }
}

/** A line that is the title, the page's address, the site's name or the section's name again. */
export function nameRepeat(pass: Pass): void {
  const rule = STRUCTURAL_RULES.nameRepeat;
  const { title, pageUrl, siteName, section } = pass.context;
  const names = new Set([title, pageUrl, siteName, section].map((t) => foldLower(t ?? '')).filter((t) => /\p{L}/u.test(t) && t.length > 2));
  if (names.size === 0) return;
  for (const { el, text } of lines(pass, rule.maxWords)) {
    // Headings and list items are the article's own: a section called like the site stays.
    if (pass.zones.inLabel(el)) continue;
    if (names.has(text.replace(/[\s|·•:»›-]+$/u, ''))) pass.remove(el, rule.category, rule.id);
  }
}
