/**
 * The hostile corpus in real browsers: the popup, the reader page and the in-place clean view show
 * the article and run none of it — no dialog, no request to the beacon, no global set.
 */
import { expect, it } from 'vitest';
import { VECTORS, hostilePage } from '../fixtures/hostile/vectors.js';
import { openReaderFrom, withPopup, type Session } from './scenarios.js';
import type { TestPage } from './support/browsers.js';

const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Elements and attributes in the rendered article that could run or load something. */
function dangerousInArticle(page: TestPage, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = sel === 'clearleaf-view' ? document.querySelector(sel)?.shadowRoot : document.querySelector(sel);
    if (!root) return ['no article rendered'];
    const found = [...root.querySelectorAll('script, iframe, object, embed, form, input, base, meta, link, style:not(:root style), svg, math, template, audio, video, marquee')]
      .map((e) => e.tagName);
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/u.test(attr.name) || /^\s*javascript:/iu.test(attr.value) || attr.name === 'srcdoc' || (attr.name === 'style' && /url\(/u.test(attr.value))) found.push(`${el.tagName}[${attr.name}]`);
      }
    }
    return found;
  }, selector);
}

export function hostilePagesRunNothing(get: () => Session): void {
  it(`hostile article (${VECTORS.length} vectors): popup, reader page and clean view run none of it`, async () => {
    const session = get();
    const url = session.server.page('hostile.html', hostilePage(`${session.server.origin}/beacon`, { forBrowser: true }));
    await withPopup(session, url, async ({ page, popup }) => {
      // The page loads its own beacons (iframes, objects, styles): that is the page, not us.
      await settle(1500);
      const baseline = session.server.beaconHits.length;
      const pwned = (p: TestPage): Promise<unknown> => p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);
      expect(await pwned(page)).toBeNull();

      expect(await popup.evaluate(() => document.body.dataset['state'])).toBe('done');
      expect(await popup.evaluate(() => document.querySelector('#article .cl-body')?.textContent ?? '')).toContain('the vote will be held in June');
      expect(await dangerousInArticle(popup, '#article')).toEqual([]);
      await settle(1000);
      expect(popup.dialogs).toEqual([]);
      expect(await pwned(popup)).toBeNull();

      const reader = await openReaderFrom(session, popup);
      expect(await dangerousInArticle(reader, '#article')).toEqual([]);
      await settle(1000);
      expect(reader.dialogs).toEqual([]);
      expect(await pwned(reader)).toBeNull();
      await reader.close();

      await popup.click('#clean-page');
      await page.waitFor(() => document.querySelector('clearleaf-view') !== null);
      expect(await dangerousInArticle(page, 'clearleaf-view')).toEqual([]);
      await settle(1500);
      expect(page.dialogs).toEqual([]);
      expect(await pwned(page)).toBeNull();

      // Nothing we showed reached the beacon. The in-place view is part of the page, so the page's
      // own images may load there again: those alone are allowed.
      const images = new Set(VECTORS.filter((v) => v.image).map((v) => v.id));
      const ours = session.server.beaconHits.slice(baseline).filter((hit) => !images.has(hit.replace(/^\/beacon\?/u, '').split(/[/?]/u)[0] ?? ''));
      expect(ours).toEqual([]);
      await popup.click('#clean-page');
    });
  });
}
