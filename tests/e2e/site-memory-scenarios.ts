/**
 * Issue 12 in real browsers: put a removed block back (always on this site) and see it after a
 * reload, hide a block and find it gone and listed, site memory learning over three served articles,
 * export → forget everything → import restoring it all, and the new controls named, reachable and
 * clean under axe-core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO } from '../helpers/gold.js';
import { PROMO, SIGN_OFF, sitePage, storyParagraphs } from '../helpers/site-pages.js';
import { shot, withPopup, type Session } from './scenarios.js';
import type { TestPage } from './support/browsers.js';
import { viewFrame } from './clean-view-scenarios.js';

const NEWSLETTER = 'Sign up for our newsletter';
const NEWSLETTER_BOX = `<div class="newsletter-box"><h3>${NEWSLETTER}</h3><p>The week in Zebra County, every Friday.</p></div>`;
// A fixed phrase no built-in rule knows (built-in rules now take "Republish this article").
const FIXED_PHRASE = 'Printed in the county edition';

/** Serves the n-th article of the made-up site (each test uses its own numbers, so pages never repeat). */
function serve(session: Session, n: number, extra = ''): string {
  return session.server.page(`site-${n}.html`, sitePage(n, extra));
}

function articleText(popup: TestPage): Promise<string> {
  return popup.evaluate(() => document.getElementById('article')?.textContent ?? '');
}

/** "What was removed" as category → texts. */
function removedList(popup: TestPage): Promise<Record<string, string[]>> {
  return popup.evaluate(() => Object.fromEntries([...document.querySelectorAll('#removed-groups details')].map((d) => [
    d.getAttribute('data-category') ?? '', [...d.querySelectorAll('li > span:first-child')].map((s) => s.textContent ?? ''),
  ])));
}

/** Opens every group of "What was removed", so its buttons can be clicked like a reader would. */
async function openRemoved(popup: TestPage): Promise<void> {
  await popup.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
}

async function clearAll(session: Session): Promise<void> {
  const options = await session.browser.openExtensionPage('options.html');
  await options.evaluate(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]));
  await options.close();
}

async function withCleanStorage(session: Session, run: () => Promise<void>): Promise<void> {
  await clearAll(session);
  try {
    await run();
  } finally {
    await clearAll(session);
  }
}

/** Opens three articles of the site in the popup: what site memory learns from. */
async function readThree(session: Session, first: number): Promise<void> {
  for (let n = first; n < first + 3; n += 1) {
    await withPopup(session, serve(session, n), async ({ popup }) => {
      expect(await articleText(popup)).toContain(PROMO);
    });
  }
}

