/**
 * Renders a clean article (header and body) into a container. Used by the popup, the reader page and
 * the in-place clean view, so all three look and behave the same. Every bit of page HTML passes
 * DOMPurify here, even though the core sanitized it already: the content script runs beside a page
 * that may have tampered with it.
 */
import { sanitizeToFragment } from '../../pipeline/article/sanitize.js';
import type { ExtractedArticle } from '../../pipeline/types.js';
import { plural, uiLanguage } from './i18n.js';
import { restrictImages, type ImageAllowed } from './image-policy.js';
import { appendProgressively, firstScreenOf } from './progressive.js';

export type ArticleForView = ExtractedArticle;

/** `images`: which article images may load (ui/image-policy.ts); all the page's CSP allows when unset. */
export interface RenderOptions {
  images?: ImageAllowed;
}

export function renderArticle(container: HTMLElement, article: ArticleForView, options: RenderOptions = {}): HTMLElement {
  const { body, content } = renderShell(container, article, options);
  body.append(content);
  return body;
}

/** As renderArticle, but a long body goes in chunk by chunk; `done` resolves when all of it is in. */
export function renderArticleProgressively(container: HTMLElement, article: ArticleForView, options: RenderOptions = {}): { body: HTMLElement; done: Promise<void> } {
  const { body, content } = renderShell(container, article, options);
  return { body, done: appendProgressively(body, content) };
}

/**
 * A first screen read from the first part of a long page: the header without the reading time (the
 * whole is not counted yet) and the first blocks; the whole article replaces it.
 */
export function renderFirstScreen(container: HTMLElement, article: ArticleForView, options: RenderOptions = {}): void {
  const { body, content } = renderShell(container, article, { ...options, partial: true });
  body.append(firstScreenOf(content));
}

/** The header, the empty body in place, and the body's sanitized content not yet in it. */
function renderShell(container: HTMLElement, article: ArticleForView, options: RenderOptions & { partial?: boolean }): { body: HTMLElement; content: DocumentFragment } {
  const partial = options.partial === true;
  const doc = container.ownerDocument;
  const win = doc.defaultView;
  if (!win) throw new Error('renderArticle needs a document with a window');
  container.replaceChildren();

  const header = doc.createElement('header');
  header.className = 'cl-article-header';
  const title = doc.createElement('h1');
  title.className = 'cl-title';
  title.textContent = article.title;
  header.append(title);
  const meta = doc.createElement('p');
  meta.className = 'cl-meta';
  const parts = [
    article.byline,
    article.siteName,
    formatDate(article.publishedTime),
    partial ? null : plural('readingTime', article.wordCount, [String(article.readingMinutes)]),
  ].filter((p): p is string => !!p);
  meta.textContent = parts.join(' · ');
  header.append(meta);

  const body = doc.createElement('div');
  body.className = 'cl-body';
  if (article.lang) body.lang = article.lang;
  if (article.dir) body.dir = article.dir;
  container.append(header, body);
  const content = sanitizeToFragment(article.html, win);
  if (options.images) restrictImages(content, options.images);
  return { body, content };
}

export function formatDate(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(date);
}
