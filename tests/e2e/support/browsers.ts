/**
 * The built extension in real browsers: Debian's Chromium through playwright-core and Debian's
 * Firefox ESR through puppeteer-core (WebDriver BiDi). Both behind one small interface so every
 * scenario runs the same way in each. Recipes: ../shared/notes/real-browser-testing.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame as PwFrame, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Frame as PpFrame, type Page as PpPage } from 'puppeteer-core';
import { REPO } from '../../helpers/gold.js';
import { firefoxCertOverride, type TrustedCertificate } from './image-server.js';

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  readonly url: () => string;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Runs a script's source in the page (not subject to the page's CSP: a test tool's own channel). */
  evaluateScript<T>(source: string): Promise<T>;
  /** Waits until `fn` returns a truthy value in the page. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Presses a key as the reader does (a trusted event), in whatever has focus. */
  press(key: string): Promise<void>;
  /** The whole page by default; `fullPage: false` takes exactly the viewport (store screenshots). */
  screenshot(file: string, fullPage?: boolean): Promise<void>;
  /** Resizes the page's viewport (CSS pixels), as a phone or a store screenshot needs. */
  setViewport(width: number, height: number): Promise<void>;
  reload(): Promise<void>;
  /** Navigates this tab to `url` (an extension page's address from ExtensionBrowser.extensionUrl, or a web page). */
  goto(url: string): Promise<void>;
  close(): Promise<void>;
  /** Messages of every dialog (alert, confirm, prompt) the page opened; each is dismissed. */
  readonly dialogs: string[];
  /**
   * A frame of the page whose address contains `urlPart` (the in-place view's extension page), as the
   * test tool sees it: its own channel, not the page's. Waits up to `timeoutMs` for it to appear.
   */
  frame(urlPart: string, timeoutMs?: number): Promise<TestFrame>;
}

/** A frame inside a TestPage: evaluated and clicked through the test tool, like a page. */
export type TestFrame = Pick<TestPage, 'evaluate' | 'waitFor' | 'click' | 'url'>;

