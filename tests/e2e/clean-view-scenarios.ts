/**
 * The in-place view as a modal dialog the page cannot reach (issue 15): an extension page in a frame
 * inside a closed shadow root. Labelled, focus moves in and comes back, the page beneath is inert,
 * Escape closes it; a page script can neither read nor change the view, and its synthetic click on
 * the view's button or synthetic Escape does nothing (only the reader's own, trusted input counts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../helpers/gold.js';
import { openReaderFrom, resetSettings, withPopup, type Session } from './scenarios.js';
import type { TestFrame, TestPage } from './support/browsers.js';

/** The in-place view's page, as the test tool reaches it (the page itself cannot). */
export function viewFrame(page: TestPage): Promise<TestFrame> {
  return page.frame('/clean-view.html', 20_000);
}

/** What a page script can find of the view: the host, no shadow root, no frame, none of the article's text. */
function whatThePageSees(page: TestPage, phrase: string): Promise<{ host: boolean; shadowRoot: ShadowRoot | null; frames: string[]; textInPage: boolean }> {
  return page.evaluate((text) => {
    const host = document.querySelector('clearleaf-view');
    return {
      host: host !== null,
      shadowRoot: host?.shadowRoot ?? null,
      frames: Array.from({ length: window.frames.length }, (_, i) => {
        try {
          return window.frames[i]?.document.body.textContent ?? 'read';
        } catch {
          return 'blocked';
        }
      }),
      textInPage: document.documentElement.textContent?.includes(text) === true && host?.textContent?.includes(text) === true,
    };
  }, phrase);
}

