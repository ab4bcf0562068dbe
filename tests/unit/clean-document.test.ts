/** cleanDocument's contract beyond the gold pages: input untouched, captions, metadata, declines. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/node/lib.js';
import { loadGoldPages, REPO } from '../helpers/gold.js';
import path from 'node:path';

const local = Object.fromEntries(loadGoldPages(path.join(REPO, 'tests/fixtures/pages')).map((p) => [p.name, p]));

function clean(name: string) {
  const page = local[name];
  if (!page) throw new Error(`no fixture ${name}`);
  const dom = new JSDOM(page.html, { url: page.gold.url });
  return { dom, article: cleanDocument(dom.window.document, { url: page.gold.url }) };
}

describe('cleanDocument', () => {
  it('keeps captions beside their images in the HTML and out of the plain text', () => {
    const { article } = clean('keeps-structure');
    expect(article.html).toMatch(/<figure><img[^>]+src="https:\/\/example\.news\/img\/capitol\.jpg"[^>]*><figcaption>The state capitol on Friday/u);
    expect(article.text).not.toContain('The state capitol on Friday');
    expect(article.html).toMatch(/<table>.*<td>Medicaid<\/td>/su);
    expect(article.html).toContain('<blockquote>');
  });

  it('separates blocks with blank lines in the text', () => {
    const { article } = clean('keeps-structure');
    expect(article.text.split('\n\n')).toContain('Among the changes the budget makes:');
    expect(article.text).toContain('Teacher pay rises 4 percent statewide, with a higher floor for rural districts.\n\nA new $200 million fund');
  });

  it('reports what it removed, by category, with the removed text', () => {
    const { article } = clean('poll-reworded');
    expect(article.removed.map((r) => r.category)).toEqual(expect.arrayContaining(['poll', 'cta']));
    expect(article.removed.some((r) => r.text.includes('Do you think the council should put the levy on the ballot?'))).toBe(true);
  });

  it('fills metadata from JSON-LD, OpenGraph and meta tags, and counts reading time', () => {
    const { article } = clean('spanish-newsletter');
    expect(article).toMatchObject({ byline: 'Lucía Ferrer', siteName: 'Diario del Valle', lang: 'es', publishedTime: '2025-05-02T09:15:00+02:00' });
    expect(article.wordCount).toBeGreaterThan(100);
    expect(article.readingMinutes).toBe(1);
  });

  it('declines a front page with a reason, and a document with no body', () => {
    expect(clean('front-page').article).toMatchObject({ isArticle: false, reason: { code: 'mostly-links' } });
    const empty = new JSDOM('<!doctype html><title>x</title>', { url: 'https://a.example/' });
    expect(cleanDocument(empty.window.document, { url: 'https://a.example/' })).toMatchObject({ isArticle: false, text: '', html: '' });
  });

  it('declines pages over the element budget without reading them', () => {
    const { dom } = clean('keeps-structure');
    const article = cleanDocument(dom.window.document, { url: 'https://example.news/', maxElements: 10 });
    expect(article).toMatchObject({ isArticle: false, reason: { code: 'too-many-elements', figures: { limit: 10 } } });
  });
});
