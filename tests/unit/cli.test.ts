/** The built command line (dist/cli/clearleaf.js): one page in every format, batches, outputs, URLs, and its errors. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/gold.js';

const CLI = path.join(REPO, 'dist/cli/clearleaf.js');
const PAGE = path.join(REPO, 'tests/fixtures/pages/poll-reworded.html');
const URL_ = 'https://riversidebeacon.com/2025/04/14/city-council-delays-vote-on-transit-levy/';
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

if (!fs.existsSync(CLI)) console.warn(`${CLI} is not built: run npm run build (npm test does) to test the command line.`);

describe.skipIf(!fs.existsSync(CLI))('clearleaf command line', () => {
  it('text: the title, then the clean paragraphs', () => {
    const r = run(PAGE, '--url', URL_);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^City Council Delays Vote on Transit Levy\n\nThe Riverside City Council postponed/u);
    expect(r.stdout).not.toContain('CLICK HERE');
  });

  it('markdown through turndown, html sanitized, json the whole CleanArticle', () => {
    const md = run(PAGE, '--url', URL_, '--format', 'markdown');
    expect(md.stdout).toMatch(/^# City Council Delays Vote on Transit Levy\n\n\*Dana Ortiz\*\n\n<https:\/\/riversidebeacon\.com\//u);
    const html = run(PAGE, '--url', URL_, '--format', 'html');
    expect(html.stdout).toMatch(/^<(div|p)/u);
    expect(html.stdout).not.toMatch(/<form|<input|onclick/u);
    const json = JSON.parse(run(PAGE, '--url', URL_, '--format', 'json').stdout) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['byline', 'dir', 'excerpt', 'fingerprints', 'html', 'isArticle', 'lang', 'publishedTime', 'readingMinutes', 'removed', 'siteName', 'sources', 'text', 'title', 'wordCount']);
    expect(json['byline']).toBe('Dana Ortiz');
  });

  it('fails with one line on stderr and a non-zero exit, never a stack trace', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearleaf-cli-'));
    const notHtml = path.join(dir, 'data.bin');
    fs.writeFileSync(notHtml, 'just some words with no markup at all');
    const frontPage = path.join(REPO, 'tests/fixtures/pages/front-page.html');
    for (const [args, message] of [
      [[path.join(dir, 'missing.html')], /no such file/u],
      [[dir], /no HTML files/u],
      [[notHtml], /does not look like HTML/u],
      [[frontPage, '--url', 'https://metroherald.com/'], /no article/u],
      [[PAGE, '--format', 'pdf'], /unknown format/u],
      [[PAGE, '--url', 'not a url'], /not an absolute address/u],
      [[], /nothing to read/u],
      [[PAGE, PAGE], /use --format jsonl/u],
      [[PAGE, '--jobs', '0'], /--jobs needs a whole number/u],
    ] as const) {
      const r = run(...args);
      expect(r.status, args.join(' ')).not.toBe(0);
      expect(r.stderr.trim().split('\n')[0]).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /u);
    }
  });
});

describe.skipIf(!fs.existsSync(path.join(REPO, 'dist/lib/index.js')))('library entry (package.json exports)', () => {
  it('the built ESM exports cleanDocument and findSources', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { exports: { '.': { import: string } } };
    const lib = await import(path.join(REPO, pkg.exports['.'].import)) as typeof import('../../src/node/lib.js');
    const { JSDOM } = await import('jsdom');
    const dom = new JSDOM(fs.readFileSync(PAGE, 'utf8'), { url: URL_ });
    const article = lib.cleanDocument(dom.window.document, { url: URL_ });
    expect(article.title).toBe('City Council Delays Vote on Transit Levy');
    expect(lib.findSources({ text: article.text }).sources.map((s) => s.name)).toContain('Ruth Alvarez');
  });
});
