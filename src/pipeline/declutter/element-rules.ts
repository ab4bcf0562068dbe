/** Selector and class-token rules: widgets recognisable by what they are, not by what they say. */
import type { Pass } from './pass.js';
import { CLASS_TOKEN_RULES, LIMITS, SELECTOR_RULES, WIDGET_PARTS, type ClassTokenRule, type SelectorRule } from './rules/index.js';

type ElementRule = SelectorRule | ClassTokenRule;

export function applySelectorRules(pass: Pass): void {
  const rules = SELECTOR_RULES.filter((r) => pass.enabled(r.id));
  if (rules.length === 0) return;
  const matches: [Element, ElementRule][] = [];
  for (const el of pass.live(rules.map((r) => r.selector).join(', '))) {
    const rule = rules.find((r) => el.matches(r.selector));
    if (rule) matches.push([el, rule]);
  }
  removeUnlessContent(pass, matches);
}

/** Class-token rules; never on or inside the page's own content markup, headings or list items. */
export function applyClassTokenRules(pass: Pass): void {
  const rules = CLASS_TOKEN_RULES.filter((r) => pass.enabled(r.id));
  const matches: [Element, ElementRule][] = [];
  for (const el of pass.live('[class], [id]')) {
    const names = classNames(el);
    if (names.length === 0) continue;
    const rule = rules.find((r) => names.some((name) => tokenMatches(r, name)));
    if (rule && !pass.zones.inContent(el) && !pass.zones.inLabel(el)) matches.push([el, rule]);
  }
  removeUnlessContent(pass, matches);
}

/**
 * Removes each match, except a rule's matches that together hold most of the article (LIMITS.ruleShare):
 * then they are the page's content (comments on a thread page, cards on a listing), not a widget in it.
 */
function removeUnlessContent(pass: Pass, matches: [Element, ElementRule][]): void {
  const words = new Map<string, number>();
  // Matches come in document order: one inside an earlier match of its rule is inside the rule's
  // latest outer match, and its words are counted once, with that one.
  const outer = new Map<string, Element>();
  for (const [el, rule] of matches) {
    if (outer.get(rule.id)?.contains(el)) continue;
    outer.set(rule.id, el);
    words.set(rule.id, (words.get(rule.id) ?? 0) + pass.facts.wordCount(el));
  }
  for (const [el, rule] of matches) {
    if ((words.get(rule.id) ?? 0) > LIMITS.ruleShare * pass.totalWords) continue;
    if (pass.root.contains(el)) pass.remove(el, rule.category, rule.id, 'contentsPlugin' in rule && rule.contentsPlugin === true);
  }
}

function classNames(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/u).filter(Boolean);
}

/**
 * The name is the token, ends with it ("td-ad", "entry-share"), or goes on from it only with widget
 * parts and numbers ("share-buttons", "ad-slot-2"). "toc-backref" and "ads-subtitle" go on with
 * something else: they are other things.
 */
export function tokenMatches(rule: ClassTokenRule, name: string): boolean {
  const segments = name.split(/[-_]+/u).filter(Boolean);
  for (const token of rule.tokens) {
    const parts = token.split('-');
    for (let at = 0; at + parts.length <= segments.length; at += 1) {
      if (!parts.every((p, k) => segments[at + k] === p)) continue;
      const rest = segments.slice(at + parts.length);
      if (rest.every((s) => WIDGET_PARTS.has(s) || /^\d+(x\d+)?$/u.test(s))) return true;
    }
  }
  return false;
}
