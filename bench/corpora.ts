/**
 * The public regression suites in the bench, Clearleaf beside Readability alone on the same parsed
 * page: Readability's test pages (token recall of expected.html, wrong declines, metadata agreement
 * per field) and Defuddle's fixtures (token recall and precision against the expected Markdown,
 * glued words). Each page is parsed once; Clearleaf never writes to it, Readability runs last.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/node/lib.js';
import { toText } from '../src/pipeline/article/to-text.js';
import type { ExtractedArticle } from '../src/pipeline/types.js';
import {
  alignInOrder, gluedWords, htmlToText, loadDefuddlePages, loadReadabilityPages, parseHtml, parsePage,
  referenceText, tokens, type DefuddlePage, type ReadabilityPage,
} from '../tests/helpers/corpora.js';
import { isCaption } from '../src/pipeline/extract-article.js';
import { compareMetadata, METADATA_FIELDS, type MetadataField } from './corpora-metadata.js';
import { fmt, table } from './table.js';

type ReadabilityResult = NonNullable<ReturnType<Readability<Node>['parse']>>;

interface Run {
  clearleaf: ExtractedArticle;
  readability: ReadabilityResult | null;
  readabilityText: string;
}

function runBoth(page: ReadabilityPage | DefuddlePage): Run {
  const dom = parsePage(page);
  try {
    const doc = dom.window.document;
    const clearleaf = extractArticle(doc, { url: page.url });
    const readability = new Readability<Node>(doc, { serializer: (n) => n }).parse();
    return { clearleaf, readability, readabilityText: readability?.content ? toText(readability.content) : '' };
  } finally {
    dom.window.close();
  }
}

/** Reference tokens in captions of the expected HTML: set apart, since Clearleaf's text leaves captions out. */
function captionTokens(expectedHtml: string): Set<string> {
  const body = parseHtml(expectedHtml);
  return new Set(tokens([...body.querySelectorAll('*')].filter(isCaption).map((el) => toText(el)).join('\n')));
}

interface Pool {
  matched: number;
  total: number;
}
const recall = (p: Pool): number => (p.total ? p.matched / p.total : 1);

export function runReadabilitySuite(): string {
  const pages = loadReadabilityPages();
  // Labelled in tests/fixtures/labels/readability-not-articles.json.
  const notArticles = pages.filter((p) => p.article === false).length;
  if (pages.length === 0) return "Skipped Readability's test pages: ../shared/corpora is missing.";
  const pools = { readability: { matched: 0, total: 0 }, clearleaf: { matched: 0, total: 0 } };
  const declines = { readability: [] as string[], clearleaf: [] as string[], rightClearleaf: 0 };
  const agree = new Map<string, number>();
  const suffixCases = { readability: 0, clearleaf: 0 };
  for (const page of pages) {
    const run = runBoth(page);
    const ref = tokens(referenceText(page));
    const captions = captionTokens(page.expectedHtml);
    // Captions of the reference are scored apart: Clearleaf keeps them in the HTML, not the text.
    const scored = ref.filter((t) => !captions.has(t));
    const isArticle = page.article !== false;
    for (const [name, text, declined] of [
      ['readability', run.readabilityText, !run.readability] as const,
      ['clearleaf', run.clearleaf.text, !run.clearleaf.isArticle] as const,
    ]) {
      if (!isArticle) continue;
      if (declined) declines[name].push(page.name);
      const a = alignInOrder(scored, tokens(text));
      pools[name].matched += a.matched;
      pools[name].total += a.total;
    }
    if (!isArticle && !run.clearleaf.isArticle) declines.rightClearleaf += 1;
    const m = compareMetadata(page.expectedMetadata, run.clearleaf, run.readability);
    for (const [key, ok] of m.agree) agree.set(key, (agree.get(key) ?? 0) + (ok ? 1 : 0));
    suffixCases.clearleaf += m.titleSuffixCase.clearleaf ? 1 : 0;
    suffixCases.readability += m.titleSuffixCase.readability ? 1 : 0;
  }
  const articles = pages.length - notArticles;
  const row = (name: 'readability' | 'clearleaf', label: string): string[] => [
    label, fmt(recall(pools[name]), 4), `${declines[name].length} of ${articles}`,
    ...METADATA_FIELDS.map((f: MetadataField) => String(agree.get(`${name}:${f}`) ?? 0)),
    String(agree.get(`${name}:byline names`) ?? 0),
  ];
  return [
    `Readability's test pages: ${pages.length} (${notArticles} labelled not an article: tiny unit pages and a front page). Pooled in-order token recall of expected.html on the articles, captions set apart; metadata: pages agreeing with expected-metadata.json per field.`,
    '',
    table(['system', 'token recall', 'declined articles', ...METADATA_FIELDS, 'byline names'], [row('readability', 'Readability 0.6.0 alone'), row('clearleaf', 'Clearleaf')]),
    '',
    `Wrongly declined by Clearleaf: ${declines.clearleaf.join(', ') || 'none'}. Non-articles declined: ${declines.rightClearleaf} of ${notArticles}.`,
    `Title cases where the expected title keeps a " - Site Name" suffix that the system strips (counted apart, not as agreement): Readability ${suffixCases.readability}, Clearleaf ${suffixCases.clearleaf}.`,
  ].join('\n');
}

