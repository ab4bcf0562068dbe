/**
 * Issue 14.3: is the analysis linear in the article's size? The clutter pass and findSources timed
 * on articles from 20 KB to 10 MB of HTML (synthetic, and the smallest, median and largest of the
 * real benchmark pages), as ms per 1,000 words and per 1,000 elements of the article. Readability
 * runs first, untimed: the pass takes what it chose.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { declutter } from '../src/pipeline/declutter/declutter.js';
import { findSources } from '../src/pipeline/sources/find-sources.js';
import { countWords } from '../src/pipeline/util/text.js';
import { toText } from '../src/pipeline/article/to-text.js';
import { syntheticArticle } from '../tests/helpers/big-page.js';
import { fmt, median, table } from './table.js';

interface Page { name: string; html: string; url: string }
interface Cost { name: string; kb: number; words: number; elements: number; passMs: number; sourcesMs: number }

const SYNTHETIC_KB = [20, 100, 500, 2_000, 10_000];

function realPages(benchDir: string | null): Page[] {
  if (!benchDir) return [];
  const dir = path.join(benchDir, 'html');
  const truth = JSON.parse(fs.readFileSync(path.join(benchDir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const files = fs.readdirSync(dir).sort((a, b) => fs.statSync(path.join(dir, a)).size - fs.statSync(path.join(dir, b)).size);
  const picks = [files[0], files[Math.floor(files.length / 2)], files.at(-1)].filter((f): f is string => !!f);
  return picks.map((f, i) => ({
    name: `real ${['smallest', 'median', 'largest'][i]}`,
    html: zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8'),
    url: truth[f.replace(/\.html\.gz$/u, '')]?.url ?? 'https://example.org/',
  }));
}

/** Median of `runs` timings of `fn`, each on fresh input from `prepare` (not timed). */
function timeIt<T>(runs: number, prepare: () => T, fn: (input: T) => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const input = prepare();
    const started = performance.now();
    fn(input);
    ms.push(performance.now() - started);
  }
  return median(ms);
}

function measure(page: Page): Cost | null {
  const dom = new JSDOM(page.html, { url: page.url });
  const parsed = new Readability<Node>(dom.window.document, { keepClasses: true, serializer: (n) => n }).parse();
  const root = parsed?.content as Element | undefined;
  if (!root) return null;
  const runs = page.html.length > 3_000_000 ? 1 : 3;
  const context = { pageUrl: page.url, byline: parsed?.byline ?? null, title: parsed?.title ?? null };
  const passMs = timeIt(runs, () => root.cloneNode(true) as Element, (el) => declutter(el, context));
  declutter(root, context);
  const text = toText(root);
  const html = root.outerHTML;
  const sourcesMs = timeIt(runs, () => null, () => findSources({ text, html, url: page.url, lang: 'en' }, { DOMParser: dom.window.DOMParser }));
  const cost = { name: page.name, kb: page.html.length / 1024, words: countWords(text), elements: root.getElementsByTagName('*').length, passMs, sourcesMs };
  dom.window.close();
  return cost;
}

export function runSizeCost(benchDir: string | null): string {
  const pages: Page[] = [
    ...SYNTHETIC_KB.map((kb) => ({ name: `synthetic ${kb >= 1000 ? `${kb / 1000} MB` : `${kb} KB`}`, html: syntheticArticle(kb * 1024), url: 'https://news.example.com/2026/rail-vote' })),
    ...realPages(benchDir),
  ];
  const costs = pages.map(measure).filter((c): c is Cost => c !== null);
  const per = (ms: number, n: number): number => (ms / Math.max(1, n)) * 1000;
  const rows = costs.map((c) => [c.name, fmt(c.kb, 0), String(c.words), String(c.elements), fmt(c.passMs, 1), fmt(per(c.passMs, c.words), 2), fmt(per(c.passMs, c.elements), 2), fmt(c.sourcesMs, 1), fmt(per(c.sourcesMs, c.words), 2), fmt(per(c.sourcesMs, c.elements), 2)]);
  const synth = costs.filter((c) => c.name.startsWith('synthetic'));
  const ratio = (f: (c: Cost) => number): string => {
    const [small, large] = [synth[0], synth.at(-1)];
    return small && large ? fmt(per(f(large), large.words) / per(f(small), small.words), 2) : '–';
  };
  return [
    'Cost by article size (jsdom; the clutter pass and findSources on what Readability chose; median of 3 runs, 1 above 3 MB):',
    '',
    table(['page', 'HTML KB', 'words', 'elements', 'pass ms', 'pass ms/1k words', 'pass ms/1k el.', 'sources ms', 'sources ms/1k words', 'sources ms/1k el.'], rows),
    '',
    `Per-word cost, largest synthetic over smallest (target ≤ 2): clutter pass ${ratio((c) => c.passMs)}, findSources ${ratio((c) => c.sourcesMs)}.`,
  ].join('\n');
}
