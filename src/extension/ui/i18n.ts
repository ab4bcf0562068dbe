/**
 * UI strings come from _locales; none are written in code. Keys are typed from the English catalogue, so a
 * misspelt or missing key fails the type check (tests/unit/locales.test.ts keeps the other catalogues in step).
 */
import browser from '../platform/browser.js';

type Catalogue = typeof import('../../../_locales/en/messages.json');
export type MessageKey = keyof Catalogue;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The language of the catalogue the browser chose (not the browser's own language, which may have no
 * catalogue and fall back to English), so that numbers, dates and plurals match the words around them.
 */
export function uiLanguage(): string {
  return browser.i18n.getMessage('languageTag') || 'en';
}

/** `<html lang dir>` of an extension page from the catalogue in use, then its `data-i18n` texts. */
export function localizePage(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = t('textDirection') === 'rtl' ? 'rtl' : 'ltr';
  localize(doc);
}

const numbers = new Map<string, Intl.NumberFormat>();

/** A count written the reader's way ("12,000" in English, "12.000" in Spanish). */
export function formatNumber(n: number, style: 'decimal' | 'percent' = 'decimal'): string {
  const id = `${uiLanguage()}:${style}`;
  let format = numbers.get(id);
  if (!format) {
    format = new Intl.NumberFormat(uiLanguage(), { style, maximumFractionDigits: 0 });
    numbers.set(id, format);
  }
  return format.format(n);
}

/** Message keys that come in plural forms: `<base>_one`, `<base>_other` (and `_many`, `_few`… where a language needs them). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

const plurals = new Map<string, Intl.PluralRules>();

/**
 * A count in words: "1 source", "2 sources", "1 fuente", "2 fuentes". The browser's i18n has no plurals,
 * so Intl.PluralRules picks the form for the UI language and `<base>_other` stands in for any form a
 * catalogue does not spell out. `$1` is the formatted count; `more` fills `$2`….
 */
export function plural(base: PluralKey, count: number, more: string[] = []): string {
  const lang = uiLanguage();
  let rules = plurals.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    plurals.set(lang, rules);
  }
  const args = [formatNumber(count), ...more];
  return browser.i18n.getMessage(`${base}_${rules.select(count)}`, args) || t(`${base}_other` as MessageKey, args);
}

/** Fills `data-i18n` (text), `data-i18n-label` (aria-label) and `data-i18n-title` (title) in a tree. */
export function localize(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(keyOf(el.dataset['i18n']));
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(keyOf(el.dataset['i18nLabel'])));
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(keyOf(el.dataset['i18nTitle']));
}

/** Keys written in HTML are checked by tests/unit/locales.test.ts, not by the compiler. */
function keyOf(value: string | undefined): MessageKey {
  return (value ?? '') as MessageKey;
}
