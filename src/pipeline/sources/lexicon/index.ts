import { en } from './en.js';
import { es } from './es.js';
import type { Lexicon } from './types.js';

const LEXICONS: Record<string, Lexicon> = { en, es };

/** The lexicon for a language tag ("es-MX" → Spanish); English when there is none for it. */
export function lexiconFor(lang: string | null | undefined): Lexicon {
  const base = (lang ?? '').toLowerCase().split(/[-_]/u)[0] ?? '';
  return LEXICONS[base] ?? en;
}

export type { Lexicon };
