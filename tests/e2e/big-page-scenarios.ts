/**
 * Issue 14: a 10 MB article in the real browser. The popup shows its first screen, then the whole
 * article, and the page keeps running its own script while Clearleaf reads it
 * (the pipeline runs in the popup, not on the page). No timing thresholds: timings are in the bench.
 */
import { expect, it } from 'vitest';
import { syntheticArticle } from '../helpers/big-page.js';
import type { Session } from './scenarios.js';

type Ticking = Window & { __ticks?: number[] };

export function bigPageStaysResponsive(get: () => Session): void {
  it('a 10 MB article: the first screen shows, then the whole article, and the page keeps ticking meanwhile', async () => {
    const session = get();
    const url = session.server.page('ten-mb.html', syntheticArticle(10_000_000));
    const page = await session.browser.openPage(url);
    const popup = await (async () => {
      await page.evaluate(() => {
        const w = window as Ticking;
        w.__ticks = [];
        setInterval(() => w.__ticks?.push(Date.now()), 20);
      });
      return session.browser.openExtensionPage(`popup.html?tabId=${await session.browser.tabIdFor(url)}`);
    })();
    try {
      await popup.waitFor(() => document.body.dataset['progress'] !== undefined, undefined, 120_000);
      const first = await popup.evaluate(() => ({
        title: document.querySelector('#article .cl-title')?.textContent ?? '',
        text: document.querySelector('#article .cl-body p')?.textContent ?? '',
      }));
      expect(first.title).toBe('Council votes on the new rail line');
      expect(first.text).toMatch(/^1\. The committee heard testimony/u);


      await popup.waitFor(() => ['article', 'sources'].includes(document.body.dataset['progress'] ?? ''), undefined, 240_000);
      const shown = await popup.evaluate(() => {
        const paragraphs = document.querySelectorAll('#article .cl-body p');
        const [snapshotAt, articleAt] = ['clearleaf:snapshot', 'clearleaf:article'].map((n) => performance.timeOrigin + (performance.getEntriesByName(n)[0]?.startTime ?? NaN));
        const [firstScreen, parsed] = ['clearleaf:first-screen', 'clearleaf:parsed'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN);
        return { last: paragraphs[paragraphs.length - 1]?.textContent ?? '', snapshotAt: snapshotAt ?? NaN, articleAt: articleAt ?? NaN, firstScreen, parsed };
      });
      expect(shown.last).toMatch(/^\d{5}\. /u);
      // The first screen came from the page's first part, before the whole page was even parsed.
      expect(shown.firstScreen).toBeLessThan(shown.parsed ?? NaN);
      // While the popup parsed, cleaned and rendered the snapshot, the page's own timer ran.
      const ticks = await page.evaluate(() => (window as Ticking).__ticks ?? []);
      expect(ticks.some((t) => t > shown.snapshotAt && t < shown.articleAt)).toBe(true);
    } finally {
      await popup.close().catch(() => undefined);
      await page.close().catch(() => undefined);
    }
  }, 400_000);
}
