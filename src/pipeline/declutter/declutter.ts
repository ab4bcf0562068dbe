/**
 * Clearleaf's clutter pass: takes the element Readability chose as the article and removes, in
 * place, what the rules in rules/ describe. Returns what it removed, for the reader to see. The
 * steps are small engines, one per rule family; pass.ts holds what they share.
 */
import { applyClassTokenRules, applySelectorRules } from './element-rules.js';
import { applyTextRules } from './text-rules.js';
import { SIGNALS } from './signals/index.js';
import { Pass, type DeclutterContext } from './pass.js';
import { tagsOf } from './facts.js';
import { MEDIA_SELECTOR } from '../util/dom.js';
import type { RemovedBlock } from '../types.js';

export type { DeclutterContext } from './pass.js';

export function declutter(root: Element, context: DeclutterContext): RemovedBlock[] {
  const pass = new Pass(root, context);
  applySelectorRules(pass);
  applyClassTokenRules(pass);
  applyTextRules(pass);
  for (const signal of SIGNALS) if (pass.enabled(signal.rule.id)) signal.run(pass);
  dropEmpty(pass);
  return pass.removed;
}

const MEDIA_TAGS = tagsOf(MEDIA_SELECTOR) ?? new Set<string>();

/**
 * Containers the rules emptied: nothing to read, nothing to see. Not reported. An element holding
 * only spaces is a word break and becomes one; nothing inside code is touched.
 */
function dropEmpty(pass: Pass): void {
  const { facts, zones } = pass;
  for (const el of [...pass.live('div, section, aside, p, span, ul, ol, li, h2, h3, h4, h5, h6, strong, em, b')].reverse()) {
    if (!pass.root.contains(el) || facts.collapsedLength(el) !== 0 || MEDIA_TAGS.has(el.localName) || facts.holds(el, 'media')) continue;
    if (facts.holds(el, 'code') || zones.inCode(el)) continue;
    pass.detach(el);
  }
}
