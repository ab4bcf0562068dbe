// Renders icons/clearleaf.svg and icons/clearleaf-off.svg to the PNG sizes the manifest names,
// with Debian's Chromium. Run by hand after changing the SVGs; the PNGs are committed.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'icons');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [svg, prefix] of [['clearleaf.svg', 'icon'], ['clearleaf-off.svg', 'icon-off']]) {
  const markup = fs.readFileSync(path.join(dir, svg), 'utf8');
  for (const size of [16, 32, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
    await page.locator('svg').screenshot({ path: path.join(dir, `${prefix}-${size}.png`), omitBackground: true });
  }
}
await browser.close();
console.log('icons written');
