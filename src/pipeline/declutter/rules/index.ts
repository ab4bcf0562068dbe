/** Every built-in clutter rule, by family. The pass (../pass.ts) interprets them. */
import { CLASS_TOKEN_RULES } from './class-token.js';
import { SELECTOR_RULES } from './selector.js';
import { STRUCTURAL_RULES } from './structural.js';
import { TEXT_RULES } from './text.js';

export { CLASS_TOKEN_RULES, WIDGET_PARTS } from './class-token.js';
export { SELECTOR_RULES } from './selector.js';
export { STRUCTURAL_RULES } from './structural.js';
export { TEXT_RULES } from './text.js';
export { CAPTION_CLASS, INLINE_BLOCK_SELECTOR, LIMITS, TEXT_BLOCK_SELECTOR } from './limits.js';
export type { ClassTokenRule, SelectorRule, StructuralRule, TextRule } from './types.js';

/** Every rule's id with its family, in the order the pass applies them. */
export const ALL_RULES: readonly { id: string; family: 'selector' | 'class-token' | 'text' | 'structural' }[] = [
  ...SELECTOR_RULES.map((r) => ({ id: r.id, family: 'selector' as const })),
  ...CLASS_TOKEN_RULES.map((r) => ({ id: r.id, family: 'class-token' as const })),
  ...TEXT_RULES.map((r) => ({ id: r.id, family: 'text' as const })),
  ...Object.values(STRUCTURAL_RULES).map((r) => ({ id: r.id, family: 'structural' as const })),
];

export const ALL_RULE_IDS: readonly string[] = ALL_RULES.map((r) => r.id);
