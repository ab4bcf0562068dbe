/**
 * Run in a plain page of the browser under test (bench/pipeline-stages.ts injects it): extractArticle's
 * steps timed one by one on a page's HTML, in the order extract-article.ts runs them, beside
 * Readability alone (DOMParser + parse() with its defaults) and extractArticle whole, so the cost of
 * each step on a huge page is seen in a real engine rather than jsdom.
 */
import { Readability } from '@mozilla/readability';
import { declutter } from '../../src/pipeline/declutter/declutter.js';
import { collectFingerprints } from '../../src/pipeline/declutter/site-blocks.js';
import { removeSiteBlocks } from '../../src/pipeline/declutter/site-pass.js';
import { toText } from '../../src/pipeline/article/to-text.js';
import { sanitizeToStableHtml } from '../../src/pipeline/article/sanitize.js';
import { measureProse } from '../../src/pipeline/extract/prose.js';
import { whyNotArticle } from '../../src/pipeline/extract/article-check.js';
import { extractArticle, isCaption } from '../../src/pipeline/extract-article.js';

type Times = Record<string, number>;

function timed<T>(times: Times, name: string, step: () => T): T {
  const started = performance.now();
  const result = step();
  times[name] = performance.now() - started;
  return result;
}

function stages(html: string, url: string): Times {
  const times: Times = {};
  const parse = (): Document => new DOMParser().parseFromString(html, 'text/html');
  const alone = timed(times, 'parse', parse);
  timed(times, 'Readability alone', () => new Readability(alone).parse());
  const doc = parse();
  timed(times, 'extractArticle whole', () => extractArticle(doc, { url, site: null, window }));
  const clone = timed(times, 'clone', () => doc.cloneNode(true) as Document);
  const parsed = timed(times, 'Readability in extractArticle', () => new Readability<Node>(clone, { keepClasses: true, serializer: (n) => n }).parse());
  const article = parsed?.content as Element | undefined;
  if (!parsed || !article) return times;
  const prose = timed(times, 'prose', () => measureProse(article));
  timed(times, 'clutter pass', () => declutter(article, { pageUrl: url, byline: parsed.byline, title: parsed.title }));
  const fingerprints = timed(times, 'fingerprints', () => collectFingerprints(article, url, null));
  timed(times, 'site pass', () => removeSiteBlocks(article, { fingerprints }));
  timed(times, 'article check', () => whyNotArticle(article, { declaresArticle: false, prose, pageProse: () => measureProse(doc.body) }));
  timed(times, 'text', () => toText(article, { skip: isCaption }));
  timed(times, 'sanitize', () => sanitizeToStableHtml(article, window));
  return times;
}

(globalThis as { __stages?: typeof stages }).__stages = stages;