export interface ExtensionBrowser {
  readonly name: BrowserName;
  openPage(url: string): Promise<TestPage>;
  /** An extension page such as "popup.html?tabId=3". */
  openExtensionPage(pathAndQuery: string): Promise<TestPage>;
  /** The full address of an extension page, for TestPage.goto. */
  extensionUrl(pathAndQuery: string): string;
  tabIdFor(url: string): Promise<number>;
  /**
   * Runs `fn` with the extension's privileges (chrome.storage, chrome.tabs…): in Chromium's service
   * worker, in Firefox in an extension tab kept open for it (opening a tab per call cost a second a test).
   */
  inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Quits and starts again on the same profile, with the extension loaded again. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export const EXTENSION_DIR = (name: BrowserName): string => path.join(REPO, 'dist/test', name === 'chromium' ? 'chrome' : 'firefox');
export const ARTIFACTS = path.join(REPO, 'artifacts');
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

export function browserMissing(name: BrowserName): string | null {
  const file = name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  if (!fs.existsSync(file)) return `${file} is not installed (apt-get install ${name === 'chromium' ? 'chromium' : 'firefox-esr'})`;
  if (!fs.existsSync(path.join(EXTENSION_DIR(name), 'manifest.json'))) return 'the extension is not built: run npm run build first';
  return null;
}

/** `lang`: the browser's UI language (Chromium reads it from the environment on Linux; Firefox needs its langpack). */
export interface LaunchOptions {
  lang?: 'es';
  /** One self-signed certificate the browser accepts, for its host and port only (the https image host). */
  trust?: TrustedCertificate;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

/** Why a browser cannot show its UI in `lang` here (its language files are not installed), or null. */
export function languageMissing(name: BrowserName, lang: 'es'): string | null {
  const file = name === 'chromium' ? `/usr/lib/chromium/locales/${lang}.pak` : FIREFOX_LANGPACK;
  return fs.existsSync(file) ? null : `${file} is missing (Debian: ${name === 'chromium' ? 'chromium-l10n' : 'firefox-esr-l10n-es-es'})`;
}
const FIREFOX_LANGPACK = '/usr/lib/firefox-esr/browser/extensions/langpack-es-ES@firefox-esr.mozilla.org.xpi';

/**
 * The tab showing `url`. Tabs the extension may not read (about:, chrome://) have no url for it:
 * for those, the newest such tab.
 */
async function findTab(url: string): Promise<number | undefined> {
  const tabs = await chrome.tabs.query({});
  const exact = tabs.find((t) => t.url === url);
  if (exact) return exact.id;
  const hidden = tabs.filter((t) => t.url === undefined || t.url === url).map((t) => t.id ?? -1);
  return hidden.length ? Math.max(...hidden) : undefined;
}

// ---------------------------------------------------------------- Chromium

/** What Playwright's and Puppeteer's pages have in common, as far as the tests need it. */
interface DriverFrame {
  url(): string;
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  click(selector: string): Promise<unknown>;
}

interface DriverPage {
  url(): string;
  frames(): DriverFrame[];
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  click(selector: string): Promise<unknown>;
  keyboard: { press(key: string): Promise<unknown> };
  screenshot(options: { path: `${string}.png`; fullPage: boolean }): Promise<unknown>;
  reload(): Promise<unknown>;
  close(): Promise<unknown>;
  on(event: 'dialog', listener: (dialog: { message(): string; dismiss(): Promise<void> }) => void): unknown;
}

/** One TestPage over either driver; only waiting for a condition is spelled differently. */
function wrap(
  page: DriverPage,
  waitFor: (fn: unknown, arg: unknown, timeoutMs: number) => Promise<unknown>,
  setViewport: (width: number, height: number) => Promise<unknown>,
  goto: (url: string) => Promise<unknown>,
  frameWaitFor: (frame: DriverFrame, fn: unknown, arg: unknown, timeoutMs: number) => Promise<unknown>,
): TestPage {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss().catch(() => undefined);
  });
  return {
    dialogs,
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg) as never,
    evaluateScript: (source) => page.evaluate(source) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await waitFor(fn, arg, timeoutMs);
    },
    click: async (selector) => {
      await page.click(selector);
    },
    press: async (key) => {
      await page.keyboard.press(key);
    },
    screenshot: async (file, fullPage = true) => {
      await page.screenshot({ path: file as `${string}.png`, fullPage });
    },
    setViewport: async (width, height) => {
      await setViewport(width, height);
    },
    reload: async () => {
      await page.reload();
    },
    goto: async (url) => {
      await goto(url);
    },
    close: async () => {
      await page.close();
    },
    frame: async (urlPart, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        // Puppeteer over BiDi may still name a frame by its first address (about:blank): ask the frame itself.
        // (A frame the page's CSP blocked may never get a context to evaluate in: each asks for a second at most.)
        const href = (f: DriverFrame): Promise<string> => f.url().includes(urlPart) ? Promise.resolve(f.url())
          : Promise.race([f.evaluate(() => location.href).then(String, () => f.url()), new Promise<string>((r) => setTimeout(() => r(f.url()), 1000))]);
        const hrefs = await Promise.all(page.frames().map(href));
        const found = page.frames()[hrefs.findIndex((href) => href.includes(urlPart))];
        if (found) {
          return {
            url: () => found.url(),
            evaluate: (fn, arg) => found.evaluate(fn, arg) as never,
            waitFor: async (fn, arg, ms = 15_000) => {
              await frameWaitFor(found, fn, arg, ms);
            },
            click: async (selector) => {
              await found.click(selector);
            },
          };
        }
        if (Date.now() > deadline) throw new Error(`no frame at ${urlPart} in ${page.url()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

const wrapPlaywright = (page: PwPage): TestPage =>
  wrap(page, (fn, arg, timeout) => page.waitForFunction(fn as never, arg, { timeout, polling: 100 }), (width, height) => page.setViewportSize({ width, height }), (url) => page.goto(url),
    (frame, fn, arg, timeout) => (frame as PwFrame).waitForFunction(fn as never, arg, { timeout, polling: 100 }));

const wrapPuppeteer = (page: PpPage): TestPage =>
  wrap(page, (fn, arg, timeout) => page.waitForFunction(fn as never, { timeout, polling: 100 }, arg), (width, height) => page.setViewport({ width, height }),
    (url) => url.startsWith('moz-extension:') ? gotoExtensionPage(page, url) : page.goto(url),
    (frame, fn, arg, timeout) => (frame as PpFrame).waitForFunction(fn as never, { timeout, polling: 100 }, arg));

async function launchChromium(options: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'clearleaf-chromium-'));
  const ext = EXTENSION_DIR('chromium');
  let context: BrowserContext;
  let worker: Worker;
  let extensionId = '';
  const start = async (): Promise<void> => {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu',
        '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ...(options.lang ? [`--lang=${options.lang}`] : []),
        ...(options.trust ? [`--ignore-certificate-errors-spki-list=${options.trust.spkiSha256}`] : []),
      ],
      ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang, LC_ALL: 'C.UTF-8' }, locale: options.lang } : {}),
    });
    worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    extensionId = new URL(worker.url()).host;
  };
  await start();
  const extensionUrl = (pathAndQuery: string): string => `chrome-extension://${extensionId}/${pathAndQuery}`;
  return {
    name: 'chromium',
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return wrapPlaywright(page);
    },
    async openExtensionPage(pathAndQuery) {
      const page = await context.newPage();
      await page.goto(extensionUrl(pathAndQuery));
      return wrapPlaywright(page);
    },
    extensionUrl,
    async tabIdFor(url) {
      const id = await worker.evaluate(findTab, url);
      if (id === undefined) throw new Error(`no tab shows ${url}`);
      return id;
    },
    inExtension: (fn, arg) => worker.evaluate(fn as never, arg) as never,
    async restart() {
      await context.close();
      await start();
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- Firefox

const GECKO_ID = 'clearleaf@clearleaf.invalid';
const FIREFOX_UUID = '4b1c2f3e-9a0d-4e55-8c1a-2d7f6a5b3c10';

/** Firefox never reports a load event for moz-extension:// pages: start the navigation, then poll. */
async function gotoExtensionPage(page: PpPage, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      const ready = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url);
      if (ready) return;
    } catch {
      // The realm swaps while navigating.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Firefox did not open ${url}`);
}

async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'clearleaf-firefox-'));
  if (options.trust) fs.writeFileSync(path.join(profile, 'cert_override.txt'), firefoxCertOverride(options.trust));
  const ext = EXTENSION_DIR('firefox');
  let browser: PpBrowser;
  let control: PpPage;
  const start = async (): Promise<void> => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // A temporary add-on is gone after a restart; keep its storage for the reinstall.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        // A page that blocks its main thread (the time-out scenario) must stay blocked, not be stopped.
        'dom.max_script_run_time': 0,
        // The Spanish UI: Debian's langpack, installed beside Firefox, enabled and requested.
        ...(options.lang ? { 'intl.locale.requested': 'es-ES', 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 } : {}),
      },
    });
    await browser.installExtension(ext);
    control = await extensionPage('options.html');
  };
  const base = `moz-extension://${FIREFOX_UUID}/`;
  const extensionPage = async (pathAndQuery: string): Promise<PpPage> => {
    const page = await browser.newPage();
    await gotoExtensionPage(page, base + pathAndQuery);
    return page;
  };
  await start();
  return {
    name: 'firefox',
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return wrapPuppeteer(page);
    },
    async openExtensionPage(pathAndQuery) {
      return wrapPuppeteer(await extensionPage(pathAndQuery));
    },
    extensionUrl: (pathAndQuery) => base + pathAndQuery,
    async tabIdFor(url) {
      const id = await control.evaluate(findTab, url);
      if (id === undefined) throw new Error(`no tab shows ${url}`);
      return id;
    },
    inExtension: (fn, arg) => control.evaluate(fn as never, arg),
    async restart() {
      await browser.close();
      await start();
    },
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
