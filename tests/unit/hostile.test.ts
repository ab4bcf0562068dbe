/**
 * The hostile corpus through the core in jsdom: the sanitized article keeps the prose and none of
 * the vectors (the browsers' turn is in tests/e2e/hostile-scenarios.ts).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument, sanitizeHtml } from '../../src/node/lib.js';
import { VECTORS, hostilePage } from '../fixtures/hostile/vectors.js';

const URL_ = 'https://hostile.example/2025/council-delays-budget-vote/';
const DANGEROUS = 'script, iframe, frame, object, embed, form, input, button, base, meta, link, style, svg, math, template, audio, video, source, noscript, marquee';

/**
 * Attributes that run code, restyle, navigate or load something. An <img>'s own src/srcset is the
 * one load allowed: the article's images, which extension pages load over https only (their CSP).
 */
function dangerousAttributes(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
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

  it(`covers at least 30 vectors (${VECTORS.length})`, () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps the article and leaves the page untouched', () => {
    expect(article.isArticle).toBe(true);
    expect(article.text).toContain('The last paragraph of the report says the vote will be held in June.');
    expect(dom.serialize()).toBe(before);
  });

  it('drops every element that can run, load, navigate or submit', () => {
    expect([...out.querySelectorAll(DANGEROUS)].map((e) => e.tagName)).toEqual([]);
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
    for (const v of VECTORS) {
      const clean = sanitizeHtml(v.html.replaceAll('PAYLOAD', 'alert(1)').replaceAll('BEACON', 'https://beacon.example/x'), window as unknown as Window);
      const doc = new JSDOM(`<body>${clean}`).window.document;
      expect([...doc.querySelectorAll(DANGEROUS)].map((e) => e.tagName), v.id).toEqual([]);
      expect(dangerousAttributes(doc), v.id).toEqual([]);
    }
  });
});
