/**
 * The browser's UI in Spanish: every state a reader can meet — article, reader page, decline, restricted
 * page, loading, time-out, options — shows Clearleaf's Spanish words and not one English sentence of its
 * catalogue, on pages whose <html lang> says "es".
 */
import { expect, it } from 'vitest';
import { catalogue } from '../helpers/fake-i18n.js';
import { openReaderFrom, popupForBusyPage, withPopup, type Session } from './scenarios.js';
import type { TestPage } from './support/browsers.js';

/** Pieces of English sentences (between placeholders) of two words or more that Spanish does not share. */
function englishPieces(): string[] {
  const spanish = Object.values(catalogue('es')).map((e) => e.message).join('\n');
  const pieces = Object.values(catalogue('en')).flatMap((e) => e.message.split(/\$\w+\$/u)).map((p) => p.trim());
  return [...new Set(pieces)].filter((p) => p.split(/\s+/u).length >= 2 && !spanish.includes(p));
}

interface Seen { lang: string; dir: string; text: string }

/** Everything a reader sees or hears from Clearleaf: text, titles, labels, placeholders. */
function seen(page: TestPage): Promise<Seen> {
  return page.evaluate(() => {
    const texts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) texts.push(el.getAttribute(name) ?? '');
    }
    return { lang: document.documentElement.lang, dir: document.documentElement.dir, text: texts.join('\n') };
  });
}

function expectSpanish(state: string, view: Seen, pieces: string[], ...spanishWords: RegExp[]): void {
  expect(view.lang, `${state}: <html lang>`).toBe('es');
  expect(view.dir, `${state}: <html dir>`).toBe('ltr');
  expect(pieces.filter((p) => view.text.includes(p)), `${state}: English sentences`).toEqual([]);
  expect(view.text, `${state}: message keys shown raw`).not.toMatch(/\b(?:category|summary|decline|restricted)[A-Z_]\w*/u);
  for (const words of spanishWords) expect(view.text, state).toMatch(words);
}

export function spanishEverywhere(get: () => Session): void {
  const pieces = englishPieces();

  it('article in the popup and the reader page, in Spanish', async () => {
    const session = get();
    await withPopup(session, `${session.server.origin}/local/keeps-structure.html`, async ({ popup }) => {
      expect(await popup.evaluate(() => document.body.dataset['state'])).toBe('done');
      expectSpanish('article', await seen(popup), pieces, /Abrir página de lectura/u, /Fuentes citadas/u, /min de lectura/u, /Qué se quitó/u);
      const reader = await openReaderFrom(session, popup);
      expectSpanish('reader page', await seen(reader), pieces, /Ver la página original/u);
      await reader.close();
    });
  });

  it('decline and restricted page, in Spanish', async () => {
    const session = get();
    await withPopup(session, `${session.server.origin}/local/front-page.html`, async ({ popup }) => {
      expect(await popup.evaluate(() => document.body.dataset['state'])).toBe('message');
      expectSpanish('decline', await seen(popup), pieces, /Clearleaf no encontró ningún artículo/u);
    });
    await withPopup(session, 'about:blank', async ({ popup }) => {
      expectSpanish('restricted page', await seen(popup), pieces, /Clearleaf no puede|propio navegador/u);
    });
  });

  it('loading, then a page too busy to answer, in Spanish', async () => {
    const session = get();
    const { page, popup } = await popupForBusyPage(session, 'busy-es.html');
    try {
      // Still reading (the page cannot answer for 15 s): the status is the loading sentence.
      await popup.waitFor(() => document.documentElement.lang === 'es');
      expect(await popup.evaluate(() => document.body.dataset['state'] ?? 'loading')).toBe('loading');
      expectSpanish('loading', await seen(popup), pieces, /Leyendo la página/u);
      await popup.waitFor(() => (document.body.dataset['state'] ?? 'loading') !== 'loading', undefined, 30_000);
      expectSpanish('after loading', await seen(popup), pieces, /ha tardado demasiado en responder/u);
    } finally {
      await popup.close().catch(() => undefined);
      await page.close().catch(() => undefined);
    }
  });

  it('options page, in Spanish', async () => {
    const options = await get().browser.openExtensionPage('options.html');
    try {
      expectSpanish('options', await seen(options), pieces, /Ajustes de Clearleaf/u, /Sitios que se limpian siempre/u);
    } finally {
      await options.close();
    }
  });
}
