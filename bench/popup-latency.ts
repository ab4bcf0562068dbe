/**
 * In headless Chromium with the built extension: time from opening the popup to the article being
 * shown, beside an empty extension page opened the same way (the floor), and what Clearleaf costs a
 * page where it is not enabled.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, EXTENSION_DIR } from '../tests/e2e/support/browsers.js';
import { startServer } from '../tests/e2e/support/server.js';
import { fmt, median, quantile, table } from './table.js';

const OPENS = 25;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; extensionId: string | null; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearleaf-bench-'));
  const ext = EXTENSION_DIR('chromium');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH, headless: true,
    args: withExtension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...ARGS] : ARGS,
  });
  if (!withExtension) return { context, extensionId: null, dir };
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  return { context, extensionId: new URL(worker.url()).host, dir };
}

export async function runPopupLatency(): Promise<string> {
  if (!fs.existsSync(CHROMIUM_PATH) || !fs.existsSync(path.join(EXTENSION_DIR('chromium'), 'blank.html'))) {
    return `Skipped popup latency: needs ${CHROMIUM_PATH} and a build (npm run build).`;
  }
  const server = await startServer();
  const pageUrl = `${server.origin}/local/wire-story-furniture.html`;
  const withExt = await launch(true);
  const plain = await launch(false);
  try {
    const { context, extensionId } = withExt;
    const page = await context.newPage();
    await page.goto(pageUrl);
    const worker = context.serviceWorkers()[0];
    const tabId = await worker?.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, pageUrl);
    const open = async (file: string): Promise<number> => {
      const tab = await context.newPage();
      const started = performance.now();
      await tab.goto(`chrome-extension://${extensionId}/${file}`);
      await tab.waitForFunction(() => document.body.dataset['state'] === 'done' || document.body.dataset['state'] === 'message', undefined, { polling: 'raf' });
      const ms = performance.now() - started;
      await tab.close();
      return ms;
    };
    const floor: number[] = [];
    const popup: number[] = [];
    await open('blank.html');
    await open(`popup.html?tabId=${tabId}`);
    for (let i = 0; i < OPENS; i += 1) {
      floor.push(await open('blank.html'));
      popup.push(await open(`popup.html?tabId=${tabId}`));
    }

    // A page where Clearleaf is not enabled: no content script runs (no isolated world is made) and
    // page loads cost what they cost without the extension.
    const worlds: string[] = [];
    const probe = await context.newPage();
    const cdp = await context.newCDPSession(probe);
    cdp.on('Runtime.executionContextCreated', (e: { context: { name: string; auxData?: { type?: string } } }) => {
      // Playwright makes a utility world of its own in every frame; an extension's world carries its name.
      if (e.context.auxData?.type === 'isolated' && !e.context.name.startsWith('__playwright')) worlds.push(e.context.name);
    });
    await cdp.send('Runtime.enable');
    await probe.goto(pageUrl);
    await probe.waitForTimeout(500);
    const idle = worlds.length;
    // Control: once the popup has read the page, its world is there (so the count above can see one).
    const probeTab = await worker?.evaluate(async (u) => (await chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? -1), pageUrl);
    const control = await context.newPage();
    await control.goto(`chrome-extension://${extensionId}/popup.html?tabId=${Math.max(...(probeTab ?? [-1]))}`);
    await control.waitForFunction(() => document.body.dataset['state'] === 'done');
    await control.close();
    const afterPopup = worlds.length;
    const loadTimes = async (ctx: BrowserContext): Promise<number[]> => {
      const tab = await ctx.newPage();
      const out: number[] = [];
      for (let i = 0; i < OPENS; i += 1) {
        await tab.goto(`${pageUrl}?n=${i}`);
        out.push(await tab.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return nav.loadEventEnd - nav.startTime;
        }));
      }
      await tab.close();
      return out;
    };
    // The largest page: 10 MB of article, read in the real browser.
    const prose = 'The committee heard testimony for six hours before voting to send the bill to the full chamber, where leaders expect a close vote next week.';
    const bigUrl = server.page('ten-mb.html', `<html><head><title>Big</title></head><body><article>${Array.from({ length: 70_000 }, (_, i) => `<p>${i}. ${prose}</p>`).join('')}</article></body></html>`);
    const big = await context.newPage();
    await big.goto(bigUrl);
    const bigTab = await worker?.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, bigUrl);
    const bigPopup = await context.newPage();
    const bigStart = performance.now();
    await bigPopup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${bigTab}`);
    await bigPopup.waitForFunction(() => ['done', 'message', 'error'].includes(document.body.dataset['state'] ?? ''), undefined, { timeout: 120_000 });
    const bigMs = performance.now() - bigStart;
    const bigState = await bigPopup.evaluate(() => `${document.body.dataset['state']}: ${document.querySelector('.cl-meta')?.textContent ?? document.getElementById('status')?.textContent ?? ''}`);
    await bigPopup.close();
    await big.close();

    const withLoads = await loadTimes(context);
    const plainLoads = await loadTimes(plain.context);

    return [
      `Popup latency in headless Chromium (${OPENS} opens each, alternating; popup opened as an extension tab for the fixture page wire-story-furniture):`,
      '',
      table(['what', 'median ms', 'p95 ms'], [
        ['empty extension page (the floor)', fmt(median(floor), 1), fmt(quantile(floor, 0.95), 1)],
        ['popup until the article is shown', fmt(median(popup), 1), fmt(quantile(popup, 0.95), 1)],
        ['popup above the floor', fmt(median(popup) - median(floor), 1), ''],
      ]),
      '',
      `The largest page, 10 MB of HTML (70,000 paragraphs): popup until shown ${fmt(bigMs, 0)} ms (${bigState.slice(0, 90)}).`,
      '',
      'A page where Clearleaf is not enabled:',
      '',
      table(['what', 'value'], [
        ['content-script worlds created on the page', String(idle)],
        ['… and after the popup has read it (control)', String(afterPopup)],
        ['page load, Chromium with Clearleaf (median ms)', fmt(median(withLoads), 1)],
        ['page load, Chromium without extensions (median ms)', fmt(median(plainLoads), 1)],
      ]),
    ].join('\n');
  } finally {
    await withExt.context.close();
    await plain.context.close();
    await server.close();
    fs.rmSync(withExt.dir, { recursive: true, force: true });
    fs.rmSync(plain.dir, { recursive: true, force: true });
  }
}
