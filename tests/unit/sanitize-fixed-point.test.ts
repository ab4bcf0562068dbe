/**
 * Sanitizing is a fixed point: the library's `html`, sanitized again, is the same string — on every
 * gold page, every hostile vector, and random mixes of vectors with markup no parser would build.
 * The whole-corpus sweep (Readability's, Defuddle's, the benchmark's and the gold pages) is part of the
 * no-harm suites (tests/helpers/no-harm.ts, `notFixedPoint`). Image maps never survive.
 */
import path from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeToStableHtml } from '../../src/pipeline/article/sanitize.js';
import { cleanDocument, sanitizeHtml } from '../../src/node/lib.js';
import { REPO, SHARED_PAGES, hasShared, loadGoldPages } from '../helpers/gold.js';
import { PROPERTY_RUNS } from '../helpers/property-runs.js';
import { VECTORS, fillVector } from '../fixtures/hostile/vectors.js';

const { window } = new JSDOM('');
const win = window as unknown as Window;
const again = (html: string): string => sanitizeHtml(html, win);

/** Trees Readability's rewrites can leave and no HTML parser builds: each reparses differently. */
const MISNESTED = [
  '<p>before<h2>heading in a paragraph</h2>after</p>',
  '<div><td>a cell outside a table</td></div>',
  '<p><div>a block in a paragraph</div></p>',
  '<a href="https://a.example/">outer<a href="https://b.example/">inner</a></a>',
  '<table><tr><td>x</td></tr><p>stray paragraph in a table</p></table>',
  '<ul><p>paragraph in a list</p><li>item</li></ul>',
  '<span><p>paragraph in a span</p></span>',
];

describe('sanitized HTML is a fixed point', () => {
  const pages = [...loadGoldPages(path.join(REPO, 'tests/fixtures/pages')), ...(hasShared ? loadGoldPages(SHARED_PAGES) : [])];
  it(`the library's html on every gold page (${pages.length})`, () => {
    for (const page of pages) {
      const article = cleanDocument(new JSDOM(page.html, { url: 'https://gold.example/story' }).window.document, { url: 'https://gold.example/story' });
      if (article.isArticle) expect(again(article.html), page.name).toBe(article.html);
    }
  });

  it(`every hostile vector (${VECTORS.length}) alone`, () => {
    for (const v of VECTORS) {
      const html = sanitizeToStableHtml(fillVector(v, 'https://beacon.example/beacon'), win);
      expect(again(html), v.id).toBe(html);
    }
  });

  it('misnested trees as Readability leaves them (built with DOM calls, not parsed)', () => {
    const doc = window.document;
    const p = doc.createElement('p');
    const h2 = doc.createElement('h2');
    h2.textContent = 'heading';
    p.append('before', h2, 'after');
    const div = doc.createElement('div');
    div.append(doc.createElement('td'), p);
    expect(sanitizeHtml(div, win)).not.toBe(again(sanitizeHtml(div, win)));
    const stable = sanitizeToStableHtml(div, win);
    expect(again(stable)).toBe(stable);
    expect(stable).toContain('heading');
  });

  it('random mixes of vectors and misnested markup', () => {
    const piece = fc.oneof(fc.constantFrom(...VECTORS.map((v) => fillVector(v, 'https://beacon.example/b'))), fc.constantFrom(...MISNESTED), fc.string({ maxLength: 20 }));
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
      const html = sanitizeToStableHtml(pieces.join(''), win);
      expect(again(html)).toBe(html);
    }), { numRuns: PROPERTY_RUNS * 2 });
  }, 120_000);
});

describe('elements that cannot be article content do not survive', () => {
  it('images keep their address but send no referrer', () => {
    const html = sanitizeToStableHtml('<p><img src="https://i.example/a.png" alt="a" referrerpolicy="unsafe-url"></p>', win);
    expect(html).toContain('referrerpolicy="no-referrer"');
    expect(html).not.toContain('unsafe-url');
  });

  it('image maps and their areas', () => {
    const html = sanitizeToStableHtml('<img src="https://i.example/a.png" usemap="#m"><map name="m"><area shape="rect" coords="0,0,9,9" href="https://evil.example/"></map><p>text</p>', win);
    expect(html).not.toMatch(/<map|<area/u);
    expect(html).toContain('<p>text</p>');
  });
});

describe('what an article keeps', () => {
  it('presentation MathML with its TeX source, layout attributes only', () => {
    const html = sanitizeToStableHtml('<p>If <math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow><msub><mi mathvariant="normal" mathcolor="red">C</mi><mi>G</mi></msub><mo stretchy="false" href="https://e.example/">(</mo></mrow><annotation encoding="application/x-tex">C_G(</annotation></semantics></math> holds</p>', win);
    expect(html).toBe('<p>If <math display="block"><semantics><mrow><msub><mi mathvariant="normal">C</mi><mi>G</mi></msub><mo stretchy="false">(</mo></mrow><annotation encoding="application/x-tex">C_G(</annotation></semantics></math> holds</p>');
  });

  it('never annotation-xml (markup in it parses as HTML), mglyph, malignmark or maction, nor an annotation holding elements', () => {
    const html = sanitizeToStableHtml('<math><mi>a</mi><annotation-xml encoding="text/html"><b>b</b></annotation-xml><mtext><mglyph></mglyph><malignmark></malignmark></mtext><maction actiontype="toggle"><mi>c</mi></maction><semantics><mi>d</mi><annotation><mi>e</mi></annotation></semantics></math>', win);
    expect(html).not.toMatch(/annotation-xml|mglyph|malignmark|maction|<annotation|>e</u);
    expect(html).toContain('<mi>a</mi>');
  });

  it('attributes whose values are words or numbers, which the URL rule used to drop (colspan, lang, dir, start, datetime)', () => {
    const html = sanitizeToStableHtml('<table><tbody><tr><td colspan="2" rowspan="3">a</td></tr></tbody></table><p dir="rtl" lang="ar">b</p><ol start="3"><li>c</li></ol><time datetime="2025-01-02">d</time>', win);
    expect(html).toBe('<table><tbody><tr><td colspan="2" rowspan="3">a</td></tr></tbody></table><p dir="rtl" lang="ar">b</p><ol start="3"><li>c</li></ol><time datetime="2025-01-02">d</time>');
  });
});
