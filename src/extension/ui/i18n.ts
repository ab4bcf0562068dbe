/** UI strings come from _locales; none are written in code. */
import browser from '../platform/browser.js';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Fills `data-i18n` (text), `data-i18n-label` (aria-label) and `data-i18n-title` (title) in a tree. */
export function localize(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset['i18n'] ?? '');
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset['i18nLabel'] ?? ''));
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset['i18nTitle'] ?? '');
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
