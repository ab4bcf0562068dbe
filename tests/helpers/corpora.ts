/**
 * Every regression suite as typed pages, loaded the way each suite's own runner loads it, plus the
 * token helpers the suites are scored with (\w+ tokens, in-order recall, glued words).
 *
 * Suites (../shared, read-only, never copied into the repository):
 * - readability: Readability's 130 test pages (source, expected.html, expected-metadata.json), at
 *   http://fakehost/test/page.html with comments removed, as Readability's runner does;
 * - defuddle: Defuddle's fixtures and expected Markdown (metadata block stripped), at the URL of the
 *   fixture's `{"url": …}` comment;
 * - bench: the 181 pages of the article-extraction benchmark and their ground truth;
 * - gold: the gold pages, shared and the repository's own.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { toText } from '../../src/pipeline/article/to-text.js';
import { REPO, SHARED, loadGoldPages, type Gold } from './gold.js';
import { suiteAvailable } from './suite-available.js';

// Re-exported: corpus users (bench/rules.ts) ask corpora.ts for it.
export { suiteAvailable };

export type SuiteName = 'readability' | 'defuddle' | 'bench' | 'gold';

export interface CorpusPage {
  suite: SuiteName;
  name: string;
  /** The address the page is loaded at (relative links resolve against it). */
  url: string;
  html: string;
  /** Labelled an article (true), not an article (false), or not labelled (null). */
  article: boolean | null;
}

export interface ReadabilityMetadata {
  title: string | null;
  byline: string | null;
  dir: string | null;
  lang: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  readerable: boolean;
}

export interface ReadabilityPage extends CorpusPage {
  suite: 'readability';
  expectedHtml: string;
  expectedMetadata: ReadabilityMetadata;
}

export interface DefuddlePage extends CorpusPage {
  suite: 'defuddle';
  /** The part of the name before `--` ("footnotes", "codeblocks", …), or "" for uncategorised fixtures. */
  category: string;
  /** Expected Markdown without its leading JSON metadata block. */
  expectedMarkdown: string;
  expectedMetadata: Record<string, string>;
}

export interface BenchPage extends CorpusPage {
  suite: 'bench';
  articleBody: string;
}

export interface GoldCorpusPage extends CorpusPage {
  suite: 'gold';
  gold: Gold;
}

export type AnyPage = ReadabilityPage | DefuddlePage | BenchPage | GoldCorpusPage;

export const CORPORA = {
  readability: path.join(SHARED, 'corpora/readability-test-pages'),
  defuddle: path.join(SHARED, 'corpora/defuddle-fixtures'),
  bench: path.join(SHARED, 'bench-data/article-extraction-benchmark'),
  goldShared: path.join(SHARED, 'fixtures/pages'),
  goldRepo: path.join(REPO, 'tests/fixtures/pages'),
};

/** Readability's runner loads every test page at this address. */
export const READABILITY_TEST_URL = 'http://fakehost/test/page.html';


/** Our labels of the Readability pages that are not articles (written before any decline rule was tuned). */
export const READABILITY_NOT_ARTICLES = path.join(REPO, 'tests/fixtures/labels/readability-not-articles.json');

export function loadReadabilityPages(dir = CORPORA.readability): ReadabilityPage[] {
  if (!suiteAvailable(dir)) return [];
  const labels = JSON.parse(fs.readFileSync(READABILITY_NOT_ARTICLES, 'utf8')) as { notArticles: Record<string, string> };
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const read = (f: string): string => fs.readFileSync(path.join(dir, name, f), 'utf8');
      return {
        suite: 'readability' as const,
        name,
        url: READABILITY_TEST_URL,
        html: read('source.html'),
        article: !(name in labels.notArticles),
        expectedHtml: read('expected.html'),
        expectedMetadata: JSON.parse(read('expected-metadata.json')) as ReadabilityMetadata,
      };
    });
}

const FIXTURE_URL = /<!--\s*(\{\s*"url"\s*:[^}]*\})\s*-->/u;
const METADATA_BLOCK = /^\s*```json\s*\n([\s\S]*?)\n```\s*\n?/u;

