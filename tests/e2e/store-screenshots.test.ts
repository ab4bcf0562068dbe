/**
 * Store screenshots at the stores' sizes (1280×800, and 640×400 for the popup on its own), taken from
 * the built extension in Chromium on the test pages: `npm run screenshots` writes them to
 * artifacts/store/ (git-ignored) and refreshes the README's images in docs/. Skipped in `npm test`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/gold.js';
import { viewFrame } from './clean-view-scenarios.js';
import { chooseTheme } from './reader-scenarios.js';
import { openReaderFrom, popupFor, type Session } from './scenarios.js';
import { ARTIFACTS, browserMissing, launch, type TestPage } from './support/browsers.js';
import { startServer } from './support/server.js';

const wanted = process.env['CLEARLEAF_SCREENSHOTS'] === '1';
if (!wanted) console.warn('store screenshots skipped: run npm run screenshots');
const OUT = path.join(ARTIFACTS, 'store');
const DOCS = path.join(REPO, 'docs');

async function take(page: TestPage, name: string, width: number, height: number, docsName?: string): Promise<void> {
  await page.setViewport(width, height);
  await new Promise((r) => setTimeout(r, 300)); // let the layout and fonts settle
  const file = path.join(OUT, `${name}-${width}x${height}.png`);
  await page.screenshot(file, false);
  const png = PNG.sync.read(fs.readFileSync(file));
  expect([png.width, png.height], name).toEqual([width, height]);
  if (docsName) fs.copyFileSync(file, path.join(DOCS, docsName));
}

/** The popup as a reader sees it: its own screenshot laid over the page's, top right, with a border. */
async function popupOverPage(page: TestPage, popup: TestPage, name: string, docsName: string): Promise<void> {
  const [pageFile, popupFile] = [path.join(OUT, `${name}-page.tmp.png`), path.join(OUT, `${name}-popup.tmp.png`)];
  await page.setViewport(1280, 800);
  await page.screenshot(pageFile, false);
  await popup.setViewport(600, 740);
  await new Promise((r) => setTimeout(r, 300));
  await popup.screenshot(popupFile, false);
  const canvas = PNG.sync.read(fs.readFileSync(pageFile));
  const over = PNG.sync.read(fs.readFileSync(popupFile));
  const [left, top] = [1280 - over.width - 24, 12];
  for (let y = -1; y <= over.height; y += 1) {
    for (let x = -1; x <= over.width; x += 1) {
      const to = ((top + y) * canvas.width + left + x) * 4;
      const edge = y < 0 || x < 0 || y === over.height || x === over.width;
      const from = (y * over.width + x) * 4;
      for (let c = 0; c < 4; c += 1) canvas.data[to + c] = edge ? [120, 120, 120, 255][c] ?? 255 : over.data[from + c] ?? 255;
    }
  }
  const file = path.join(OUT, `${name}-1280x800.png`);
  fs.writeFileSync(file, PNG.sync.write(canvas));
  fs.copyFileSync(file, path.join(DOCS, docsName));
  fs.rmSync(pageFile);
  fs.rmSync(popupFile);
}

describe.skipIf(!wanted || browserMissing('chromium') !== null)('store screenshots (Chromium)', () => {
  let session: Session | undefined;
  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    session = { browser: await launch('chromium'), server: await startServer(), images: null };
  });
  afterAll(async () => {
    await session?.browser.close();
    await session?.server.close();
  });

  it('popup, sources, reader page (dark), clean view in place, settings', async () => {
    if (!session) throw new Error('browser did not start');
    const shared = fs.existsSync(path.join(REPO, '../shared/fixtures/pages/patriotfetch-dmitriev.html'));
    const article = shared ? `${session.server.origin}/shared/patriotfetch-dmitriev.html` : `${session.server.origin}/local/related-bio-cookie.html`;
    const { page, popup } = await popupFor(session, article);
    await take(popup, 'popup', 640, 400);
    await popupOverPage(page, popup, 'popup', 'popup.png');
    await popup.evaluate(() => document.getElementById('sources')?.scrollIntoView());
    await popupOverPage(page, popup, 'sources', 'popup-sources.png');
    await chooseTheme(popup, 'dark');
    const reader = await openReaderFrom(session, popup);
    await take(reader, 'reader-dark', 1280, 800, 'reader-dark.png');
    await reader.close();
    await chooseTheme(popup, 'system');
    await popup.click('#clean-page');
    await (await viewFrame(page)).waitFor(() => document.querySelector('.cl-body') !== null);
    await take(page, 'clean-view', 1280, 800);
    await popup.close();
    await page.close();
    const options = await session.browser.openExtensionPage('options.html');
    await take(options, 'settings', 1280, 800);
    await options.close();
  });
});
