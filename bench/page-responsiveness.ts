/**
 * Issue 14.1–14.2 in real Chromium and Firefox: the longest task Clearleaf causes on the page's own
 * main thread while it reads it (Long Tasks API where the browser has it; everywhere, the longest gap
 * of a 10 ms page timer), and when the popup shows its first screen, the whole article and the
 * sources, measured from the popup's own time origin, beside an empty extension page opened the same way.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import type { ExtensionBrowser, TestPage } from '../tests/e2e/support/browsers.js';
import { inEachBrowser } from './bench-browsers.js';
import { startServer, type TestServer } from '../tests/e2e/support/server.js';
import { syntheticArticle } from '../tests/helpers/big-page.js';
import { build } from 'esbuild';
import { fmt, median, table } from './table.js';

interface Stages { firstPart: number | null; snapshot: number | null; parsed: number | null; extracted: number | null }
interface Reading extends Stages { longTask: number | null; timerGap: number; idleGap: number; pageMs: number | null; firstScreen: number; article: number; sources: number; state: string }

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
function popupTimes(): Stages & { firstScreen: number; article: number; sources: number; state: string; pageMs: number | null } {
  const at = ['clearleaf:first-screen', 'clearleaf:article', 'clearleaf:sources'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? performance.now());
  // Each stage's first mark (a redraw marks again): the first part of a long page, the whole snapshot, parsed, extracted.
  // (No named helper in here: the function runs in the page, where the bundler's name helper does not exist.)
  const [firstPart, snapshot, parsed, extracted] = ['first-part', 'snapshot', 'parsed', 'extracted'].map((n) => performance.getEntriesByName(`clearleaf:${n}`)[0]?.startTime ?? null);
  const snap = performance.getEntriesByName('clearleaf:snapshot')[0] as PerformanceMark | undefined;
  const pageMs = (snap?.detail as { pageMs?: number } | undefined)?.pageMs ?? null;
  return {
    firstScreen: at[0] ?? 0, article: at[1] ?? 0, sources: at[2] ?? 0, state: document.body.dataset['state'] ?? '', pageMs,
    firstPart: firstPart ?? null, snapshot: snapshot ?? null, parsed: parsed ?? null, extracted: extracted ?? null,
  };
}

/** bench/browser/readability-alone.ts as one script to run in a page. */
async function readabilityScript(): Promise<string> {
  const out = await build({ entryPoints: [path.join(import.meta.dirname, 'browser/readability-alone.ts')], bundle: true, format: 'iife', write: false, minify: true, logLevel: 'error' });
  return out.outputFiles[0]?.text ?? '';
}

/** Readability alone on the page at `url`, in a plain page of the same browser: DOMParser + parse(), ms. */
async function readabilityAlone(browser: ExtensionBrowser, server: TestServer, script: string, url: string): Promise<number> {
  const page = await browser.openPage(server.page('readability-alone.html', '<!doctype html><title>Readability alone</title>'));
  try {
    await page.evaluateScript(script);
    const r = await page.evaluate((u) => (globalThis as unknown as { __readabilityAlone: (u: string) => Promise<{ parseMs: number; readabilityMs: number }> }).__readabilityAlone(u), url);
    return r.parseMs + r.readabilityMs;
  } finally {
    await page.close();
  }
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
  const script = await readabilityScript();
  try {
    await inEachBrowser(out, async (browser, name) => {
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
        const alone = median(await Promise.all([0].map(async () => readabilityAlone(browser, server, script, url))));
        // The popup's own reading (DOMParser + extractArticle on the whole snapshot) against DOMParser + Readability.
        const reading = median(readings.map((r) => (r.extracted ?? NaN) - (r.snapshot ?? NaN)));
        rows.push([name, label, m((r) => r.pageMs), m((r) => r.longTask), m((r) => r.timerGap), m((r) => r.idleGap),
          m((r) => r.firstPart), m((r) => r.firstScreen), m((r) => r.snapshot), m((r) => r.parsed), m((r) => r.extracted), m((r) => r.article), m((r) => r.sources),
          fmt(floor, 0), fmt(alone, 0), fmt(reading / alone, 1), readings[0]?.state ?? '']);
      }
    });
  } finally {
    await server.close();
  }
  return [
    `The page's main thread and the popup's first screen, real browsers (median of ${runs} reads of the typical page, one of the 10 MB page, after a warm-up):`,
    'longest snapshot task = the longest of the content script\'s tasks on the page, timed by itself; long task API = what the page\'s own observer saw',
    '(Chromium only, and it does not report extension worlds); timer gap = longest delay of a 10 ms page timer while Clearleaf reads',
    'the page (both browsers; includes injecting the content script and the message hand-off), beside the same timer over 2 s with',
    'Clearleaf idle (the machine\'s noise; Firefox runs a background tab\'s timers once a second, so there it reads ~1,000 ms whatever happens);',
    'popup columns in ms from the popup\'s time origin (first part: a page over 1 MB arrives in two parts, the first read for the',
    'first screen; snapshot: the whole page arrived; parsed / extracted: DOMParser and extractArticle done); the floor is an empty',
    'extension page opened the same way; Readability alone = DOMParser + Readability.parse() on the same page in a plain page of the',
    'same browser, same run; the ratio is the popup\'s parse + extractArticle of the whole (extracted − snapshot) over it. Targets: longest page task ≤ 50 ms (typical), ≤ 300 ms',
    '(10 MB); 10 MB first screen ≤ 1.5 s, whole ≤ 5 s.',
    '',
    table(['browser', 'page', 'longest snapshot task ms', 'long task API ms', 'page timer gap ms', 'idle control gap ms', 'first part ms', 'first screen ms',
      'snapshot ms', 'parsed ms', 'extracted ms', 'whole article ms', 'sources ms', 'floor ms', 'Readability alone ms', 'popup reading ÷ Readability', 'state'], rows),
    ...out,
  ].join('\n');
}
