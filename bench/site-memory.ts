/**
 * Site memory at reading scale: 200 articles of 20 sites, observed one after another as a reader
 * would open them. How large the saved memory gets, and how long observing an article and the
 * site pass (fingerprints + keep/hide/learned matching) take per article, beside the whole
 * extraction without them in the same run.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { createSiteMemory, extractArticle, type SiteRules } from '../src/node/lib.js';
import { collectFingerprints } from '../src/pipeline/declutter/site-blocks.js';
import { siteOfUrl } from '../src/pipeline/util/registrable-site.js';
import { removeSiteBlocks } from '../src/pipeline/declutter/site-pass.js';
import { sitePage } from '../tests/helpers/site-pages.js';
import { scorePage } from './metric.js';
import { fmt, median, quantile, table } from './table.js';

const ARTICLES = 200;
const SITES = 20;

/** Real news pages (with their labelled article text) when the benchmark data is there, else the made-up site's articles. */
function loadPages(benchDir: string | null): { html: string; truth: string | null }[] {
  if (!benchDir) return Array.from({ length: ARTICLES }, (_, n) => ({ html: sitePage(n), truth: null }));
  const truth = JSON.parse(fs.readFileSync(path.join(benchDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  const ids = Object.keys(truth).sort();
  return Array.from({ length: ARTICLES }, (_, i) => {
    const id = ids[i % ids.length] ?? '';
    const html = zlib.gunzipSync(fs.readFileSync(path.join(benchDir, 'html', `${id}.html.gz`))).toString('utf8');
    return { html, truth: truth[id]?.articleBody ?? null };
  });
}

/** The worst case for the no-harm limits: a memory that calls every short line of every site boilerplate. */
const EVERYTHING_LEARNED = { isBoilerplate: (): boolean => true };

const stats = (xs: number[]): string[] => [fmt(median(xs)), fmt(quantile(xs, 0.9)), fmt(Math.max(...xs))];

export function runSiteMemory(benchDir: string | null): string {
  const source = benchDir ? `real pages of the extraction benchmark, their addresses spread over ${SITES} sites` : 'made-up articles (tests/helpers/site-pages.ts)';
  const memory = createSiteMemory();
  const quiet = new VirtualConsole();
  const plainMs: number[] = [];
  const withMs: number[] = [];
  const observeMs: number[] = [];
  const sitePassMs: number[] = [];
  const rules: SiteRules = { keep: [{ phrase: 'related stories' }], hide: [{ phrase: 'republish this article' }, { shape: 'article>div.promo' }] };
  const recall: { plain: number[]; worst: number[] } = { plain: [], worst: [] };
  for (const [i, { html, truth }] of loadPages(benchDir).entries()) {
    const url = `https://www.site${i % SITES}.example/2026/story-${i}`;
    const doc = new JSDOM(html, { url, virtualConsole: quiet }).window.document;
    // Alternate the order so that neither run always has the warmer cache.
    const plain = (): void => { const t = performance.now(); extractArticle(doc, { url }); plainMs.push(performance.now() - t); };
    const full = (): ReturnType<typeof extractArticle> => {
      const t = performance.now();
      const a = extractArticle(doc, { url, siteMemory: memory, siteRules: rules });
      withMs.push(performance.now() - t);
      return a;
    };
    // The comparison without rules or memory on every fourth article, to keep the run short on a busy machine.
    let article;
    if (i % 4 === 1) { plain(); article = full(); } else if (i % 4 === 3) { article = full(); plain(); } else article = full();
    if (!article.isArticle) continue;
    if (truth && i % 5 === 0) {
      recall.plain.push(scorePage(extractArticle(doc, { url }).text, truth).recall);
      recall.worst.push(scorePage(extractArticle(doc, { url, siteMemory: EVERYTHING_LEARNED }).text, truth).recall);
    }
    let t = performance.now();
    memory.observe(article);
    observeMs.push(performance.now() - t);
    // The site pass alone, on the article as extracted.
    const root = new JSDOM(`<div>${article.html}</div>`, { url }).window.document.body.firstElementChild;
    if (!root) continue;
    t = performance.now();
    removeSiteBlocks(root, { fingerprints: collectFingerprints(root, url, siteOfUrl(url)), siteRules: rules, siteMemory: memory });
    sitePassMs.push(performance.now() - t);
    if (i % 25 === 24) process.stderr.write(`site memory: ${i + 1} of ${ARTICLES} articles\n`);
  }
  const saved = JSON.stringify(memory.toJSON());
  const sites = memory.sites();
  const prints = sites.map((s) => s.prints);
  return [
    `Site memory: ${observeMs.length} articles observed (${source}).`,
    table(['memory after the run', 'value'], [
      ['sites', sites.length],
      ['fingerprints per site (median / max)', `${median(prints)} / ${Math.max(...prints)}`],
      ['learned (seen in ≥ 3 articles), all sites', sites.reduce((n, s) => n + s.learned, 0)],
      ['saved JSON, KB (all sites)', fmt(saved.length / 1024, 1)],
      ['saved JSON per site, KB (median)', fmt(median(sites.map((s) => JSON.stringify(memory.toJSON().sites[s.site]).length / 1024)), 1)],
      ['bound: 1,000 fingerprints × 200 sites, KB (estimated)', fmt((saved.length / Math.max(1, prints.reduce((a, b) => a + b, 0))) * 200_000 / 1024, 0)],
    ]),
    '',
    table(['per article, ms', 'median', 'p90', 'max'], [
      ['extractArticle without site rules or memory', ...stats(plainMs)],
      ['extractArticle with rules and memory', ...stats(withMs)],
      ['site pass alone (fingerprints + matching)', ...stats(sitePassMs)],
      ['observe', ...stats(observeMs)],
    ]),
    ...(recall.plain.length ? ['', table([`no-harm limits, worst case (${recall.plain.length} labelled pages)`, 'recall median', 'recall p10'], [
      ['as extracted', fmt(median(recall.plain)), fmt(quantile(recall.plain, 0.1))],
      ['every short line of every site taken as learned', fmt(median(recall.worst)), fmt(quantile(recall.worst, 0.1))],
    ])] : []),
  ].join('\n');
}
