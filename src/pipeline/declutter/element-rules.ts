/** Selector and class-token rules: widgets recognisable by what they are, not by what they say. */
import type { Pass } from './pass.js';
import { CLASS_TOKEN_RULES, SELECTOR_RULES, WIDGET_PARTS, type ClassTokenRule } from './rules/index.js';

export function applySelectorRules(pass: Pass): void {
  const rules = SELECTOR_RULES.filter((r) => pass.enabled(r.id));
  if (rules.length === 0) return;
  for (const el of pass.live(rules.map((r) => r.selector).join(', '))) {
    const rule = rules.find((r) => el.matches(r.selector));
    if (rule) pass.remove(el, rule.category, rule.id);
  }
}

/** Class-token rules; never on or inside the page's own content markup, headings or list items. */
export function applyClassTokenRules(pass: Pass): void {
  const rules = CLASS_TOKEN_RULES.filter((r) => pass.enabled(r.id));
  for (const el of pass.live('[class], [id]')) {
    const names = classNames(el);
    if (names.length === 0) continue;
    const rule = rules.find((r) => names.some((name) => tokenMatches(r, name)));
    if (!rule || pass.zones.inContent(el) || pass.zones.inLabel(el)) continue;
    pass.remove(el, rule.category, rule.id);
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
