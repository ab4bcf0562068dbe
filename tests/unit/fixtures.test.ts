/**
 * Every gold page, shared and our own, page by page: all paragraphs in order, no clutter, the
 * right title and byline; pages that are not articles are declined.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/node/lib.js';
import {
  REPO, SHARED_PAGES, bylineNames, domFor, hasShared, leaks, loadGoldPages,
  normalize, paragraphPositions, type GoldPage,
} from '../helpers/gold.js';

function checkPage(page: GoldPage): void {
  const dom = domFor(page);
  const before = dom.serialize();
  const article = cleanDocument(dom.window.document, { url: page.gold.url });
  expect(dom.serialize(), 'cleanDocument must not modify its input').toBe(before);
  expect(article.isArticle, JSON.stringify(article.reason)).toBe(page.gold.isArticle);
  if (!page.gold.isArticle) {
    expect(article.reason?.code).toMatch(/^[a-z-]+$/u);
    return;
  }
  const positions = paragraphPositions(article.text, page.gold.paragraphs);
  const missing = page.gold.paragraphs.filter((_, i) => positions[i] === -1);
  expect(missing, 'paragraphs lost').toEqual([]);
  expect(positions, 'paragraphs out of order').toEqual([...positions].sort((a, b) => a - b));
  for (const keep of page.gold.mustKeep ?? []) expect(normalize(article.text)).toContain(normalize(keep));
  expect(leaks(article.text, page.gold.clutter), 'clutter left in the text').toEqual([]);
  expect(normalize(article.title)).toBe(normalize(page.gold.title));
  expect(bylineNames(article.byline)).toEqual(bylineNames(page.gold.byline));
  if (page.gold.publishedTime) expect(Date.parse(article.publishedTime ?? '')).toBe(Date.parse(page.gold.publishedTime));
  for (const link of page.gold.links ?? []) expect(article.html).toContain(`href="${link.href}"`);
}

describe('repository fixtures (tests/fixtures/pages)', () => {
  for (const page of loadGoldPages(path.join(REPO, 'tests/fixtures/pages'))) {
    it(page.name, () => checkPage(page));
  }
});

describe.skipIf(!hasShared)('shared fixtures (../shared/fixtures/pages)', () => {
  for (const page of loadGoldPages(SHARED_PAGES)) {
    it(page.name, () => checkPage(page));
  }
});

