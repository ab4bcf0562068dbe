/**
 * The reader's side in real browsers: per-site "always clean" that survives reload and restart, a
 * poll injected after load that never reaches the clean view, restoring the page, the reader page,
 * copying, the removed-blocks list, themes, and an accessibility audit with axe-core.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO, loadGoldPages } from '../helpers/gold.js';
import { openReaderFrom, recordClipboard, resetSettings, shot, waitInExtension, withPopup, type Session } from './scenarios.js';
import type { TestPage } from './support/browsers.js';
import { viewFrame } from './clean-view-scenarios.js';

const local = Object.fromEntries(loadGoldPages(path.join(REPO, 'tests/fixtures/pages')).map((p) => [p.name, p]));
const STRUCTURE = local['keeps-structure'];
const POLL_QUESTION = 'Should the legislature override the governor on school funding?*';
/** A real paragraph the page adds with the poll, as live coverage does: the clean view shows it once it has re-read the page. */
const LATE_UPDATE = 'Update: the budget office said on Friday evening that the revised figures will be published with the full committee report next week.';

/** The clean view's text (read in its frame, by the test tool), or null when the original page is showing. */
async function viewText(page: TestPage): Promise<string | null> {
  if (!(await page.evaluate(() => document.querySelector('clearleaf-view') !== null))) return null;
  return (await viewFrame(page)).evaluate(() => document.body.textContent);
}

async function waitForView(page: TestPage, shown: boolean): Promise<void> {
  await page.waitFor((want) => (document.querySelector('clearleaf-view') !== null) === want, shown, 20_000);
  if (shown) await (await viewFrame(page)).waitFor(() => document.querySelector('.cl-body') !== null, undefined, 20_000);
}

/** A page that injects a poll into its article two seconds after load, as ad-tech widgets do, and appends an update. */
function pageWithLatePoll(session: Session): string {
  if (!STRUCTURE) throw new Error('tests/fixtures/pages/keeps-structure.html is missing');
  const script = `<script>setTimeout(() => {
    const box = document.createElement('div');
    box.className = 'poll-widget';
    box.innerHTML = '<p class="question">${POLL_QUESTION}</p><form><label><input type="radio" name="v"> Yes</label><label><input type="radio" name="v"> No</label><button>Vote now</button></form><p>This survey signs you up for our partner e-mail offers. Unsubscribe at any time.</p>';
    document.querySelector('.entry-content p:nth-of-type(2)').after(box);
    const update = document.createElement('p');
    update.textContent = '${LATE_UPDATE}';
    document.querySelector('.entry-content').append(update);
    document.body.dataset.pollInjected = 'yes';
  }, 2000);</script>`;
  return session.server.page('late-poll.html', STRUCTURE.html.replace('</body>', `${script}</body>`));
}

async function setAlwaysClean(session: Session, url: string, on: boolean): Promise<void> {
  await withPopup(session, url, async ({ page, popup }) => {
    const checked = await popup.evaluate(() => (document.getElementById('always-site') as HTMLInputElement).checked);
    if (checked !== on) await popup.click('#always-site');
    await popup.waitFor((want) => (document.getElementById('always-site') as HTMLInputElement).checked === want, on);
    await waitForView(page, on);
  });
}

/** On, a fresh visit, the late poll, reload, restart, off. */
async function alwaysCleanScenario(session: Session): Promise<void> {
  const url = pageWithLatePoll(session);
  const first = STRUCTURE?.gold.paragraphs[0] ?? '';
  await setAlwaysClean(session, url, true);

  // A fresh visit: the registered content script cleans the page by itself.
  let page = await session.browser.openPage(url);
  await waitForView(page, true);
  expect(await viewText(page)).toContain(first);
  // The poll the page injects two seconds later reaches the page, never the clean view: the view has
  // re-read the page once the update that came with the poll shows in it.
  await page.waitFor(() => document.body.dataset['pollInjected'] === 'yes', undefined, 10_000);
  await (await viewFrame(page)).waitFor((text) => document.body.textContent.includes(text), LATE_UPDATE, 15_000);
  expect(await page.evaluate(() => document.body.textContent ?? '')).toContain(POLL_QUESTION.replace('*', ''));
  expect(await viewText(page)).not.toContain(POLL_QUESTION.replace('*', ''));
  expect(await viewText(page)).not.toContain('Vote now');
  await page.screenshot(shot(session.browser.name, 'clean-in-place'));

  await page.reload();
  await waitForView(page, true);
  await page.close();

  await session.browser.restart();
  // The reader comes back to the site once the browser is up: by then the registration must be there.
  // (A page restored in the very instant of start-up may load before it; see the note on issue 5.)
  await waitInExtension(session, () => chrome.scripting.getRegisteredContentScripts().then((r) => r.length > 0));
  page = await session.browser.openPage(url);
  await waitForView(page, true);
  expect(await viewText(page)).toContain(first);
  await page.close();

  // Off again: the original page comes back whole.
  await setAlwaysClean(session, url, false);
  // The registration is gone before the visit, and the visit lasts until the page's own late script
  // has run (two seconds after load), long after a document_idle content script would have.
  await waitInExtension(session, () => chrome.scripting.getRegisteredContentScripts().then((r) => r.length === 0));
  page = await session.browser.openPage(url);
  await page.waitFor(() => document.body.dataset['pollInjected'] === 'yes', undefined, 10_000);
  expect(await page.evaluate(() => document.querySelector('clearleaf-view'))).toBeNull();
  expect(await page.evaluate(() => document.querySelector('.entry-content')?.textContent ?? '')).toContain(first);
  await page.close();
}

