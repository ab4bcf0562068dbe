/**
 * Issue 14.1–14.2 in real Chromium and Firefox: the longest task Clearleaf causes on the page's own
 * main thread while it reads it (Long Tasks API where the browser has it; everywhere, the longest gap
 * of a 10 ms page timer), and when the popup shows its first screen, the whole article and the
 * sources, measured from the popup's own time origin, beside an empty extension page opened the same way.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { browserMissing, launch, type BrowserName, type ExtensionBrowser, type TestPage } from '../tests/e2e/support/browsers.js';
import { startServer, type TestServer } from '../tests/e2e/support/server.js';
import { syntheticArticle } from '../tests/helpers/big-page.js';
import { fmt, median, table } from './table.js';

interface Reading { longTask: number | null; timerGap: number; idleGap: number; pageMs: number | null; firstScreen: number; article: number; sources: number; state: string }

/** Installed in the page (its own world): what its main thread went through. */
function watchMainThread(): void {
  const w = window as unknown as { __clWatch: { longest: number | null; gap: number; ticks: number[] } };
  w.__clWatch = { longest: null, gap: 0, ticks: [] };
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    w.__clWatch.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__clWatch.longest = Math.max(w.__clWatch.longest ?? 0, e.duration);
    }).observe({ type: 'longtask' });
  }
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    w.__clWatch.gap = Math.max(w.__clWatch.gap, now - last - 10);
    w.__clWatch.ticks.push(Date.now());
    last = now;
  }, 10);
}

/** Read in the popup: the marks it sets, or (a popup without marks) the moment it was seen done. */
function popupTimes(): { firstScreen: number; article: number; sources: number; state: string; pageMs: number | null } {
  const at = ['clearleaf:first-screen', 'clearleaf:article', 'clearleaf:sources'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? performance.now());
  const snap = performance.getEntriesByName('clearleaf:snapshot')[0] as PerformanceMark | undefined;
  const pageMs = (snap?.detail as { pageMs?: number } | undefined)?.pageMs ?? null;
  return { firstScreen: at[0] ?? 0, article: at[1] ?? 0, sources: at[2] ?? 0, state: document.body.dataset['state'] ?? '', pageMs };
}

async function readOnce(browser: ExtensionBrowser, url: string): Promise<Reading> {
  const page = await browser.openPage(url);
  let popup: TestPage | null = null;
  try {
    await page.evaluate(watchMainThread);
    // The control: the same timer on the same page with Clearleaf idle (the machine's own noise).
    await new Promise((r) => setTimeout(r, 2000));
    const idleGap = await page.evaluate(() => {
      const w = (window as unknown as { __clWatch: { gap: number } }).__clWatch;
      const gap = w.gap;
      w.gap = 0;
      return gap;
    });
    const tabId = await browser.tabIdFor(url);
    popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.waitFor(() => ['done', 'message', 'error'].includes(document.body.dataset['state'] ?? '')
      && (document.body.dataset['sources'] ?? 'done') === 'done', undefined, 180_000);
    const times = await popup.evaluate(popupTimes);
    await new Promise((r) => setTimeout(r, 200));
    const watch = await page.evaluate(() => (window as unknown as { __clWatch: { longest: number | null; gap: number } }).__clWatch);
    return { longTask: watch.longest, timerGap: watch.gap, idleGap, ...times };
  } finally {
    await popup?.close();
    await page.close();
  }
}

async function blankFloor(browser: ExtensionBrowser): Promise<number> {
  const tab = await browser.openExtensionPage('blank.html');
  const ms = await tab.evaluate(() => performance.now());
  await tab.close();
  return ms;
}

function typicalPage(server: TestServer, benchDir: string | null): { name: string; url: string } {
  const local = { name: 'wire-story-furniture (fixture)', url: `${server.origin}/local/wire-story-furniture.html` };
  if (!benchDir) return local;
  // The median-sized page of the 181: "typical".
  const dir = path.join(benchDir, 'html');
  const files = fs.readdirSync(dir).map((f) => ({ f, size: fs.statSync(path.join(dir, f)).size })).sort((a, b) => a.size - b.size);
  const mid = files[Math.floor(files.length / 2)];
  if (!mid) return local;
  const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, mid.f))).toString('utf8');
  return { name: `median bench page (${Math.round(html.length / 1024)} KB)`, url: server.page('typical.html', html) };
}

export async function runPageResponsiveness(benchDir: string | null, runs = 3): Promise<string> {
  const server = await startServer();
  const typical = typicalPage(server, benchDir);
  const bigUrl = server.page('ten-mb.html', syntheticArticle(10_000_000));
  const rows: string[][] = [];
  const out: string[] = [];
  try {
    for (const name of (process.env['BENCH_BROWSERS']?.split(',') ?? ['chromium', 'firefox']) as BrowserName[]) {
      const missing = browserMissing(name);
      if (missing) {
        out.push(`Skipped ${name}: ${missing}.`);
        continue;
      }
      const browser = await launch(name);
      try {
        await blankFloor(browser);
        const floor = median(await Promise.all([0, 1, 2].map(async () => blankFloor(browser))));
        for (const [label, url, n] of [[typical.name, typical.url, runs], ['synthetic 10 MB article', bigUrl, 1]] as const) {
          await readOnce(browser, url); // warm-up: the extension's first injection and code caches
          const readings: Reading[] = [];
          for (let i = 0; i < n; i += 1) readings.push(await readOnce(browser, url));
          if (process.env['BENCH_VERBOSE']) console.error(name, label, JSON.stringify(readings));
          const m = (f: (r: Reading) => number | null): string => {
            const xs = readings.map(f).filter((x): x is number => x !== null);
            return xs.length ? fmt(median(xs), 0) : 'n/a';
          };
          rows.push([name, label, m((r) => r.pageMs), m((r) => r.longTask), m((r) => r.timerGap), m((r) => r.idleGap), m((r) => r.firstScreen), m((r) => r.article), m((r) => r.sources), fmt(floor, 0), readings[0]?.state ?? '']);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return [
    `The page's main thread and the popup's first screen, real browsers (median of ${runs} reads of the typical page, one of the 10 MB page, after a warm-up):`,
    'snapshot on page = the content script\'s one task on the page, timed by itself; long task API = what the page\'s own observer saw',
    '(Chromium only, and it does not report extension worlds); timer gap = longest delay of a 10 ms page timer while Clearleaf reads',
    'the page (both browsers; includes the message hand-off), beside the same timer over 2 s with Clearleaf idle (the machine\'s noise);',
    'popup columns in ms from the popup\'s time origin; the floor is an empty extension page opened the same way.',
    '',
    table(['browser', 'page', 'snapshot on page ms', 'long task API ms', 'page timer gap ms', 'idle control gap ms', 'first screen ms', 'whole article ms', 'sources ms', 'floor ms', 'state'], rows),
    ...out,
  ].join('\n');
}