export function loadDefuddlePages(dir = CORPORA.defuddle): DefuddlePage[] {
  if (!suiteAvailable(dir)) return [];
  return fs.readdirSync(path.join(dir, 'fixtures'))
    .filter((f) => f.endsWith('.html') && fs.existsSync(path.join(dir, 'expected', f.replace(/\.html$/u, '.md'))))
    .sort()
    .map((f) => {
      const name = f.replace(/\.html$/u, '');
      const html = fs.readFileSync(path.join(dir, 'fixtures', f), 'utf8');
      const md = fs.readFileSync(path.join(dir, 'expected', `${name}.md`), 'utf8');
      const urlJson = FIXTURE_URL.exec(html)?.[1];
      const meta = METADATA_BLOCK.exec(md);
      return {
        suite: 'defuddle' as const,
        name,
        category: name.includes('--') ? (name.split('--')[0] ?? '') : '',
        url: urlJson ? (JSON.parse(urlJson) as { url: string }).url : `https://defuddle.test/${name}`,
        html,
        // Defuddle names its listing fixtures so; the others are content of some kind, not labelled further.
        article: name.startsWith('listing--') ? false : null,
        expectedMarkdown: meta ? md.slice(meta[0].length) : md,
        expectedMetadata: meta?.[1] ? (JSON.parse(meta[1]) as Record<string, string>) : {},
      };
    });
}

/** Benchmark pages, sorted by id; `slice` picks every n-th page from an offset (to split test files). */
export function loadBenchPages(dir = CORPORA.bench, slice: { of: number; index: number } = { of: 1, index: 0 }): BenchPage[] {
  if (!suiteAvailable(dir)) return [];
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.keys(truth).sort()
    .filter((_, i) => i % slice.of === slice.index)
    .map((id) => ({
      suite: 'bench' as const,
      name: id,
      url: truth[id]?.url ?? '',
      article: true,
      html: zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
      articleBody: truth[id]?.articleBody ?? '',
    }));
}

/** The gold pages: the shared ones (when present) and the repository's own. */
export function loadGoldCorpus(): GoldCorpusPage[] {
  const shared = suiteAvailable(CORPORA.goldShared) ? loadGoldPages(CORPORA.goldShared) : [];
  return [...shared, ...loadGoldPages(CORPORA.goldRepo)].map((p) => ({
    suite: 'gold' as const, name: p.name, url: p.gold.url, html: p.html, article: p.gold.isArticle, gold: p.gold,
  }));
}

const quiet = new VirtualConsole();

/** The page parsed once, as its suite's runner parses it (Readability's runner drops comments). */
export function parsePage(page: CorpusPage): JSDOM {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: quiet });
  if (page.suite === 'readability') removeComments(dom.window.document);
  return dom;
}

function removeComments(doc: Document): void {
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
  for (const c of comments) c.parentNode?.removeChild(c);
}

let parser: DOMParser | null = null;
/** HTML as plain text, one block a line (the pipeline's own block rules); parsed inert, never run. */
export function htmlToText(html: string): string {
  return toText(parseHtml(html));
}

/** An HTML fragment parsed inert (no scripts run, nothing loads), as the body of its own document. */
export function parseHtml(html: string): HTMLElement {
  parser ??= new new JSDOM('', { virtualConsole: quiet }).window.DOMParser();
  return parser.parseFromString(html, 'text/html').body;
}