/** Back to default settings, so that a failure here cannot leak into the scenarios after it. */
export { resetSettings };

export function alwaysCleanSite(get: () => Session): void {
  it('"Always clean this site" cleans in place, survives reload and restart, and turning it off restores the page', async () => {
    const session = get();
    try {
      await alwaysCleanScenario(session);
    } finally {
      await resetSettings(session);
    }
  });

  it('a single-page-app navigation (history.pushState and new content) re-reads the page while the clean view shows', async () => {
    const session = get();
    if (!STRUCTURE) throw new Error('tests/fixtures/pages/keeps-structure.html is missing');
    const next = 'The second story of the app reports that the transit board approved a new fare structure on Thursday after a long public hearing.';
    const script = `<script>document.addEventListener('spa-next', () => {
      history.pushState({}, '', '/gen/spa-next');
      document.querySelector('h1').textContent = 'Transit Board Approves New Fares';
      document.querySelector('.entry-content').innerHTML = Array.from({ length: 5 }, (_, i) => '<p>' + i + '. ${next}</p>').join('');
    });</script>`;
    const url = session.server.page('spa.html', STRUCTURE.html.replace('</body>', `${script}</body>`));
    await withPopup(session, url, async ({ page, popup }) => {
      await popup.click('#clean-page');
      await waitForView(page, true);
      expect(await viewText(page)).toContain(STRUCTURE.gold.paragraphs[0] ?? '');
      await page.evaluate(() => document.dispatchEvent(new Event('spa-next')));
      await (await viewFrame(page)).waitFor((text) => document.body.textContent.includes(text), next.slice(0, 60), 15_000);
      expect(await viewText(page)).not.toContain(STRUCTURE.gold.paragraphs[0] ?? '');
      await popup.click('#clean-page');
      await waitForView(page, false);
    });
  });

  it('"Clean this page" shows the clean view in place and "Show the original page" restores it untouched', async () => {
    const session = get();
    const url = `${session.server.origin}/local/keeps-structure.html`;
    await withPopup(session, url, async ({ page, popup }) => {
      const before = await page.evaluate(() => document.body.innerHTML);
      await popup.click('#clean-page');
      await waitForView(page, true);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
      await popup.waitFor(() => document.getElementById('clean-page')?.dataset['clean'] === 'true');
      await popup.click('#clean-page');
      await waitForView(page, false);
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
      expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('');
    });
  });
}

export function readerPageAndActions(get: () => Session): void {
  it('reader page, Markdown and text copies, and the list of what was removed', async () => {
    const session = get();
    const url = `${session.server.origin}/local/poll-reworded.html`;
    await withPopup(session, url, async ({ popup }) => {
      // What was removed: grouped by category, each group listing its blocks.
      const removed = await popup.evaluate(() => [...document.querySelectorAll('#removed-groups details')].map((d) => ({
        category: d.getAttribute('data-category'), items: [...d.querySelectorAll('li')].map((li) => li.textContent ?? ''),
      })));
      expect(removed.map((r) => r.category)).toEqual(expect.arrayContaining(['poll', 'cta']));
      expect(removed.flatMap((r) => r.items).join(' ')).toContain('Do you think the council should put the levy on the ballot?*');

      // Copies go through the clipboard API: record what reaches it.
      await recordClipboard(popup);
      await popup.click('#copy-markdown');
      await popup.click('#copy-text');
      const copied = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied);
      expect(copied[0]).toMatch(/^# City Council Delays Vote on Transit Levy\n\n\*Dana Ortiz\*/u);
      expect(copied[0]).toContain('Council member Ruth Alvarez said the forecast');
      expect(copied[0]).not.toContain('CLICK HERE');
      expect(copied[1]).toMatch(/^City Council Delays Vote on Transit Levy\n\nThe Riverside City Council postponed/u);
      expect(await popup.evaluate(() => document.getElementById('copy-status')?.textContent)).toMatch(/plain text/u);

      // The reader page is a tab of its own that outlives the popup.
      const reader = await openReaderFrom(session, popup);
      await popup.close();
      expect(await reader.evaluate(() => document.querySelector('#article .cl-title')?.textContent)).toBe('City Council Delays Vote on Transit Levy');
      expect(await reader.evaluate(() => (document.getElementById('original') as HTMLAnchorElement).href)).toBe(url);
      await reader.close();
    });
  });

  it('the global switch turns Clearleaf off and on again', async () => {
    const session = get();
    const url = `${session.server.origin}/local/poll-reworded.html`;
    await withPopup(session, url, async ({ popup }) => {
      await popup.click('#enabled');
      await popup.waitFor(() => document.body.dataset['state'] === 'message' && /off/iu.test(document.getElementById('status')?.textContent ?? ''));
    });
    await withPopup(session, url, async ({ popup }) => {
      expect(await popup.evaluate(() => (document.getElementById('enabled') as HTMLInputElement).checked)).toBe(false);
      await popup.click('#enabled');
      await popup.waitFor(() => document.body.dataset['state'] === 'done');
    });
  });
}

