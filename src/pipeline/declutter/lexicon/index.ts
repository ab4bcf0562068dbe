/** All languages' clutter words together: a page's language is often undeclared or wrong. */
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { DeclutterLexicon } from './types.js';

export const LEXICONS: readonly DeclutterLexicon[] = [en, es, fr, de];

/** One list of every language's entries of a kind, longest first (so "sign up" wins over "sign"). */
export function wordsOf(kind: keyof DeclutterLexicon): string[] {
  return [...new Set(LEXICONS.flatMap((l) => l[kind]))].sort((a, b) => b.length - a.length);
}

/** Entries as one regex alternation; `#` stands for a number. */
export function alternation(kind: keyof DeclutterLexicon): string {
  return wordsOf(kind).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/#/gu, '\\d+')).join('|');
}

export type { DeclutterLexicon } from './types.js';
