/**
 * The pipeline up to the article: page → clone → Readability → clutter pass → metadata → sanitized
 * article. Pure: takes a Document, returns data, never touches the Document it was given. The content
 * script runs this alone; the sources analysis (pipeline.ts) runs where pages pay nothing for it.
 */
import { Readability } from '@mozilla/readability';
import { whyNotArticle } from './extract/article-check.js';
import { measureProse } from './extract/prose.js';
import { cleanByline } from './extract/byline.js';
import { CAPTION_CLASS } from './declutter/rules/index.js';
import { declutter } from './declutter/declutter.js';
import { collectFingerprints, describeBlock } from './declutter/site-blocks.js';
import { removeSiteBlocks } from './declutter/site-pass.js';
import { matchingRule } from './declutter/site-rules.js';
import { classAndId } from './util/dom.js';
import { readMetadata, stripSiteSuffix } from './extract/metadata.js';
import { PAGE_BUDGET, overBudget } from './extract/page-budget.js';
import { unshadowNames } from './extract/clobber-guard.js';
import { ParseBudgetExceeded, boundWalk } from './extract/parse-budget.js';
import { cloneDocument, documentParts } from './extract/unclobbered.js';
import { sanitizeToStableHtml } from './article/sanitize.js';
import { collapse, countWords } from './util/text.js';
import { toText } from './article/to-text.js';
import type { CleanOptions, DeclineReason, ExtractedArticle } from './types.js';

export const DEFAULT_MAX_ELEMENTS = PAGE_BUDGET.maxElements;
const WORDS_PER_MINUTE = 230;

/**
 * Longer than this is no caption, whatever its class says: a layout class such as
 * "image-caption-below" on the story's own container must not take the whole text with it.
 */
const CAPTION_MAX_WORDS = 80;

/** Captions and photo credits: in the HTML with their images, not in the running text. */
export function isCaption(el: Element): boolean {
  return (el.tagName === 'FIGCAPTION' || CAPTION_CLASS.test(classAndId(el))) && countWords(el.textContent ?? '') <= CAPTION_MAX_WORDS;
}

export function extractArticle(doc: Document, options: CleanOptions): ExtractedArticle {
  // The page's named elements can shadow what we read from its document: read past them, then
  // work on a copy whose shadowing names are renamed (clobber-guard.ts).
  const { win: ownWindow, root: pageRoot } = documentParts(doc);
  const win = ownWindow ?? options.window ?? null;
  const empty = (reason: DeclineReason): ExtractedArticle => ({
    title: '', byline: null, siteName: null, publishedTime: null, lang: null, dir: null, excerpt: null,
    isArticle: false, reason, text: '', html: '', wordCount: 0, readingMinutes: 0, removed: [],
  });
  if (!win) return empty({ code: 'no-window', figures: {} });
  if (!pageRoot) return empty({ code: 'empty', figures: {} });
  const tooLarge = overBudget(doc, options.maxElements);
  if (tooLarge) return empty(tooLarge);

  // Readability rewrites the document it is given: always a copy.
  const clone = cloneDocument(doc);
  unshadowNames(clone);
  const meta = readMetadata(clone);
  const base = {
    title: meta.title ?? collapse(clone.title),
    byline: meta.byline,
    siteName: meta.siteName,
    publishedTime: meta.publishedTime,
    lang: meta.lang,
    dir: meta.dir,
    excerpt: meta.excerpt,
  };
  const decline = (reason: DeclineReason): ExtractedArticle => ({ ...empty(reason), ...base });

  const reader = new Readability<Node>(clone, { keepClasses: true, serializer: (node) => node });
  boundWalk(reader, { elements: clone.getElementsByTagName('*').length });
  let parsed: ReturnType<typeof reader.parse>;
  try {
    parsed = reader.parse();
  } catch (error) {
    if (error instanceof ParseBudgetExceeded) return decline({ code: 'too-slow', figures: {} });
    throw error;
  }
  const root = parsed?.content;
  if (!parsed || !root || root.nodeType !== 1) return decline({ code: 'no-content', figures: {} });
  const article = root as Element;
  // Prose is measured on what Readability returned, before the clutter pass takes anything out.
  const prose = measureProse(article);
  const keep = options.siteRules?.keep ?? [];
  const removed = declutter(article, {
    pageUrl: options.url, byline: meta.byline ?? cleanByline(parsed.byline), title: meta.title ?? parsed.title,
    siteName: meta.siteName ?? parsed.siteName, section: doc.querySelector('meta[property="article:section"]')?.getAttribute('content'),
    disabledRules: options.disabledRules ? new Set(options.disabledRules) : undefined,
    keeps: keep.length ? (el) => matchingRule(keep, describeBlock(el, article)) !== undefined : undefined,
  });
  // Site rules and memory (issue 12): fingerprints of the article as the pass left it, then the
  // reader's hide rules and the site's learned boilerplate, under the same no-harm limits.
  const fingerprints = collectFingerprints(article, options.url, options.site ?? null);
  removed.push(...removeSiteBlocks(article, { fingerprints, siteRules: options.siteRules, siteMemory: options.siteMemory }));
  const reason = whyNotArticle(article, { declaresArticle: meta.declaresArticle, prose, pageProse: () => measureProse(doc.body ?? pageRoot) });
  if (reason) return decline(reason);

  // The plain text is the running text: captions stay with their images in the HTML only.
  const text = toText(article, { skip: isCaption });
  const html = sanitizeToStableHtml(article, win);
  const wordCount = countWords(text);
  return {
    ...base,
    title: base.title || stripSiteSuffix(collapse(parsed.title), meta.siteName),
    byline: base.byline ?? cleanByline(parsed.byline),
    lang: base.lang ?? (collapse(parsed.lang) || null),
    isArticle: true,
    text,
    html,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    removed,
    fingerprints,
  };
}
