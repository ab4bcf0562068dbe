/**
 * The hostile corpus through the core in jsdom: the sanitized article keeps the prose and none of
 * the vectors (the browsers' turn is in tests/e2e/hostile-scenarios.ts).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument, sanitizeHtml } from '../../src/node/lib.js';
import { toMarkdown } from '../../src/pipeline/article/markdown.js';
import { VECTORS, fillVector, hostilePage, metadataPages } from '../fixtures/hostile/vectors.js';
import { liveMarkupIn, renderMarkdown } from '../helpers/render-markdown.js';

const URL_ = 'https://hostile.example/2025/council-delays-budget-vote/';
const DANGEROUS = 'script, iframe, frame, object, embed, form, input, button, base, meta, link, style, svg, template, audio, video, source, noscript, marquee';

/**
 * MathML kept as notation only: the presentation elements (DOMPurify's MathML profile) and the
 * text-only TeX annotation; never annotation-xml, mglyph, malignmark or maction (namespace confusion,
 * interaction), never an HTML element where the parser would not put one, never an href or colour.
 */
const MATHML = 'http://www.w3.org/1998/Math/MathML';
const MATH_ELEMENTS = new Set(['math', 'semantics', 'annotation', 'menclose', 'merror', 'mfenced', 'mfrac', 'mi', 'mlabeledtr', 'mmultiscripts', 'mn', 'mo', 'mover', 'mpadded', 'mphantom', 'mroot', 'mrow', 'ms', 'mspace', 'msqrt', 'mstyle', 'msub', 'msup', 'msubsup', 'mtable', 'mtd', 'mtext', 'mtr', 'munder', 'munderover', 'mprescripts']);
const MATH_TEXT_POINTS = new Set(['mi', 'mo', 'mn', 'ms', 'mtext']);
function mathProblems(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const parent = el.parentElement;
    if (el.namespaceURI === MATHML) {
      if (!MATH_ELEMENTS.has(el.localName)) found.push(`<${el.localName}> in MathML`);
      if (el.localName === 'annotation' && el.childElementCount > 0) found.push('an annotation holding elements');
      for (const attr of el.attributes) if (/^(href|xlink:href|mathcolor|mathbackground|on.*|style|id|class)$/u.test(attr.name)) found.push(`${el.localName} ${attr.name}`);
    } else if (parent?.namespaceURI === MATHML && !MATH_TEXT_POINTS.has(parent.localName)) {
      found.push(`<${el.localName}> (${el.namespaceURI}) inside MathML <${parent.localName}>`);
    }
  }
  return found;
}

/**
 * Attributes that run code, restyle, navigate or load something. An <img>'s own src/srcset is the
 * one load allowed: the article's images, which extension pages load over https only (their CSP).
 */
function dangerousAttributes(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      // alt and title are text: markup or schemes in them are characters, never parsed or followed.
      if (attr.name === 'alt' || attr.name === 'title') continue;
      const image = el.tagName === 'IMG' && (attr.name === 'src' || attr.name === 'srcset');
      if (/^on|^style$|^srcdoc$|^background$|^poster$|^formaction$|^action$|^id$|^name$/u.test(attr.name)
        || /^\s*(javascript|vbscript|data:text\/html)/iu.test(attr.value)
        || (!image && /beacon\.example/iu.test(attr.value))) found.push(`${el.tagName} ${attr.name}=${attr.value}`);
    }
  }
  return found;
}

describe('hostile article markup', () => {
  const dom = new JSDOM(hostilePage('https://beacon.example/beacon'), { url: URL_ });
  const before = dom.serialize();
  const article = cleanDocument(dom.window.document, { url: URL_ });
  const out = new JSDOM(`<body>${article.html}`).window.document;

  it('keeps the article and leaves the page untouched', () => {
    expect(article.isArticle).toBe(true);
    expect(article.text).toContain('The last paragraph of the report says the vote will be held in June.');
    expect(dom.serialize()).toBe(before);
  });

  it('drops every element that can run, load, navigate or submit', () => {
    expect([...out.querySelectorAll(DANGEROUS)].map((e) => e.tagName)).toEqual([]);
    expect(mathProblems(out)).toEqual([]);
  });

  it('drops handlers, styles, javascript: and data: links, srcdoc, and every beacon but an image\'s own address', () => {
    expect(dangerousAttributes(out)).toEqual([]);
  });

  it('keeps text that looks like markup as text', () => {
    expect(article.text).toContain('<img src=x onerror=');
    expect(out.querySelectorAll('img[onerror]')).toHaveLength(0);
  });

  it('gives every link a new tab with no opener and no referrer', () => {
    const links = [...out.querySelectorAll('a[href]')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect([a.getAttribute('target'), a.getAttribute('rel')]).toEqual(['_blank', 'noopener noreferrer']);
  });

  it('survives DOM clobbering by id and name', () => {
    expect(out.querySelector('[name="body"], [id="attributes"], [name="cookie"], [id="getElementById"]')).toBeNull();
  });

  it('sanitizes each vector alone as well', () => {
    const { window } = new JSDOM('');
    // One document for every vector (a JSDOM each made this the slowest unit test under load).
    const doc = new JSDOM('<body>').window.document;
    for (const v of VECTORS) {
      const clean = sanitizeHtml(fillVector(v, 'https://beacon.example/x'), window as unknown as Window);
      doc.body.innerHTML = clean;
      expect([...doc.querySelectorAll(DANGEROUS)].map((e) => e.tagName), v.id).toEqual([]);
      expect(dangerousAttributes(doc), v.id).toEqual([]);
      expect(mathProblems(doc), v.id).toEqual([]);
    }
  });

  it('copied Markdown of the whole page, rendered by markdown-it with raw HTML on, has nothing live', () => {
    const md = toMarkdown({ ...article, url: URL_ });
    expect(liveMarkupIn(renderMarkdown(md))).toEqual([]);
  });
});

describe('markup in metadata', () => {
  for (const page of metadataPages('https://beacon.example/beacon')) {
    it(`${page.name}: the fields stay text, and their Markdown renders as text`, () => {
      const article = cleanDocument(new JSDOM(page.html, { url: URL_ }).window.document, { url: URL_ });
      expect(article.isArticle).toBe(true);
      expect(article.html).not.toMatch(/onerror|onload|<script|<svg|<iframe|javascript:/iu);
      const doc = renderMarkdown(toMarkdown({ ...article, url: URL_ }));
      expect(liveMarkupIn(doc)).toEqual([]);
      expect(doc.querySelector('h1')?.textContent).toBe(article.title);
    });
  }
});
