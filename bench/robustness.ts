/** Hostile and huge pages: what is tested, the largest page handled and the time to decline one. */
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { DEFAULT_MAX_ELEMENTS, extractArticle } from '../src/node/lib.js';
import { REPO, SHARED_PAGES, hasShared, loadGoldPages } from '../tests/helpers/gold.js';
import { PROPERTY_RUNS } from '../tests/helpers/property-runs.js';
import { VECTORS } from '../tests/fixtures/hostile/vectors.js';
import { fmt, table } from './table.js';

const PROSE = 'The committee heard testimony for six hours before voting to send the bill to the full chamber, where leaders expect a close vote next week.';
const URL_ = 'https://bench.example/story';

function timeClean(html: string): { parseMs: number; cleanMs: number; result: string } {
  let t = performance.now();
  const dom = new JSDOM(html, { url: URL_ });
  const parseMs = performance.now() - t;
  t = performance.now();
  const article = extractArticle(dom.window.document, { url: URL_ });
  const cleanMs = performance.now() - t;
  try {
    dom.window.close();
  } catch {
    // jsdom's own teardown recurses, and overflows on the 5,000-deep page: nothing of ours.
  }
  return { parseMs, cleanMs, result: article.isArticle ? `article, ${article.wordCount.toLocaleString('en')} words` : `declined: ${article.reason?.code ?? 'no reason'}` };
}

export function runRobustness(): string {
  // The property tests run on the article pages (tests/unit/properties.test.ts).
  const pages = [...loadGoldPages(path.join(REPO, 'tests/fixtures/pages')), ...(hasShared ? loadGoldPages(SHARED_PAGES) : [])].filter((p) => p.gold.isArticle).length;
  const tenMb = `<html><body><article>${Array.from({ length: 70_000 }, (_, i) => `<p>${i}. ${PROSE}</p>`).join('')}</article></body></html>`;
  const cases: [string, string][] = [
    [`10 MB of HTML (${fmt(tenMb.length / 1048576, 1)} MB, 70,000 paragraphs)`, tenMb],
    [`${(DEFAULT_MAX_ELEMENTS + 10_000).toLocaleString('en')} elements (over the budget)`, `<html><body>${'<i></i>'.repeat(DEFAULT_MAX_ELEMENTS + 10_000)}</body></html>`],
    ['nesting 5,000 deep (over the depth budget)', `<html><body>${'<div>'.repeat(5000)}<p>${PROSE}</p>${'</div>'.repeat(5000)}</body></html>`],
  ];
  const rows = cases.map(([name, html]) => {
    const r = timeClean(html);
    return [name, fmt(r.parseMs, 0), fmt(r.cleanMs, 0), r.result.slice(0, 70)];
  });
  return [
    `Hostile and broken pages: ${VECTORS.length} hostile vectors, run in headless Chromium and Firefox ESR (popup, reader page, in-place view) and in jsdom; property tests: ${PROPERTY_RUNS} random mutations × ${pages} gold article pages = ${PROPERTY_RUNS * pages} runs a test pass.`,
    '',
    'In jsdom (Node), which is several times slower than a browser:',
    '',
    table(['page', 'parse ms', 'extractArticle ms', 'result'], rows),
  ].join('\n');
}
