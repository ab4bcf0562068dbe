/**
 * Issue 14.1–14.3 in real engines: where extractArticle's time goes on pages from 100 KB to 10 MB, in
 * Chromium and Firefox, each step beside Readability alone in the same browser and run
 * (bench/browser/stages.ts does the timing in the page). The synthetic article of the big-page e2e test.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { inEachBrowser } from './bench-browsers.js';
import { startServer } from '../tests/e2e/support/server.js';
import { syntheticArticle } from '../tests/helpers/big-page.js';
import { fmt, table } from './table.js';

const SIZES_KB = [100, 1_000, 3_000, 10_000];
type Times = Record<string, number>;

async function stagesScript(): Promise<string> {
  const out = await build({ entryPoints: [path.join(import.meta.dirname, 'browser/stages.ts')], bundle: true, format: 'iife', write: false, minify: true, logLevel: 'error' });
  return out.outputFiles[0]?.text ?? '';
}

export async function runPipelineStages(): Promise<string> {
  const script = await stagesScript();
  const server = await startServer();
  const out: string[] = [];
  try {
    await inEachBrowser(out, async (browser, name) => {
      const columns: { kb: number; times: Times }[] = [];
      const page = await browser.openPage(server.page('stages.html', '<!doctype html><title>stages</title>'));
      await page.evaluateScript(script);
      for (const kb of SIZES_KB) {
        const html = syntheticArticle(kb * 1000);
        const times = await page.evaluate(([h, u]) => (globalThis as unknown as { __stages: (h: string, u: string) => Times }).__stages(h, u), [html, 'https://news.example.com/2026/rail-vote'] as const);
        columns.push({ kb, times });
      }
      await page.close();
      const steps = Object.keys(columns[0]?.times ?? {});
      const rows = steps.map((step) => [step, ...columns.map((c) => fmt(c.times[step] ?? NaN, 0)), ...columns.map((c) => fmt((c.times[step] ?? NaN) / (c.times['Readability alone'] ?? NaN), 2))]);
      out.push(`${name}:`, '', table(['step', ...columns.map((c) => `${c.kb} KB ms`), ...columns.map((c) => `${c.kb} KB ÷ Readability`)], rows), '');
    });
  } finally {
    await server.close();
  }
  return [
    'extractArticle step by step in real browsers (synthetic article, one run each; ms, and each step over Readability alone on the same page):',
    '"extractArticle whole" is the real call; the rows under it repeat its steps one by one in its order.',
    '',
    ...out,
  ].join('\n');
}
