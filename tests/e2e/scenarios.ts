/**
 * What a reader does, in a real browser with the built extension: the same scenarios for Chromium
 * and Firefox. Pages are served on 127.0.0.1; screenshots go to artifacts/ (git-ignored).
 */
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserMissing, languageMissing, launch, type BrowserName, type ExtensionBrowser, type LaunchOptions, type TestPage } from './support/browsers.js';
import { servedPages } from './support/fixtures.js';
import { startServer, type TestServer } from './support/server.js';
import { imageServerMissing, startImageServer, type ImageServer } from './support/image-server.js';

export interface Session {
  browser: ExtensionBrowser;
  server: TestServer;
  /** The https image host that records cookies and referrers (null where openssl is missing). */
  images: ImageServer | null;
}

/** Opens `url` in a tab, then the popup for that tab (as a page, with ?tabId=). */
export async function popupFor(session: Session, url: string): Promise<{ page: TestPage; popup: TestPage }> {
  const page = await session.browser.openPage(url);
  const tabId = await session.browser.tabIdFor(page.url());
  const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.waitFor(() => document.body.dataset['state'] && document.body.dataset['state'] !== 'loading', undefined, 30_000);
  return { page, popup };
}

/** Runs `use` on a page and its popup, and closes both whatever happens. */
export async function withPopup(session: Session, url: string, use: (pages: { page: TestPage; popup: TestPage }) => Promise<void>): Promise<void> {
  const pages = await popupFor(session, url);
  try {
    await use(pages);
  } finally {
    await pages.popup.close().catch(() => undefined);
    await pages.page.close().catch(() => undefined);
  }
}

/** Clicks "Open reader page" in a popup and opens the reader tab it made as a test page. */
export async function openReaderFrom(session: Session, popup: TestPage): Promise<TestPage> {
  // Reader tabs of earlier tests stay open: wait for a tab that was not there before the click, or
  // a test could read another article's reader page while the new tab has no URL yet.
  const before = await popup.evaluate(async () =>
    (await chrome.tabs.query({})).filter((t) => t.url?.includes('/reader.html?id=')).map((t) => t.id ?? -1));
  await popup.click('#open-reader');
  const readerUrl = await popup.evaluate(async (known) => {
    for (let i = 0; i < 50; i += 1) {
      const tab = (await chrome.tabs.query({})).find((t) => t.url?.includes('/reader.html?id=') && !known.includes(t.id ?? -1));
      if (tab?.url) return tab.url;
      await new Promise((r) => setTimeout(r, 100));
    }
    return '';
  }, before);
  if (!readerUrl) throw new Error('the popup opened no reader tab');
  const reader = await session.browser.openExtensionPage(readerUrl.replace(/^[a-z-]+:\/\/[^/]+\//u, ''));
  await reader.waitFor(() => document.body.dataset['state'] === 'done');
  return reader;
}

export function shot(name: BrowserName, what: string): string {
  return path.join(ARTIFACTS, `${name}-${what}.png`);
}

/** Registers every scenario for one browser, sharing one browser and one server per file. */
/** Copies go through the clipboard API: records what reaches it in `window.copied`. */
export async function recordClipboard(popup: TestPage): Promise<void> {
  await popup.evaluate(() => {
    const w = window as unknown as { copied: string[] };
    w.copied = [];
    navigator.clipboard.writeText = (text: string) => {
      w.copied.push(text);
      return Promise.resolve();
    };
  });
}

/**
 * A page whose main thread is blocked for 20 s, and the popup for it: neither injection nor
 * extraction can answer within the popup's 15 s. Every tab is open before the block starts, because in Firefox the
 * driver cannot open a new tab while a page is blocked (it waits the block out, and then the page answers).
 */
export async function popupForBusyPage(session: Session, name: string): Promise<{ page: TestPage; popup: TestPage }> {
  const spin = 'let spun = false; function spin() { if (spun) return; spun = true; const end = Date.now() + 20000; while (Date.now() < end); }';
  const page = await session.browser.openPage(session.server.page(name, `<!doctype html><title>Busy</title><p>Busy page.</p><script>${spin}</script>`));
  const tabId = await session.browser.tabIdFor(page.url());
  const popup = await session.browser.openExtensionPage('options.html');
  // Queued now, run in the page's next task: before the popup asks.
  await page.evaluateScript('void setTimeout(spin, 0)');
  await popup.goto(session.browser.extensionUrl(`popup.html?tabId=${tabId}`));
  return { page, popup };
}

/** Waits until `fn`, run with the extension's privileges, returns something truthy (polled every 100 ms). */
export async function waitInExtension<A = undefined>(session: Session, fn: (arg: A) => unknown, arg?: A, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await session.browser.inExtension(fn, arg))) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms in the extension for ${fn.toString().slice(0, 100)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Fresh storage: default settings, no site rules, nothing learned (every test starts from it). */
export async function resetSettings(session: Session): Promise<void> {
  await session.browser.inExtension(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear()]));
}