export function cleanViewIsADialog(get: () => Session): void {
  it('the in-place view is a modal dialog the page cannot read, change or click: focus in and back, page inert, Escape closes', async () => {
    const session = get();
    const url = session.server.page('dialog.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dialog page</title></head><body>
<input id="search" aria-label="search"><article><h1>Council delays budget vote</h1>${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a report on the city budget: the council met on Tuesday, heard from residents for three hours, and voted to delay the decision until the auditor's report arrives next month.</p>`).join('')}</article></body></html>`);
    await withPopup(session, url, async ({ page, popup }) => {
      await page.evaluate(() => document.getElementById('search')?.focus());
      await popup.click('#clean-page');
      const view = await viewFrame(page);
      await view.waitFor(() => document.querySelector('.cl-body')?.textContent?.includes('auditor'));
      await popup.waitFor(() => document.getElementById('clean-page')?.dataset['clean'] === 'true', undefined, 10_000).catch(() => undefined);
      expect(await page.evaluate(() => ({ focused: document.activeElement?.tagName, inert: document.body.inert })))
        .toEqual({ focused: 'CLEARLEAF-VIEW', inert: true });
      expect(await view.evaluate(() => ({ focused: document.activeElement?.id, title: document.title, lang: document.documentElement.lang })))
        .toEqual({ focused: 'show-original', title: 'Clearleaf: the clean article', lang: 'en' });

      // A page script looks for the view: a host element, and nothing inside it it can read.
      const seen = await whatThePageSees(page, 'auditor');
      expect({ ...seen, frames: seen.frames.filter((f) => f !== 'blocked') }).toEqual({ host: true, shadowRoot: null, frames: [], textInPage: false });

      // It tries to change it, click its button and send Escape: nothing happens.
      await page.evaluate(() => {
        const host = document.querySelector('clearleaf-view');
        host?.setAttribute('style', 'display: none !important');
        const cover = Object.assign(document.createElement('div'), { textContent: 'Your session expired: sign in again' });
        cover.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; background: white';
        document.documentElement.append(cover);
        host?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        for (let i = 0; i < window.frames.length; i++) window.frames[i]?.postMessage({ type: 'close' }, '*');
      });
      await new Promise((r) => setTimeout(r, 500));
      // Still shown, on top of everything (a modal dialog is in the top layer, above any z-index of the page).
      expect(await page.evaluate(() => [document.querySelector('clearleaf-view') !== null, document.elementFromPoint(200, 200)?.tagName]))
        .toEqual([true, 'CLEARLEAF-VIEW']);
      expect(await view.evaluate(() => document.querySelector('.cl-body')?.textContent?.includes('auditor'))).toBe(true);

      // The reader presses Escape: the page comes back, live again, with focus where it was.
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('clearleaf-view') === null);
      expect(await page.evaluate(() => [document.body.inert, document.activeElement?.id])).toEqual([false, 'search']);
      await popup.waitFor(() => document.getElementById('clean-page')?.dataset['clean'] !== 'true', undefined, 5000).catch(() => undefined);
    });
  });
}

/** "Show article images" off in the options page: no view loads the article's image; its alt text stands in its place. */
export function articleImagesOff(get: () => Session): void {
  it('"Show article images" off: the popup, the reader page and the in-place view show the alt text, no image', async () => {
    const session = get();
    const alt = 'A map of the flooded district along the river';
    const url = session.server.page('images-off.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood report</title></head><body><article><h1>River floods the lower district</h1>
${Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i} of the flood report: the river rose two metres overnight, the council opened three shelters and the roads along the bank stay closed until Friday.</p>`).join('')}
<figure><img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=" alt="${alt}" width="400" height="200"><figcaption>The lower district on Tuesday.</figcaption></figure>
${Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i + 3} of the flood report: engineers checked the old bridge, which held, and the water board asked residents to boil tap water.</p>`).join('')}</article></body></html>`);
    const imagesIn = (p: TestPage | TestFrame, sel: string): Promise<[number, boolean]> =>
      p.evaluate(([s, text]) => [document.querySelectorAll(`${s} img`).length, document.querySelector(s)?.textContent?.includes(text) === true], [sel, alt] as const);
    try {
      // On (the default), the popup shows the image.
      await withPopup(session, url, async ({ popup }) => {
        expect(await imagesIn(popup, '#article')).toEqual([1, false]);
      });
      const options = await session.browser.openExtensionPage('options.html');
      await options.click('#article-images');
      await options.waitFor(() => !(document.getElementById('article-images') as HTMLInputElement).checked);
      await options.close();
      await withPopup(session, url, async ({ page, popup }) => {
        expect(await imagesIn(popup, '#article')).toEqual([0, true]);
        const reader = await openReaderFrom(session, popup);
        expect(await imagesIn(reader, '#article')).toEqual([0, true]);
        await reader.close();
        await popup.click('#clean-page');
        const view = await viewFrame(page);
        await view.waitFor(() => document.querySelector('.cl-body') !== null, undefined, 20_000);
        expect(await imagesIn(view, '#view article')).toEqual([0, true]);
        await popup.click('#clean-page');
      });
    } finally {
      await resetSettings(session);
    }
  });
}

/**
 * A page served with a sandboxing CSP: its frames inherit the sandbox, so the view's page cannot run.
 * The popup says so in the reader's language (a code from the content script, words from _locales)
 * and hands over the way on: the reader page, focused, which shows the article.
 */
export function sandboxedPageOffersReaderPage(get: () => Session): void {
  it('on a page served with a sandboxing CSP, "Clean this page" says why the view cannot show there and offers the reader page', async () => {
    const session = get();
    const url = session.server.page('sandboxed.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandboxed page</title></head><body><article><h1>Ferry timetable changes in spring</h1>${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the ferry report: the spring timetable adds two crossings a day, the first boat leaves at six and the port authority expects more cyclists than last year.</p>`).join('')}</article></body></html>`,
    { 'content-security-policy': "sandbox allow-same-origin; default-src 'none'; style-src 'unsafe-inline'" });
    await withPopup(session, url, async ({ page, popup }) => {
      await popup.click('#clean-page');
      await popup.waitFor(() => document.getElementById('view-status')?.hidden === false, undefined, 15_000);
      const expected = (JSON.parse(fs.readFileSync(path.join(REPO, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>)['cleanViewSandboxed']?.message;
      expect(await popup.evaluate(() => ({
        said: document.getElementById('view-status')?.textContent,
        focused: document.activeElement?.id,
        clean: document.getElementById('clean-page')?.dataset['clean'],
      }))).toEqual({ said: expected, focused: 'open-reader', clean: 'false' });
      expect(await page.evaluate(() => document.querySelector('clearleaf-view'))).toBeNull();
      const reader = await openReaderFrom(session, popup);
      expect(await reader.evaluate(() => document.querySelector('#article')?.textContent?.includes('port authority expects more cyclists'))).toBe(true);
      await reader.close();
    });
  });
}

/**
 * A page script goes after the view's host element: attributes (inert, hidden, style) are stripped at
 * once and the view stays usable; removed, the view is put back; hidden by the page's own CSS, it
 * closes (the page comes back live) and the next popup says why and offers the reader page.
 */
export function pageCannotHideTheView(get: () => Session): void {
  it('a page script that restyles, removes or hides the in-place view: stripped, put back, or closed with a message in the popup', async () => {
    const session = get();
    const url = session.server.page('interfering.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Interfering page</title></head><body><article><h1>Library opens a new reading room</h1>${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the library report: the new reading room seats sixty, stays open until ten on weekdays and lends laptops to students who register at the desk.</p>`).join('')}</article></body></html>`);
    const expected = (JSON.parse(fs.readFileSync(path.join(REPO, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>)['cleanViewInterfered']?.message;
    await withPopup(session, url, async ({ page, popup }) => {
      await popup.click('#clean-page');
      let view = await viewFrame(page);
      await view.waitFor(() => document.querySelector('.cl-body')?.textContent?.includes('reading room'));

      // Attributes on the host: stripped at once; the view is still on top.
      await page.evaluate(() => {
        const host = document.querySelector('clearleaf-view');
        host?.setAttribute('inert', '');
        host?.setAttribute('hidden', '');
        host?.setAttribute('style', 'display: none !important; opacity: 0 !important');
      });
      await page.waitFor(() => document.querySelector('clearleaf-view')?.getAttributeNames().length === 0, undefined, 5000);
      expect(await page.evaluate(() => document.elementFromPoint(200, 200)?.tagName)).toBe('CLEARLEAF-VIEW');

      // Removed: put back, with the article drawn again.
      await page.evaluate(() => document.querySelector('clearleaf-view')?.remove());
      await page.waitFor(() => document.querySelector('clearleaf-view') !== null, undefined, 5000);
      view = await viewFrame(page);
      await view.waitFor(() => document.querySelector('.cl-body')?.textContent?.includes('reading room'));
      expect(await page.evaluate(() => document.elementFromPoint(200, 200)?.tagName)).toBe('CLEARLEAF-VIEW');

      // Hidden by the page's own stylesheet: the view closes and the page is live again.
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'html { display: none !important; }';
        document.head.append(style);
      });
      await page.waitFor(() => document.querySelector('clearleaf-view') === null && !document.body.inert, undefined, 5000);

      // The next popup on that tab says what happened and offers the reader page.
      const again = await session.browser.openExtensionPage(`popup.html?tabId=${await session.browser.tabIdFor(page.url())}`);
      try {
        await again.waitFor(() => document.getElementById('view-status')?.hidden === false, undefined, 15_000);
        expect(await again.evaluate(() => [document.getElementById('view-status')?.textContent, document.activeElement?.id])).toEqual([expected, 'open-reader']);
      } finally {
        await again.close();
      }
    });
  });
}
