/**
 * The no-harm invariant (issue 9 item 1), page by page: every word that Readability alone keeps AND
 * the suite's reference keeps is in Clearleaf's `text` and `html`, in order and with its word breaks,
 * unless a rule removed it and `removed` names the rule. Captions are left out of `text` by design
 * (they stay with their images in `html`), so in `text` a caption's words count as explained.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle, isCaption } from '../../src/pipeline/extract-article.js';
import { toText } from '../../src/pipeline/article/to-text.js';
import { sanitizeHtml } from '../../src/pipeline/article/sanitize.js';
import type { ExtractedArticle } from '../../src/pipeline/types.js';
import {
  alignInOrder, containsRun, gluedWords, htmlToText, missingRuns, parsePage, referenceText, tokens, type AnyPage,
} from './corpora.js';

export interface NoHarmFinding {
  page: string;
  /** Clearleaf declined a page on which Readability and the reference agree on words. */
  declined: string | null;
  /** Words kept by both that are missing from `text` / `html`, unexplained (first few runs, as text). */
  lostFromText: string[];
  lostFromHtml: string[];
  lostWords: number;
  /** Output tokens that are two reference tokens written together, in `text` and in `html`. */
  gluedInText: string[];
  gluedInHtml: string[];
  /** Words kept by both Readability and the reference (the invariant's scope). */
  keptByBoth: number;
  /** `html` sanitized again is another string (issue 15 item 4: sanitizing is a fixed point on every corpus page). */
  notFixedPoint: boolean;
}

const SHOW_RUNS = 5;
/** A removed block cut short in `removed` (it ends with "…") explains a run that starts with its words. */
const TRUNCATED_PREFIX = 5;

/**
 * Readability alone, as text, and the captions in it (found by class, so classes are kept). It
 * rewrites the Document it is given: pass a clone, or run it last.
 */
export function readabilityText(doc: Document): { text: string; captions: string } {
  const content = new Readability<Node>(doc, { keepClasses: true, serializer: (n) => n }).parse()?.content;
  if (!content || content.nodeType !== 1) return { text: '', captions: '' };
  const captions = [...(content as Element).querySelectorAll('*')].filter(isCaption).map((el) => toText(el)).join('\n');
  return { text: toText(content), captions };
}

/** One page, parsed once: Clearleaf (which never writes to its input), then Readability on the same Document. */
export function checkNoHarm(page: AnyPage): NoHarmFinding {
  const dom = parsePage(page);
  try {
    const doc = dom.window.document;
    const article = extractArticle(doc, { url: page.url });
    const reference = tokens(referenceText(page));
    const readability = readabilityText(doc);
    const own = tokens(readability.text);
    const finding = judge(page, keptByBoth(own, reference), article, reference, readability.captions, new Set(gluedWords(own, reference)));
    const win = dom.window as unknown as Window;
    return { ...finding, notFixedPoint: article.isArticle && sanitizeHtml(article.html, win) !== article.html };
  } finally {
    dom.window.close();
  }
}

/** Readability's tokens that the reference also has, in order. */
export function keptByBoth(readability: string[], reference: string[]): string[] {
  const a = alignInOrder(reference, readability);
  return a.at.filter((j) => j >= 0).map((j) => readability[j] ?? '');
}

/**
 * `gluedByReadability`: joins Readability's own text already has (a page that writes "webpage" where
 * the reference writes "web page"): not Clearleaf's doing, so not counted against it.
 */
