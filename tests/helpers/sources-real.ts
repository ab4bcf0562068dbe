/**
 * The hand-labelled real articles (tests/fixtures/sources/real/*.json): labels only, each with a pointer
 * to its page in ../shared (a Readability test page or a benchmark article), never a copy of the page.
 * The text analysed is what Clearleaf itself gives the sources step: cleanDocument on the saved page
 * for Readability pages, the hand-checked article body for benchmark pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { cleanDocument } from '../../src/node/lib.js';
import { READABILITY_TEST_URL } from './corpora.js';
import { REPO, SHARED } from './gold.js';
import type { LabelledSource } from './sources-labels.js';

/** `held-out-2`: the second held-out part, labelled in session 3 from the article alone before any rule was run on it. */
export type Split = 'dev' | 'held-out' | 'held-out-2';

export interface RealLabels {
  id: string;
  /** `readability/<folder>` or `bench/<page id>` under ../shared. */
  page: string;
  split: Split;
  lang?: string;
  sources: LabelledSource[];
  /** Names a careful reader would not list (mentioned, acting, addressees). */
  notSources?: string[];
}

export interface RealArticle extends RealLabels {
  text: string;
  html?: string;
  url?: string;
}

const REAL_DIR = path.join(REPO, 'tests/fixtures/sources/real');
const READABILITY = path.join(SHARED, 'corpora/readability-test-pages');
const BENCH = path.join(SHARED, 'bench-data/article-extraction-benchmark');
export const hasRealPages = fs.existsSync(READABILITY) && fs.existsSync(BENCH);

export function loadRealLabels(): RealLabels[] {
  return fs.readdirSync(REAL_DIR).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(REAL_DIR, f), 'utf8')) as RealLabels);
}

let truth: Record<string, { url: string; articleBody: string }> | null = null;

/** A labelled Readability page (`readability/<folder>`) parsed as saved. */
export function readabilityPage(page: string): JSDOM {
  const id = page.split('/')[1] ?? '';
  return new JSDOM(fs.readFileSync(path.join(READABILITY, id, 'source.html'), 'utf8'), { url: READABILITY_TEST_URL });
}

/** The article text for a label file's page (reads ../shared; call only when hasRealPages). */
export function realText(page: string): { text: string; html?: string; url?: string } {
  const [corpus, id = ''] = page.split('/');
  if (corpus === 'readability') {
    const article = cleanDocument(readabilityPage(page).window.document, { url: READABILITY_TEST_URL });
    return { text: article.text, html: article.html, url: READABILITY_TEST_URL };
  }
  truth ??= JSON.parse(fs.readFileSync(path.join(BENCH, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  const entry = truth[id];
  if (!entry) throw new Error(`no benchmark article ${id}`);
  return { text: entry.articleBody, url: entry.url };
}

export function loadRealArticles(split?: Split): RealArticle[] {
  return loadRealLabels().filter((l) => !split || l.split === split).map((l) => ({ ...l, ...realText(l.page) }));
}