const axeSource = (): string => fs.readFileSync(path.join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');
async function audit(page: TestPage): Promise<string[]> {
  const violations = await page.evaluateScript<{ id: string; nodes: unknown[] }[]>(
    `${axeSource()};\naxe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })))`,
  );
  return violations.map((v) => `${v.id} ${JSON.stringify(v.nodes)}`);
}

/** Every new control is a real, enabled button or input in the tab order, with a name. */
async function unnamedOrUnreachable(page: TestPage, selector: string): Promise<string[]> {
  return page.evaluate((sel) => [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => {
    const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    const control = el instanceof HTMLButtonElement || el instanceof HTMLInputElement;
    return !control || (el as HTMLButtonElement).disabled || el.tabIndex < 0 || name.trim() === '';
  }).map((el) => el.outerHTML.slice(0, 120)), selector);
}

export function siteRulesAndMemory(get: () => Session): void {
  it('the in-place view has the same controls: hide a block, put a removed one back', async () => {
    const session = get();
    await withCleanStorage(session, async () => {
      await withPopup(session, serve(session, 40, `<p>${FIXED_PHRASE}</p>${NEWSLETTER_BOX}`), async ({ page, popup }) => {
        await popup.click('#clean-page');
        // The view is an extension page in a frame: the test tool reaches it, the page cannot.
        const view = await viewFrame(page);
        await view.waitFor(() => document.querySelector('#hide-mode') !== null, undefined, 15_000);
        await view.click('#hide-mode');
        await view.click(`.cl-hide-block[aria-label="Hide: ${FIXED_PHRASE}"]`);
        await view.waitFor(() => document.querySelector('details[data-category="hidden"]') !== null, undefined, 15_000);
        expect(await view.evaluate(() => document.querySelector('article')?.textContent ?? '')).not.toContain(FIXED_PHRASE);
        await view.evaluate(() => document.querySelector('details[data-category="newsletter"]')?.setAttribute('open', ''));
        await view.click('details[data-category="newsletter"] .cl-removed-action');
        await view.waitFor((text) => document.querySelector('article')?.textContent?.includes(text), NEWSLETTER, 15_000);
        await page.screenshot(shot(session.browser.name, 'in-place-site-controls'));
      });
    });
  });

  it('puts a removed block back, always on this site, and it is there after a reload and on another article', async () => {
    const session = get();
    await withCleanStorage(session, async () => {
      const url = serve(session, 10, NEWSLETTER_BOX);
      await withPopup(session, url, async ({ popup }) => {
        expect(await articleText(popup)).not.toContain(NEWSLETTER);
        await openRemoved(popup);
        expect((await removedList(popup))['newsletter']?.join(' ')).toContain(NEWSLETTER);
        await popup.click(`#removed-groups details[data-category="newsletter"] .cl-removed-action:nth-of-type(2)`);
        await popup.waitFor((text) => document.getElementById('article')?.textContent?.includes(text), NEWSLETTER, 15_000);
        await popup.screenshot(shot(session.browser.name, 'put-back'));
      });
      for (const next of [url, serve(session, 11, NEWSLETTER_BOX)]) {
        await withPopup(session, next, async ({ popup }) => {
          expect(await articleText(popup)).toContain(NEWSLETTER);
          expect((await removedList(popup))['newsletter']).toBeUndefined();
        });
      }
    });
  });

  it('hides a block on this site: it goes at once, stays gone after a reload, is listed as hidden by you, and can be shown again', async () => {
    const session = get();
    await withCleanStorage(session, async () => {
      const url = serve(session, 20, `<p>${FIXED_PHRASE}</p>`);
      await withPopup(session, url, async ({ popup }) => {
        expect(await articleText(popup)).toContain(FIXED_PHRASE);
        await popup.click('#hide-mode');
        expect(await unnamedOrUnreachable(popup, '#hide-mode, #hide-on-site, .cl-hide-block')).toEqual([]);
        await popup.click(`.cl-hide-block[aria-label="Hide: ${FIXED_PHRASE}"]`);
        expect(await articleText(popup)).not.toContain(FIXED_PHRASE);
        await popup.waitFor(() => document.querySelector('#removed-groups details[data-category="hidden"]') !== null, undefined, 15_000);
        await openRemoved(popup);
        expect(await audit(popup), 'popup in hide mode, removed groups open').toEqual([]);
      });
      await withPopup(session, serve(session, 21, `<p>${FIXED_PHRASE}!</p>`), async ({ popup }) => {
        expect(await articleText(popup)).not.toContain(FIXED_PHRASE);
        expect((await removedList(popup))['hidden']).toEqual([`${FIXED_PHRASE}!`]);
        for (const p of storyParagraphs(21)) expect(await articleText(popup)).toContain(p);
        // Undo: "Show again" drops the rule.
        await openRemoved(popup);
        await popup.click('#removed-groups details[data-category="hidden"] .cl-removed-action');
        await popup.waitFor((text) => document.getElementById('article')?.textContent?.includes(text), FIXED_PHRASE, 15_000);
      });
      await withPopup(session, url, async ({ popup }) => {
        expect(await articleText(popup)).toContain(FIXED_PHRASE);
      });
    });
  });

  it('learns the site\'s promo line and sign-off over three articles; export, forget everything and import bring it back', async () => {
    const session = get();
    await withCleanStorage(session, async () => {
      await readThree(session, 30);
      const fourth = serve(session, 33, `<p>${FIXED_PHRASE}</p>`);
      await withPopup(session, fourth, async ({ popup }) => {
        // One hide rule of the reader's own, to travel in the file with what was learned.
        await popup.click('#hide-mode');
        await popup.click(`.cl-hide-block[aria-label="Hide: ${FIXED_PHRASE}"]`);
        await popup.waitFor(() => document.querySelector('#removed-groups details[data-category="hidden"]') !== null, undefined, 15_000);
        const text = await articleText(popup);
        expect(text).not.toContain(PROMO);
        expect(text).not.toContain(SIGN_OFF);
        for (const p of storyParagraphs(33)) expect(text).toContain(p);
        expect((await removedList(popup))['learned']).toEqual([PROMO, SIGN_OFF]);
        await openRemoved(popup);
        expect(await unnamedOrUnreachable(popup, '.cl-removed-action')).toEqual([]);
        expect(await audit(popup), 'popup with learned and hidden blocks listed').toEqual([]);
        await popup.screenshot(shot(session.browser.name, 'learned'));
      });

      const options = await session.browser.openExtensionPage('options.html');
      try {
        await options.waitFor(() => document.querySelector('#learned-sites li[data-site="127.0.0.1"]') !== null, undefined, 10_000);
        expect(await options.evaluate(() => document.querySelector('#learned-sites li')?.textContent)).toMatch(/127\.0\.0\.1: 4 articles read, 2 lines learned, 1 of your rules/u);
        expect(await unnamedOrUnreachable(options, '#learned-sites button, #forget-everything, #export-site-data, #import-site-data')).toEqual([]);
        expect(await audit(options), 'options page with what was learned').toEqual([]);
        // Export: the file the download link carries.
        const file = await options.evaluate(async () => {
          let blob: Blob | null = null;
          const create = URL.createObjectURL.bind(URL);
          URL.createObjectURL = (b: Blob | MediaSource) => { blob = b as Blob; return create(b); };
          HTMLAnchorElement.prototype.click = () => undefined;
          document.getElementById('export-site-data')?.click();
          for (let i = 0; i < 50 && !blob; i += 1) await new Promise((r) => setTimeout(r, 100));
          return blob ? (blob as Blob).text() : '';
        });
        expect(JSON.parse(file)).toMatchObject({ format: 'clearleaf-site-data', version: 1 });
        expect(file).not.toContain('Gazette');

        await options.click('#forget-everything');
        await options.waitFor(() => document.querySelectorAll('#learned-sites li').length === 0, undefined, 10_000);
        const importFile = (text: string): Promise<void> => options.evaluate((t) => {
          const input = document.getElementById('import-site-data') as HTMLInputElement;
          const data = new DataTransfer();
          data.items.add(new File([t], 'clearleaf-sites.json', { type: 'application/json' }));
          input.files = data.files;
          input.dispatchEvent(new Event('change'));
        }, text);
        // A bad file: a clear message, and nothing changes.
        await importFile('{"format":"clearleaf-site-data","version":1,"memory":{"version":1,"sites":{"127.0.0.1":{"used":"x"}}}}');
        await options.waitFor(() => /Nothing was imported/u.test(document.getElementById('learned-status')?.textContent ?? ''), undefined, 10_000);
        expect(await options.evaluate(() => document.getElementById('learned-status')?.textContent)).toContain('learned lines for 127.0.0.1 are damaged');
        expect(await options.evaluate(() => document.querySelectorAll('#learned-sites li').length)).toBe(0);
        await importFile(file);
        await options.waitFor(() => document.querySelector('#learned-sites li[data-site="127.0.0.1"]') !== null, undefined, 10_000);
      } finally {
        await options.close();
      }
      await withPopup(session, serve(session, 34, `<p>${FIXED_PHRASE}</p>`), async ({ popup }) => {
        const text = await articleText(popup);
        expect(text).not.toContain(PROMO);
        expect(text).not.toContain(FIXED_PHRASE);
        expect(await removedList(popup)).toMatchObject({ learned: [PROMO, SIGN_OFF], hidden: [FIXED_PHRASE] });
      });
    });
  });
}
