/** The browsers a bench section runs in (BENCH_BROWSERS, default both), each launched once and closed after. */
import { browserMissing, launch, type BrowserName, type ExtensionBrowser } from '../tests/e2e/support/browsers.js';

/** Runs `each` in every bench browser; one missing is a "Skipped" line in `out`, not a failure. */
export async function inEachBrowser(out: string[], each: (browser: ExtensionBrowser, name: BrowserName) => Promise<void>): Promise<void> {
  for (const name of (process.env['BENCH_BROWSERS']?.split(',') ?? ['chromium', 'firefox']) as BrowserName[]) {
    const missing = browserMissing(name);
    if (missing) {
      out.push(`Skipped ${name}: ${missing}.`);
      continue;
    }
    const browser = await launch(name);
    try {
      await each(browser, name);
    } finally {
      await browser.close();
    }
  }
}
