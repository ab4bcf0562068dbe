/** Reasons reach the reader as sentences of the UI language, figures written that language's way. */
import { describe, expect, it, vi } from 'vitest';
import type { DeclineCode, DeclineReason } from '../../src/pipeline/types.js';
import type { EdgeFailure } from '../../src/extension/platform/messages.js';
import { catalogue, useLanguage } from '../helpers/fake-i18n.js';

vi.mock('../../src/extension/platform/browser.js', async () => (await import('../helpers/fake-i18n.js')).fakeBrowserModule());
const { reasonText, reasonTone } = await import('../../src/extension/ui/reasons.js');
const { plural } = await import('../../src/extension/ui/i18n.js');

/** One of each code; the type makes this list complete. */
const DECLINES: { [C in DeclineCode]: Extract<DeclineReason, { code: C }> } = {
  'no-window': { code: 'no-window', figures: {} },
  'empty': { code: 'empty', figures: {} },
  'no-content': { code: 'no-content', figures: {} },
  'too-many-elements': { code: 'too-many-elements', figures: { elements: 412_000, limit: 300_000 } },
  'too-deep': { code: 'too-deep', figures: { limit: 1000 } },
  'too-little-text': { code: 'too-little-text', figures: { chars: 80, min: 140 } },
  'mostly-links': { code: 'mostly-links', figures: { linkDensity: 0.62, max: 0.45 } },
  'link-list': { code: 'link-list', figures: { linkDensity: 0.35, proseParagraphs: 1, minProseParagraphs: 2 } },
  'too-slow': { code: 'too-slow', figures: {} },
  'front-page': { code: 'front-page', figures: { teaserCards: 12, proseParagraphs: 0 } },
};
const FAILURES: EdgeFailure[] = [
  { code: 'failed', figures: {} }, { code: 'no-access', figures: {} }, { code: 'bad-answer', figures: {} },
  { code: 'timeout', figures: { seconds: 15 } },
];
const ALL = [...Object.values(DECLINES), ...FAILURES];
/** English sentences long enough that finding one in Spanish output means it leaked. */
const englishSentences = Object.values(catalogue('en')).map((e) => e.message.replace(/\$\w+\$/gu, '').trim()).filter((m) => m.split(' ').length >= 3);

describe('reasons as sentences', () => {
  it.each(ALL.map((r) => [r.code, r] as const))('%s reads in Spanish with no English and no key', (_code, reason) => {
    useLanguage('es');
    const text = reasonText(reason);
    expect(text).toMatch(/[a-záéíóúñ]{3}/iu);
    expect(text).not.toMatch(/\$|\b(decline|failed|not|too)[A-Z]\w+/u);
    expect(englishSentences.filter((s) => text.includes(s))).toEqual([]);
  });

  it('writes figures the reader\'s way', () => {
    useLanguage('es');
    expect(reasonText(DECLINES['too-many-elements'])).toBe(
      'Esta página es demasiado grande para limpiarla sin ralentizar el navegador. Tiene 412.000 elementos; Clearleaf lee páginas de hasta 300.000.');
    useLanguage('en');
    expect(reasonText(DECLINES['too-many-elements'])).toContain('It has 412,000 elements; Clearleaf reads pages of up to 300,000.');
    expect(reasonText(DECLINES['mostly-links'])).toContain('62% of its text is links');
    expect(reasonText(FAILURES[3] as EdgeFailure)).toContain('more than 15 seconds');
  });

  it('an unknown code from a newer content script reads as a plain failure', () => {
    useLanguage('en');
    const unknown = { code: 'from-the-future', figures: {} } as unknown as DeclineReason;
    expect(reasonText(unknown)).toBe('Clearleaf could not read this page.');
    expect(reasonTone(unknown)).toBe('error');
    expect(reasonTone(DECLINES['mostly-links'])).toBe('message');
  });
});

describe('plurals', () => {
  it.each([
    ['en', 1, '1 source'], ['en', 2, '2 sources'], ['en', 0, '0 sources'], ['en', 1200, '1,200 sources'],
    ['es', 1, '1 fuente'], ['es', 2, '2 fuentes'], ['es', 0, '0 fuentes'], ['es', 1_000_000, '1.000.000 fuentes'],
  ] as const)('%s: %i', (lang, n, expected) => {
    useLanguage(lang);
    expect(plural('summarySources', n)).toBe(expected);
  });

  it('two counts in one line, each with its own form', () => {
    useLanguage('en');
    expect(plural('summaryLinks', 1, [plural('siteCount', 1)])).toBe('1 link to 1 site');
    expect(plural('summaryLinks', 3, [plural('siteCount', 2)])).toBe('3 links to 2 sites');
    useLanguage('es');
    expect(plural('summaryLinks', 1, [plural('siteCount', 1)])).toBe('1 enlace a 1 sitio');
  });
});
