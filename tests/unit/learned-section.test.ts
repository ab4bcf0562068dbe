/** The options page's learned-sites list speaks in counts of the UI language: "1 article", never "1 articles". */
import { describe, expect, it, vi } from 'vitest';
import { useLanguage } from '../helpers/fake-i18n.js';

vi.mock('../../src/extension/platform/browser.js', async () => (await import('../helpers/fake-i18n.js')).fakeBrowserModule());
const { siteLine } = await import('../../src/extension/site-data/learned-section.js');
const { plural } = await import('../../src/extension/ui/i18n.js');

describe('learned sites in words', () => {
  it.each([
    ['en', 1, 1, 1, 'example.com: 1 article read, 1 line learned, 1 of your rules'],
    ['en', 4, 2, 0, 'example.com: 4 articles read, 2 lines learned, 0 of your rules'],
    ['en', 1200, 0, 3, 'example.com: 1,200 articles read, 0 lines learned, 3 of your rules'],
    ['es', 1, 1, 1, 'example.com: 1 artículo leído, 1 línea aprendida, 1 regla tuya'],
    ['es', 4, 2, 12_000, 'example.com: 4 artículos leídos, 2 líneas aprendidas, 12.000 reglas tuyas'],
  ] as const)('%s: %i articles, %i lines, %i rules', (lang, articles, learned, rules, expected) => {
    useLanguage(lang);
    expect(siteLine('example.com', articles, learned, rules)).toBe(expected);
  });

  it('the import status counts sites in the right form', () => {
    useLanguage('en');
    expect(plural('importDone', 1)).toBe('Imported rules and learned lines for 1 site.');
    expect(plural('importDone', 3)).toBe('Imported rules and learned lines for 3 sites.');
    useLanguage('es');
    expect(plural('importDone', 1)).toBe('Se importaron reglas y líneas aprendidas de 1 sitio.');
  });
});
