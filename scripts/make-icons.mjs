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
    // Chrome Web Store guidelines: the 128 px icon is 96 px of artwork in 16 px of transparent padding.
    const art = size === 128 ? 96 : size;
    const pad = (size - art) / 2;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${art}px;height:${art}px;margin:${pad}px}</style>${markup}`);
    await page.screenshot({ path: path.join(dir, `${prefix}-${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }
}
await browser.close();
console.log('icons written');