export function browserSuite(name: BrowserName, scenarios: ((s: () => Session) => void)[], options: LaunchOptions = {}): void {
  const missing = browserMissing(name) ?? (options.lang ? languageMissing(name, options.lang) : null);
  if (missing) {
    if (process.env['CI']) throw new Error(`${name}: ${missing}`);
    console.warn(`${name} end-to-end tests skipped: ${missing}`);
  }
  describe.skipIf(missing !== null)(`${name}${options.lang ? ` (${options.lang})` : ''}: the built extension`, () => {
    let session: Session | undefined;
    beforeAll(async () => {
      const started = Date.now();
      const noImages = imageServerMissing();
      if (noImages && process.env['CI']) throw new Error(noImages);
      const images = noImages ? null : await startImageServer();
      session = { browser: await launch(name, { ...options, ...(images ? { trust: images.certificate } : {}) }), server: await startServer(), images };
      console.log(`${name}: launched with the extension in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
    afterAll(async () => {
      await session?.browser.close();
      await session?.server.close();
      await session?.images?.close();
    });
    const get = (): Session => {
      if (!session) throw new Error('browser did not start');
      return session;
    };
    // Every fixture is served from 127.0.0.1, one site: without a fresh start, site memory would learn
    // the lines the fixtures share from earlier tests and change what later tests see.
    beforeEach(() => resetSettings(get()));
    for (const scenario of scenarios) scenario(get);
  });
}

// ------------------------------------------------------------------ the popup reads the page

export function popupShowsArticles(get: () => Session): void {
  for (const fixture of servedPages()) {
    it(`popup on ${fixture.name}: ${fixture.gold.isArticle ? 'title, first and last paragraph' : 'says there is no article'}`, async () => {
      const session = get();
      await withPopup(session, session.server.origin + fixture.servedAt, async ({ popup }) => {
        if (!fixture.gold.isArticle) {
          expect(await popup.evaluate(() => document.body.dataset['state'])).toBe('message');
          expect(await popup.evaluate(() => document.getElementById('status')?.textContent ?? '')).toMatch(/no article/iu);
          return;
        }
        const seen = await popup.evaluate(() => ({
          state: document.body.dataset['state'],
          title: document.querySelector('#article .cl-title')?.textContent ?? '',
          body: document.querySelector<HTMLElement>('#article .cl-body')?.textContent ?? '',
          scripts: document.querySelectorAll('#article script, #article iframe, #article form').length,
        }));
        expect(seen.state).toBe('done');
        expect(seen.title).toBe(fixture.gold.title);
        const squash = (s: string): string => s.replace(/\s+/gu, ' ');
        expect(squash(seen.body)).toContain(squash(fixture.gold.paragraphs[0] ?? ''));
        expect(squash(seen.body)).toContain(squash(fixture.gold.paragraphs.at(-1) ?? ''));
        expect(seen.scripts).toBe(0);
        await popup.screenshot(shot(session.browser.name, `popup-${fixture.name}`));
      });
    });
  }
}

export function popupExplainsRestrictedPages(get: () => Session): void {
  it('popup on a browser page says why it cannot clean it', async () => {
    const session = get();
    await withPopup(session, 'about:blank', async ({ popup }) => {
      expect(await popup.evaluate(() => document.body.dataset['state'])).toBe('message');
      expect(await popup.evaluate(() => document.getElementById('status')?.textContent ?? '')).toMatch(/browser's own pages|cannot read this kind of page/iu);
    });
  });
}

// ------------------------------------------------------------------ sources in the popup

export function popupShowsSources(get: () => Session): void {
  it.skipIf(!servedPages().some((p) => p.name === 'patriotfetch-dmitriev'))('popup summarises the seed article\'s sources and jumps to a quote', async () => {
    const session = get();
    await withPopup(session, `${session.server.origin}/shared/patriotfetch-dmitriev.html`, async ({ popup }) => {
      expect(await popup.evaluate(() => document.getElementById('sources-summary')?.textContent))
        // Served from 127.0.0.1, the page's "TAP HERE" link to patriotfetch.com/ is not its own front
        // page (links are judged against the page's address), so it counts as a sixth outbound link.
        .toBe('10 sources · 6 named · 4 anonymous · 4 direct quotes · 6 links to 6 sites');
      const groups = await popup.evaluate(() => [...document.querySelectorAll('#sources-groups h3')].map((h) => h.textContent));
      expect(groups).toEqual(['People (5)', 'Anonymous (3)', 'Documents & data (2)', 'Links (6)']);
      // Choosing a source scrolls the article to its first quote and marks it.
      await popup.evaluate(() => {
        const row = [...document.querySelectorAll<HTMLButtonElement>('button.cl-source')].find((b) => b.querySelector('strong')?.textContent === 'Scott Bessent');
        row?.click();
      });
      const marked = await popup.evaluate(() => document.querySelector('#article mark.cl-highlight')?.textContent ?? '');
      expect(marked).toMatch(/^these measures intend/u);
      await popup.screenshot(shot(session.browser.name, 'popup-sources'));
    });
  });
}
