/**
 * browser.i18n as Chrome and Firefox implement it, over the repository's _locales: `$NAME$` placeholders
 * resolve to their `content`, `$1`… to the substitutions, `$$` to `$`, a missing key to "". The test sets
 * the UI language with `useLanguage`.
 */
import fs from 'node:fs';
import path from 'node:path';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, Entry>;

const ROOT = path.resolve(import.meta.dirname, '../../_locales');
export const LANGUAGES = fs.readdirSync(ROOT).sort();

export function catalogue(lang: string): Catalogue {
  return JSON.parse(fs.readFileSync(path.join(ROOT, lang, 'messages.json'), 'utf8')) as Catalogue;
}

let current = 'en';
export function useLanguage(lang: string): void {
  current = lang;
}

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogue(current)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string): string => text.replace(/\$(\d)/gu, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/gu, (whole, name: string) => {
      const holder = entry.placeholders?.[name.toLowerCase()];
      return holder ? fill(holder.content) : whole;
    })
    .replace(/\$\$/gu, '$');
}

/** What `vi.mock('…/platform/browser.js', () => fakeBrowserModule())` needs. */
export function fakeBrowserModule(): { default: { i18n: { getMessage: typeof getMessage; getUILanguage: () => string } } } {
  return { default: { i18n: { getMessage, getUILanguage: () => current } } };
}
