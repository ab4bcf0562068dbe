/**
 * The catalogues stay complete and tidy: the same keys everywhere, a description on each for translators,
 * the same placeholders, both plural forms, and every key the HTML pages and the manifest name exists.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, catalogue } from '../helpers/fake-i18n.js';

const english = catalogue('en');
const htmlPages = ['popup/popup.html', 'reader/reader.html', 'options/options.html'].map((p) => `src/extension/${p}`);

describe('_locales', () => {
  it('ships English and Spanish', () => {
    expect(LANGUAGES).toEqual(['en', 'es']);
  });

  it.each(LANGUAGES)('%s has exactly the English keys, each with a description and the same placeholders', (lang) => {
    const other = catalogue(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    for (const [key, entry] of Object.entries(other)) {
      expect(entry.description, `${lang}: ${key} has no description`).toMatch(/\w{3}/u);
      expect(Object.keys(entry.placeholders ?? {}).sort(), `${lang}: ${key}`).toEqual(Object.keys(english[key]?.placeholders ?? {}).sort());
      for (const name of Object.keys(entry.placeholders ?? {})) expect(entry.message.toLowerCase(), `${lang}: ${key}`).toContain(`$${name}$`);
    }
    expect(other['languageTag']?.message).toBe(lang);
    expect(other['textDirection']?.message).toMatch(/^(ltr|rtl)$/u);
  });

  it('every plural has its one and other forms', () => {
    const bases = Object.keys(english).filter((k) => /_(one|other)$/u.test(k)).map((k) => k.replace(/_(one|other)$/u, ''));
    expect(bases.length).toBeGreaterThan(5);
    for (const base of bases) expect([`${base}_one`, `${base}_other`].every((k) => k in english), base).toBe(true);
  });

  it('every key written in the HTML pages and the manifest exists', () => {
    const used = new Set<string>();
    for (const page of htmlPages) {
      for (const m of fs.readFileSync(page, 'utf8').matchAll(/data-i18n(?:-label|-title)?="([^"]+)"/gu)) used.add(m[1] ?? '');
    }
    for (const m of fs.readFileSync('manifest.json', 'utf8').matchAll(/__MSG_(\w+)__/gu)) used.add(m[1] ?? '');
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !(key in english))).toEqual([]);
  });
});
