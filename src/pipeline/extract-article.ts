/**
 * The pipeline up to the article: page → clone → Readability → clutter pass → metadata → sanitized
 * article. Pure: takes a Document, returns data, never touches the Document it was given. The content
 * script runs this alone; the sources analysis (pipeline.ts) runs where pages pay nothing for it.
 */
import { Readability } from '@mozilla/readability';
import { whyNotArticle } from './extract/article-check.js';
import { measureProse, wordEquivalents, type ProseFigures } from './extract/prose.js';
import { chooseBlock } from './extract/block-choice.js';
import { cleanByline } from './extract/byline.js';
import { CAPTION_CLASS } from './declutter/rules/index.js';
import { declutter } from './declutter/declutter.js';
import { collectFingerprints, describeBlock } from './declutter/site-blocks.js';
import { removeSiteBlocks } from './declutter/site-pass.js';
import { matchingRule } from './declutter/site-rules.js';
import { classAndId } from './util/dom.js';
import { readMetadata } from './extract/metadata.js';
import { articleMetadata, type ReadabilityMetadata } from './extract/article-metadata.js';
import { PAGE_BUDGET, overBudget } from './extract/page-budget.js';
import { unshadowNames } from './extract/clobber-guard.js';
import { ParseBudgetExceeded, boundWalk } from './extract/parse-budget.js';
import { cloneDocument, documentParts } from './extract/unclobbered.js';
import { sanitizeToStableHtml } from './article/sanitize.js';
import { countWords } from './util/text.js';
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

type Parsed = ReturnType<Readability<Node>['parse']>;

/** Readability on a copy it may rewrite, its walk bounded (parse-budget.ts). */
function readWithBudget(copy: Document): Parsed | 'too-slow' {
  const reader = new Readability<Node>(copy, { keepClasses: true, serializer: (node) => node });
  boundWalk(reader, { elements: copy.getElementsByTagName('*').length });
  try {
    return reader.parse();
  } catch (error) {
    if (error instanceof ParseBudgetExceeded) return 'too-slow';
    throw error;
  }
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
  const decline = (reason: DeclineReason, found: ReadabilityMetadata = {}): ExtractedArticle => ({ ...empty(reason), ...articleMetadata(meta, found) });

  const parsed = readWithBudget(clone);
  if (parsed === 'too-slow') return decline({ code: 'too-slow', figures: {} });
  const first = parsed?.content;
  const picked = first && first.nodeType === 1 ? (first as Element) : null;
  // Prose is measured on what Readability returned, before the clutter pass takes anything out.
  const pickedProse = picked ? measureProse(picked) : { words: 0, paragraphs: 0, teaserCards: 0 };
  // A fresh copy of the page, its names unshadowed, made only when asked (Readability rewrote `clone`).
  const copy = (): Document => {
    const fresh = cloneDocument(doc);
    unshadowNames(fresh);
    return fresh;
  };
  // The page's running prose: asked only when Readability's block is small (a walk of the whole page).
  let pageFigures: ProseFigures | null = null;
  const pageProse = (): ProseFigures => {
    if (!pageFigures) {
      const body = copy().body;
      pageFigures = body ? measureProse(body) : { words: 0, paragraphs: 0, teaserCards: 0 };
    }
    return pageFigures;
  };
  // Readability's block may be a small part of the article: a better block when the page has one (block-choice.ts).
  const better = chooseBlock({
    picked: pickedProse, pickedWords: picked ? wordEquivalents(picked.textContent ?? '') : 0, page: pageProse, copy,
    read: (d) => {
      const again = readWithBudget(d);
      return again !== 'too-slow' && again?.content?.nodeType === 1 ? (again.content as Element) : null;
    },
  });
  const article = better?.element ?? picked;
  if (!article) return decline({ code: 'no-content', figures: {} }, parsed ?? {});
  const prose = better?.prose ?? pickedProse;
  const found: ReadabilityMetadata = parsed ?? {};
  const keep = options.siteRules?.keep ?? [];
  const removed = declutter(article, {
    pageUrl: options.url, byline: meta.byline ?? cleanByline(found.byline), title: meta.title ?? found.title ?? null,
    siteName: meta.siteName ?? found.siteName, section: meta.section,
    disabledRules: options.disabledRules ? new Set(options.disabledRules) : undefined,
    keeps: keep.length ? (el) => matchingRule(keep, describeBlock(el, article)) !== undefined : undefined,
  });
  // Site rules and memory (issue 12): fingerprints of the article as the pass left it, then the
  // reader's hide rules and the site's learned boilerplate, under the same no-harm limits.
  const fingerprints = collectFingerprints(article, options.url, options.site ?? null);
  removed.push(...removeSiteBlocks(article, { fingerprints, siteRules: options.siteRules, siteMemory: options.siteMemory }));
  // The plain text is the running text: captions stay with their images in the HTML only.
  const text = toText(article, { skip: isCaption });
  const reason = whyNotArticle(article, { text, declaresArticle: meta.declaresArticle, prose, pageProse });
  if (reason) return decline(reason, found);
  const html = sanitizeToStableHtml(article, win);
  const wordCount = countWords(text);
  return {
    ...articleMetadata(meta, found, article),
    isArticle: true,
    text,
    html,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    removed,
    fingerprints,
  };
}
