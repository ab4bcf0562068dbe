/**
 * The reader's own rules for a site: "always put this back" (keep) and "hide this on this site"
 * (hide). A rule is a block's normalised text when the block is a fixed phrase, else its structural
 * signature; never a page's address, so it matches on every later page of the site. Pure.
 */
import { blockPrint, isDistinctiveShape, normalisePhrase, type BlockView } from './site-blocks.js';
import { countWords } from '../util/text.js';
import type { ArticleFingerprints, RemovedBlock, SiteRule, SiteRules } from '../types.js';

/** A block of at most this many words is a fixed phrase ("Don't miss", "Republish this article"). */
export const FIXED_PHRASE_WORDS = 15;
/** Stored rules are small, so that settings sync can carry them (one site's rules fit one 8 KB sync item). */
export const RULE_LIMITS = { perList: 100, phraseChars: 300, shapeChars: 300, siteBytes: 7000 } as const;

export const NO_RULES: Readonly<SiteRules> = Object.freeze({ keep: [], hide: [] });

/** The rule "hide this" stores for a block: its phrase when short or shapeless, else its signature. */
export function ruleForHiding(text: string, fingerprints?: ArticleFingerprints): SiteRule {
  const phrase = normalisePhrase(text);
  const shape = fingerprints?.shapes[blockPrint(text)];
  if (countWords(text) <= FIXED_PHRASE_WORDS || !shape) return { phrase };
  return { shape };
}

/** The rule "always put back" stores for a removed block: its signature when it has one, else its phrase. */
export function ruleForKeeping(block: RemovedBlock): SiteRule {
  if (block.shape && isDistinctiveShape(block.shape)) return { shape: block.shape };
  return { phrase: normalisePhrase(block.text) };
}

/** One string per rule, for comparing rules and naming the one that removed a block. */
export function ruleKey(rule: SiteRule): string {
  return 'phrase' in rule ? `phrase:${rule.phrase}` : `shape:${rule.shape}`;
}

/** Does this rule describe the block (its whole normalised text, or its signature)? */
export function ruleMatches(rule: SiteRule, block: BlockView): boolean {
  return 'phrase' in rule ? block.phrase === rule.phrase : block.shape === rule.shape;
}

/** The first rule of `rules` that matches the block, if any. */
export function matchingRule(rules: readonly SiteRule[], block: BlockView): SiteRule | undefined {
  return rules.find((rule) => ruleMatches(rule, block));
}

/** Adds a rule to one list and takes it out of the other: the reader's latest choice wins. */
export function withRule(rules: SiteRules, list: keyof SiteRules, rule: SiteRule): SiteRules {
  const key = ruleKey(rule);
  const without = (rs: SiteRule[]): SiteRule[] => rs.filter((r) => ruleKey(r) !== key);
  const next: SiteRules = { keep: without(rules.keep), hide: without(rules.hide) };
  next[list] = [...next[list], rule].slice(-RULE_LIMITS.perList);
  // Over the size one sync item holds: the oldest rules of the longer list go first.
  while (JSON.stringify(next).length > RULE_LIMITS.siteBytes) {
    const longer: keyof SiteRules = next.keep.length > next.hide.length ? 'keep' : 'hide';
    next[longer] = next[longer].slice(1);
  }
  return next;
}

export function withoutRule(rules: SiteRules, list: keyof SiteRules, key: string): SiteRules {
  return { ...rules, [list]: rules[list].filter((r) => ruleKey(r) !== key) };
}

/** A rule as stored, or null when it is not one (wrong shape, empty, oversized). */
export function parseRule(raw: unknown): SiteRule | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { phrase, shape } = raw as { phrase?: unknown; shape?: unknown };
  if (typeof phrase === 'string' && phrase.length <= RULE_LIMITS.phraseChars) {
    const normal = normalisePhrase(phrase);
    return normal ? { phrase: normal } : null;
  }
  if (typeof shape === 'string' && shape.length <= RULE_LIMITS.shapeChars && isDistinctiveShape(shape)) return { shape };
  return null;
}

/** Stored rules repaired: what is not a rule is dropped, the rest kept. */
export function parseSiteRules(raw: unknown): SiteRules {
  const data = typeof raw === 'object' && raw !== null ? raw as Record<string, unknown> : {};
  const list = (value: unknown): SiteRule[] => (Array.isArray(value) ? value.map(parseRule).filter((r): r is SiteRule => r !== null) : [])
    .slice(-RULE_LIMITS.perList);
  return { keep: list(data['keep']), hide: list(data['hide']) };
}

export function hasRules(rules: SiteRules): boolean {
  return rules.keep.length > 0 || rules.hide.length > 0;
}