function judge(
  page: AnyPage, both: string[], article: ExtractedArticle, reference: string[], captions: string, gluedByReadability: Set<string>,
): Omit<NoHarmFinding, 'notFixedPoint'> {
  const base = { page: page.name, keptByBoth: both.length, gluedInText: [], gluedInHtml: [], lostFromText: [], lostFromHtml: [], lostWords: 0 };
  if (!article.isArticle) return { ...base, declined: wrongDecline(page, both.length) ? JSON.stringify(article.reason ?? 'declined') : null };
  const htmlText = htmlToText(article.html);
  const removed = article.removed.map((r) => r.text);
  const lost = (out: string[], sources: string[]): string[][] =>
    missingRuns(both, alignInOrder(both, out)).flatMap((r) => unexplained(r.tokens, sources));
  const glued = (out: string[]): string[] => [...new Set(gluedWords(out, reference))].filter((g) => !gluedByReadability.has(g));
  const fromText = lost(tokens(article.text), [...removed, captions]);
  const fromHtml = lost(tokens(htmlText), removed);
  return {
    ...base,
    declined: null,
    lostFromText: fromText.slice(0, SHOW_RUNS).map((r) => r.join(' ')),
    lostFromHtml: fromHtml.slice(0, SHOW_RUNS).map((r) => r.join(' ')),
    lostWords: Math.max(fromText.flat().length, fromHtml.flat().length),
    gluedInText: glued(tokens(article.text)),
    gluedInHtml: glued(tokens(htmlText)),
  };
}

/**
 * A decline harms when the page is labelled an article, or, unlabelled, when Readability and the
 * reference agree on at least as many words as issue 9 says are never declined (150).
 */
export const NEVER_DECLINE_WORDS = 150;
function wrongDecline(page: AnyPage, keptByBoth: number): boolean {
  return page.article ?? keptByBoth >= NEVER_DECLINE_WORDS;
}

/**
 * The parts of a run of missing words that no explanation covers. Explanations are the removed
 * blocks' texts (and, for `text`, the captions); a removed block cut short in `removed` (it ends
 * with "…") covers the rest of a run from its first words on. The run is walked greedily, each
 * step taking the longest stretch some explanation holds.
 */
function unexplained(run: string[], sources: string[]): string[][] {
  const hay = tokens(sources.join('\n'));
  const cut = sources.filter((t) => t.endsWith('…')).map((t) => tokens(t).slice(0, TRUNCATED_PREFIX)).filter((p) => p.length === TRUNCATED_PREFIX);
  const out: string[][] = [];
  let lost: string[] = [];
  for (let p = 0; p < run.length;) {
    if (cut.some((prefix) => startsWith(run, p, prefix))) break;
    let n = 0;
    while (p + n < run.length && containsRun(hay, run.slice(p, p + n + 1))) n += 1;
    if (n === 0) {
      lost.push(run[p] ?? '');
      p += 1;
    } else {
      if (lost.length) out.push(lost);
      lost = [];
      p += n;
    }
  }
  if (lost.length) out.push(lost);
  return out;
}

function startsWith(run: string[], at: number, prefix: string[]): boolean {
  return prefix.every((t, k) => run[at + k] === t);
}


export function failed(f: NoHarmFinding): boolean {
  return f.declined !== null || f.lostWords > 0 || f.gluedInText.length > 0 || f.gluedInHtml.length > 0 || f.notFixedPoint;
}

/** What a failing page looks like in the known-failures list and in test messages. */
export function describeFinding(f: NoHarmFinding): string {
  if (f.declined) return `declined (${f.declined}) though Readability and the reference agree on ${f.keptByBoth} words`;
  const parts = [];
  const quote = (runs: string[]): string => runs.slice(0, 3).map((r) => `"${r.slice(0, 80)}"`).join(', ');
  if (f.lostFromText.length) parts.push(`lost from text: ${quote(f.lostFromText)}`);
  if (f.lostFromHtml.length) parts.push(`lost from html: ${quote(f.lostFromHtml)}`);
  if (f.lostWords) parts.push(`${f.lostWords} words lost`);
  if (f.gluedInText.length) parts.push(`glued in text: ${f.gluedInText.slice(0, 5).join(', ')}`);
  if (f.gluedInHtml.length) parts.push(`glued in html: ${f.gluedInHtml.slice(0, 5).join(', ')}`);
  if (f.notFixedPoint) parts.push('html changes when sanitized again');
  return parts.join('; ');
}