export function runDefuddleSuite(): string {
  const pages = loadDefuddlePages();
  if (pages.length === 0) return "Skipped Defuddle's fixtures: ../shared/corpora is missing.";
  const sums = { readability: { r: 0, p: 0, glued: 0, declined: 0 }, clearleaf: { r: 0, p: 0, glued: 0, declined: 0 } };
  const gluedExamples: string[] = [];
  // Clearleaf's declines by reason code, with the pages (the wrong ones are to be fixed by kind).
  const declineReasons = new Map<string, string[]>();
  const perCategory = new Map<string, { n: number; r: number; rr: number }>();
  for (const page of pages) {
    const run = runBoth(page);
    if (!run.clearleaf.isArticle) {
      const code = run.clearleaf.reason?.code ?? 'none';
      declineReasons.set(code, [...(declineReasons.get(code) ?? []), page.name]);
    }
    const ref = tokens(referenceText(page));
    const texts = {
      readability: run.readabilityText,
      // The HTML holds captions too; score the article as a reader of the HTML sees it.
      clearleaf: run.clearleaf.isArticle ? htmlToText(run.clearleaf.html) : '',
    };
    for (const name of ['readability', 'clearleaf'] as const) {
      const out = tokens(texts[name]);
      if (!out.length) sums[name].declined += 1;
      const a = alignInOrder(ref, out);
      sums[name].r += a.recall;
      sums[name].p += out.length ? a.matched / out.length : 0;
      const glued = gluedWords(out, ref);
      sums[name].glued += glued.length;
      if (name === 'clearleaf') gluedExamples.push(...glued.map((g) => `${g} (${page.name})`));
      const c = perCategory.get(page.category || 'other') ?? { n: 0, r: 0, rr: 0 };
      if (name === 'clearleaf') {
        c.n += 1;
        c.r += a.recall;
      } else c.rr += a.recall;
      perCategory.set(page.category || 'other', c);
    }
  }
  const n = pages.length;
  const row = (name: 'readability' | 'clearleaf', label: string): string[] =>
    [label, fmt(sums[name].r / n), fmt(sums[name].p / n), String(sums[name].glued), String(sums[name].declined)];
  return [
    `Defuddle's fixtures: ${n} pages, mean in-order token recall and precision against the expected Markdown (link targets, images, fences and footnote markers left out); glued words: output tokens that are two reference tokens written together.`,
    '',
    table(['system', 'recall', 'precision', 'glued words', 'empty or declined'], [row('readability', 'Readability 0.6.0 alone'), row('clearleaf', 'Clearleaf')]),
    '',
    table(['category', 'pages', 'Readability recall', 'Clearleaf recall'],
      [...perCategory].sort().map(([cat, c]) => [cat, String(c.n), fmt(c.rr / c.n), fmt(c.r / c.n)])),
    '',
    `Declined by Clearleaf, by reason: ${[...declineReasons].map(([code, names]) => `${code} ${names.length} (${names.join(', ')})`).join('; ') || 'none'}.`,
    `Glued words in Clearleaf's output: ${gluedExamples.slice(0, 12).join(', ') || 'none'}`,
  ].join('\n');
}
