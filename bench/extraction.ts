/**
 * Readability alone against Clearleaf on the public article-extraction benchmark (181 real pages),
 * in the same run, on the same parsed page, scored with the benchmark's own metric.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/node/lib.js';
import { bootstrapF1, scorePage, scoreSet, type PageScore } from './metric.js';
import { fmt, median, quantile, table } from './table.js';

export interface ExtractionReport {
  text: string;
  pages: number;
}

interface System {
  name: string;
  scores: PageScore[];
  ms: number[];
  heapMb: number[];
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapNow(): number {
  return process.memoryUsage().heapUsed / 1048576;
}

function timed<T>(run: () => T): { value: T; ms: number; heapMb: number } {
  gc?.();
  const heap = heapNow();
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start, heapMb: Math.max(0, heapNow() - heap) };
}

export async function runExtraction(benchDir: string, limit = Infinity): Promise<ExtractionReport> {
  const truth = JSON.parse(fs.readFileSync(path.join(benchDir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  const ids = Object.keys(truth).sort().slice(0, limit);
  const readability: System = { name: 'Readability 0.6.0 alone', scores: [], ms: [], heapMb: [] };
  const clearleaf: System = { name: 'Clearleaf', scores: [], ms: [], heapMb: [] };
  const parseMs: number[] = [];
  const quiet = new VirtualConsole();
  let peakRss = 0;
  for (const [i, id] of ids.entries()) {
    const entry = truth[id];
    if (!entry) continue;
    const html = zlib.gunzipSync(fs.readFileSync(path.join(benchDir, 'html', `${id}.html.gz`))).toString('utf8');
    const parsed = timed(() => new JSDOM(html, { url: entry.url, virtualConsole: quiet }));
    parseMs.push(parsed.ms);
    const doc = parsed.value.window.document;
    // Alternate the order so that neither system always runs on a warmer cache.
    const runs = [
      (): void => {
        const r = timed(() => new Readability(doc.cloneNode(true) as Document).parse());
        readability.scores.push(scorePage(r.value?.textContent ?? '', entry.articleBody));
        readability.ms.push(parsed.ms + r.ms);
        readability.heapMb.push(r.heapMb);
      },
      (): void => {
        const r = timed(() => extractArticle(doc, { url: entry.url }));
        clearleaf.scores.push(scorePage(r.value.isArticle ? r.value.text : "", entry.articleBody));
        clearleaf.ms.push(parsed.ms + r.ms);
        clearleaf.heapMb.push(r.heapMb);
      },
    ];
    if (i % 2) runs.reverse();
    for (const run of runs) run();
    peakRss = Math.max(peakRss, process.memoryUsage().rss / 1048576);
    parsed.value.window.close();
    // jsdom frees a window only once the event loop turns.
    await new Promise((resolve) => setImmediate(resolve));
  }

  const rows = [readability, clearleaf].map((s) => {
    const set = scoreSet(s.scores);
    return [s.name, fmt(set.f1), `±${fmt(bootstrapF1(s.scores), 3)}`, fmt(set.precision), fmt(set.recall), fmt(set.accuracy), fmt(median(s.ms), 1), fmt(quantile(s.ms, 0.95), 1), fmt(median(s.heapMb), 1)];
  });
  const ratio = median(clearleaf.ms) / median(readability.ms);
  const worse = ids.map((id, i) => {
    const r = readability.scores[i];
    const c = clearleaf.scores[i];
    const f = (s: PageScore | undefined): number => (s && s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);
    return { id, url: truth[id]?.url ?? '', readability: f(r), clearleaf: f(c) };
  }).filter((p) => p.clearleaf < p.readability - 1e-9).sort((a, b) => (a.clearleaf - a.readability) - (b.clearleaf - b.readability));
  const lines = [
    `Article extraction: ${ids.length} pages of the article-extraction benchmark, both systems on the same parsed page.`,
    'Times per page include the jsdom parse (median ' + fmt(median(parseMs), 1) + ' ms) and the clone. Heap: allocated during one extraction (median).',
    '',
    table(['system', 'F1', 'bootstrap sd', 'precision', 'recall', 'exact', 'median ms', 'p95 ms', 'heap MB'], rows),
    '',
    `Clearleaf median time: ${fmt(ratio, 2)}× Readability alone. Peak RSS of the run: ${fmt(peakRss, 0)} MB.`,
    '',
    worse.length === 0 ? 'No page scores worse with Clearleaf than with Readability alone.' : `Pages where Clearleaf scores below Readability alone (page F1), worst first: ${worse.length}`,
    ...(worse.length ? ['', table(['page', 'Readability F1', 'Clearleaf F1', 'difference'], worse.slice(0, 25).map((p) => [p.url.slice(0, 80), fmt(p.readability), fmt(p.clearleaf), fmt(p.clearleaf - p.readability)]))] : []),
  ];
  return { text: lines.join('\n'), pages: ids.length };
}
