// `npm start`: after the build, open a browser with Clearleaf loaded on a sample article served on
// 127.0.0.1. Where there is no browser or no display, print what the popup would show instead.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { cleanDocument } from '../dist/lib/index.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { values: flags } = parseArgs({ options: { browser: { type: 'string', default: 'chromium' }, print: { type: 'boolean' } } });
const SAMPLE = path.join(root, 'tests/fixtures/pages/poll-reworded.html');
const SAMPLE_URL = JSON.parse(fs.readFileSync(SAMPLE.replace(/\.html$/, '.gold.json'), 'utf8')).url;
const BROWSERS = {
  chromium: { bin: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ext: 'dist/chrome' },
  firefox: { bin: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', ext: 'dist/firefox' },
};

function printPopup(why) {
  const html = fs.readFileSync(SAMPLE, 'utf8');
  const dom = new JSDOM(html, { url: SAMPLE_URL });
  const a = cleanDocument(dom.window.document, { url: SAMPLE_URL });
  const s = a.sources.stats;
  console.log(`${why}\nThis is what the Clearleaf popup shows for the sample page ${path.relative(root, SAMPLE)}:\n`);
  console.log(`${a.title}\n${[a.byline, a.siteName, a.publishedTime, `${a.readingMinutes} min read (${a.wordCount} words)`].filter(Boolean).join(' · ')}\n`);
  console.log(`${s.sources} sources · ${s.named} named · ${s.anonymous} anonymous · ${s.direct} direct quotes · ${a.sources.links.length} links\n`);
  console.log(`${a.text}\n`);
  console.log('What was removed:');
  for (const r of a.removed) console.log(`  [${r.category}] ${r.text}`);
}

const choice = BROWSERS[flags.browser];
if (!choice) {
  console.error(`unknown browser "${flags.browser}": use chromium or firefox`);
  process.exit(2);
}
const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
if (flags.print || !display || !fs.existsSync(choice.bin)) {
  printPopup(flags.print ? '' : !fs.existsSync(choice.bin)
    ? `${choice.bin} is not installed, so no browser was opened.`
    : 'No display ($DISPLAY) is available, so no browser window was opened.');
  process.exit(0);
}

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(SAMPLE));
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/sample-article.html`;
  const ext = path.join(root, choice.ext);
  const args = flags.browser === 'chromium'
    ? [`--user-data-dir=${fs.mkdtempSync('/tmp/clearleaf-start-')}`, `--load-extension=${ext}`, `--disable-extensions-except=${ext}`, '--no-first-run', url]
    : ['run', '--source-dir', ext, '--firefox', choice.bin, '--start-url', url, '--no-reload'];
  const bin = flags.browser === 'chromium' ? choice.bin : path.join(root, 'node_modules/.bin/web-ext');
  console.log(`Serving the sample article at ${url}\nOpening ${flags.browser} with Clearleaf loaded: click the Clearleaf button in the toolbar (pin it from the puzzle-piece menu).`);
  const child = spawn(bin, args, { stdio: 'inherit' });
  child.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
