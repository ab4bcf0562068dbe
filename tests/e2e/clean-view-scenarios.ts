/**
 * The in-place view as a modal dialog the page cannot drive: labelled, focus moves in and comes back,
 * the page beneath is inert, Escape closes it — and a page script's synthetic click on its button or
 * synthetic Escape does nothing (only the reader's own, trusted input counts).
 */
import { expect, it } from 'vitest';
import { withPopup, type Session } from './scenarios.js';

export function cleanViewIsADialog(get: () => Session): void {
  it('the in-place view is a labelled modal dialog: focus in and back, page inert, Escape closes, synthetic events ignored', async () => {
    const session = get();
    const url = session.server.page('dialog.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dialog page</title></head><body>
<input id="search" aria-label="search"><article><h1>Council delays budget vote</h1>${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a report on the city budget: the council met on Tuesday, heard from residents for three hours, and voted to delay the decision until the auditor's report arrives next month.</p>`).join('')}</article></body></html>`);
    await withPopup(session, url, async ({ page, popup }) => {
      await page.evaluate(() => document.getElementById('search')?.focus());
      await popup.click('#clean-page');
      await page.waitFor(() => document.querySelector('clearleaf-view') !== null);
      const opened = await page.evaluate(() => {
        const root = document.querySelector('clearleaf-view')?.shadowRoot;
        const dialog = root?.querySelector('[role="dialog"]');
        return {
          modal: dialog?.getAttribute('aria-modal'), label: dialog?.getAttribute('aria-label'),
          focused: root?.activeElement?.tagName, inert: document.body.inert,
        };
      });
      expect(opened).toEqual({ modal: 'true', label: 'Clearleaf: the clean article', focused: 'BUTTON', inert: true });

      // A page script clicks "Show the original page" and sends Escape: nothing happens.
      await page.evaluate(() => {
        document.querySelector('clearleaf-view')?.shadowRoot?.querySelector<HTMLButtonElement>('.cl-bar button')?.click();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(await page.evaluate(() => document.querySelector('clearleaf-view') !== null)).toBe(true);

      // The reader presses Escape: the page comes back, live again, with focus where it was.
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('clearleaf-view') === null);
      expect(await page.evaluate(() => [document.body.inert, document.activeElement?.id])).toEqual([false, 'search']);
      await popup.waitFor(() => document.getElementById('clean-page')?.dataset['clean'] !== 'true', undefined, 5000).catch(() => undefined);
    });
  });
}