/** Picks a theme in a page's select (popup or options page), as a reader does. */
export function chooseTheme(popup: TestPage, theme: string): Promise<void> {
  return popup.evaluate((t) => {
    const select = document.getElementById('theme') as HTMLSelectElement;
    select.value = t;
    select.dispatchEvent(new Event('change'));
  }, theme);
}

export function themesAndAccessibility(get: () => Session): void {
  const axeSource = fs.readFileSync(path.join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const audit = async (page: TestPage): Promise<string[]> => {
    const violations = await page.evaluateScript<{ id: string; nodes: unknown[] }[]>(
      `${axeSource};\naxe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) })))`,
    );
    return violations.map((v) => `${v.id} ${JSON.stringify(v.nodes)}`);
  };

  it('popup and reader page in light and dark themes, with no axe-core violations in popup, reader and options pages', async () => {
    const session = get();
    const name = session.browser.name;
    const url = `${session.server.origin}/local/keeps-structure.html`;
    for (const theme of ['light', 'dark'] as const) {
      await withPopup(session, url, async ({ popup }) => {
        await chooseTheme(popup, theme);
        await popup.waitFor((t) => document.body.dataset['theme'] === t, theme);
        expect(await audit(popup), `popup (${theme})`).toEqual([]);
        await popup.screenshot(shot(name, `popup-${theme}`));
        const reader = await openReaderFrom(session, popup);
        expect(await reader.evaluate(() => document.body.dataset['theme'])).toBe(theme);
        expect(await audit(reader), `reader page (${theme})`).toEqual([]);
        await reader.screenshot(shot(name, `reader-${theme}`));
        await reader.close();
      });
    }
    const options = await session.browser.openExtensionPage('options.html');
    expect(await audit(options), 'options page').toEqual([]);
    await options.screenshot(shot(name, 'options'));
    await options.close();
    // Back to following the system, for the scenarios after this one.
    await withPopup(session, url, ({ popup }) => chooseTheme(popup, 'system'));
  });
}

/**
 * Two popups open at once (two windows): a change in one must not be undone by the next click in the
 * other. Before the fix, the second popup kept the settings it loaded and saved them back whole.
 */
export function popupSettingsStayFresh(get: () => Session): void {
  it('a popup picks up a settings change made elsewhere before it saves its own', async () => {
    const session = get();
    const url = `${session.server.origin}/local/keeps-structure.html`;
    const fontSize = (popup: TestPage): Promise<string> =>
      popup.evaluate(() => document.body.style.getPropertyValue('--cl-font-size'));
    try {
      await withPopup(session, url, async ({ popup: first }) => {
        const before = await fontSize(first);
        await withPopup(session, url, async ({ popup: second }) => {
          await second.click('#font-larger');
          await first.waitFor((old) => document.body.style.getPropertyValue('--cl-font-size') !== old, before);
        });
        const larger = await fontSize(first);
        expect(larger).not.toBe(before);
        // The next click in the first popup saves its own change on top of the other window's.
        await chooseTheme(first, 'sepia');
        await first.waitFor(() => document.body.dataset['theme'] === 'sepia');
        await withPopup(session, url, async ({ popup: third }) => {
          expect(await third.evaluate(() => document.body.dataset['theme'])).toBe('sepia');
          expect(await fontSize(third)).toBe(larger);
          expect(await third.evaluate(() => (document.getElementById('theme') as HTMLSelectElement).value)).toBe('sepia');
        });
      });
    } finally {
      await resetSettings(session);
    }
  });
}