/** Markdown as the words a reader sees: no link targets, images, fences, footnote markers or markup. */
export function markdownToText(md: string): string {
  return md
    .replace(/^\s*(```|~~~).*$/gmu, '')             // fence lines and their language tags
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')          // images (alt text is not shown as text)
    .replace(/\[\^[^\]]+\](?!:)/gu, '')             // footnote references in the text
    .replace(/^\[\^[^\]]+\]:/gmu, '')               // footnote definition labels
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')       // links keep their text
    .replace(/<[^>]+>/gu, ' ')                      // inline HTML tags
    .replace(/&nbsp;/gu, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/gu, '$1'); // backslash escapes ("snake\_case")
}

/** What each suite's reference keeps, as plain text. */
export function referenceText(page: AnyPage): string {
  switch (page.suite) {
    case 'readability': return htmlToText(page.expectedHtml);
    case 'defuddle': return markdownToText(page.expectedMarkdown);
    case 'bench': return page.articleBody;
    case 'gold': return [...page.gold.paragraphs, ...(page.gold.mustKeep ?? [])].join('\n\n');
  }
}

// ---------------------------------------------------------------- tokens

/** Python's re `\w+` on str (the benchmark's tokens): Unicode letters, digits, numerics and `_`. */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export interface Alignment {
  /** For each reference token, the index of the output token it matched, or -1. */
  at: number[];
  matched: number;
  total: number;
  recall: number;
}

/**
 * Reference tokens found in the output in the same order: a longest common subsequence of the two
 * token lists (Hunt–Szymanski: one pass over the matching pairs, with the patience-sort thresholds),
 * so clutter inserted in the output and text missing from it are both told apart exactly.
 */
export function alignInOrder(reference: string[], output: string[]): Alignment {
  const positions = new Map<string, number[]>();
  output.forEach((t, j) => {
    const list = positions.get(t);
    if (list) list.push(j);
    else positions.set(t, [j]);
  });
  // thresh[k]: the smallest output index that ends a common subsequence of length k + 1.
  const thresh: number[] = [];
  const ends: Link[] = [];
  reference.forEach((t, i) => {
    const list = positions.get(t) ?? [];
    for (let m = list.length - 1; m >= 0; m -= 1) {
      const j = list[m] ?? 0;
      const k = lowerBound(thresh, j);
      if (k === thresh.length || (thresh[k] ?? 0) > j) {
        thresh[k] = j;
        ends[k] = { i, j, prev: k > 0 ? ends[k - 1] : undefined };
      }
    }
  });
  const at = reference.map(() => -1);
  for (let link = ends[thresh.length - 1]; link; link = link.prev) at[link.i] = link.j;
  return { at, matched: thresh.length, total: reference.length, recall: reference.length ? thresh.length / reference.length : 1 };
}

interface Link {
  i: number;
  j: number;
  prev: Link | undefined;
}

function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Runs of consecutive reference tokens that an alignment did not find. */
export function missingRuns(reference: string[], alignment: Alignment): { start: number; tokens: string[] }[] {
  const runs: { start: number; tokens: string[] }[] = [];
  alignment.at.forEach((a, i) => {
    if (a >= 0) return;
    const last = runs[runs.length - 1];
    if (last && last.start + last.tokens.length === i) last.tokens.push(reference[i] ?? '');
    else runs.push({ start: i, tokens: [reference[i] ?? ''] });
  });
  return runs;
}

/** Whether `run` occurs as consecutive tokens inside `hay`. */
export function containsRun(hay: string[], run: string[]): boolean {
  if (run.length === 0) return true;
  outer: for (let i = 0; i + run.length <= hay.length; i += 1) {
    for (let j = 0; j < run.length; j += 1) if (hay[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Glued words: output tokens that are two consecutive reference tokens written together
 * ("meanspredictable") and are not themselves a reference token. Pairs with a number in them
 * (footnote markers, "x1" in formulas) or of two single letters ("U.S.") are not counted.
 */
export function gluedWords(output: string[], reference: string[]): string[] {
  const known = new Set(reference);
  const pairs = new Set<string>();
  const wordy = (a: string, b: string): boolean => !/\p{N}/u.test(a + b) && a.length + b.length > 2;
  for (let i = 0; i + 1 < reference.length; i += 1) {
    const a = reference[i] ?? '';
    const b = reference[i + 1] ?? '';
    if (wordy(a, b)) pairs.add(`${a}${b}`);
  }
  return output.filter((t) => !known.has(t) && pairs.has(t));
}
