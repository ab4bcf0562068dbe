/**
 * Big and strange documents through the core: each gives an article or a plain reason, never an
 * exception, and never a modified input.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument, DEFAULT_MAX_ELEMENTS } from '../../src/node/lib.js';

const URL_ = 'https://strange.example/story';
const PROSE = 'The committee heard testimony for six hours before voting to send the bill to the full chamber, where leaders expect a close vote next week.';
const paragraphs = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${i}. ${PROSE}</p>`).join('');

/** Input unchanged: the serialization, or, for trees too deep for jsdom's recursive serializer, the element count and text. */
function snapshot(dom: JSDOM, deep: boolean): string {
  const doc = dom.window.document;
  return deep ? `${doc.getElementsByTagName('*').length}:${doc.documentElement.textContent}` : dom.serialize();
}

function run(html: string, contentType = 'text/html', deep = false) {
  const dom = new JSDOM(html, { url: URL_, contentType });
  const before = snapshot(dom, deep);
  const article = cleanDocument(dom.window.document, { url: URL_ });
  expect(snapshot(dom, deep)).toBe(before);
  return { article };
}

describe('strange and big pages', () => {
  it('a page with no body', () => {
    const { article } = run('<!doctype html><html><head><title>Nothing</title></head></html>');
    expect(article).toMatchObject({ isArticle: false, reason: { code: 'no-content', figures: {} } });
  });

  it('malformed HTML: unclosed tags, stray end tags, broken attributes', () => {
    const { article } = run(`<html><body><div><p>${PROSE}<p>${PROSE}</b></i><div class="x"y="<p>${PROSE}<p>${PROSE}<table><td>cell<p>${PROSE}`);
    expect(article.isArticle).toBe(true);
    expect(article.text).toContain('The committee heard testimony');
  });

  it('XHTML served as XML', () => {
    const { article } = run(`<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>X</title></head><body><article>${paragraphs(6)}</article></body></html>`, 'application/xhtml+xml');
    expect(article.isArticle).toBe(true);
    expect(article.text).toContain('5. The committee heard testimony');
  });

  it('an SVG document is declined; a plain-text document is read as the text it holds', () => {
    const svg = run('<svg xmlns="http://www.w3.org/2000/svg"><text>hello</text></svg>', 'image/svg+xml').article;
    expect(svg).toMatchObject({ isArticle: false, reason: { code: 'no-content' } });
    const dom = new JSDOM('', { url: URL_ });
    // What a browser builds for text/plain: one <pre> holding the file.
    dom.window.document.body.innerHTML = `<pre>${PROSE}\n\n${PROSE}</pre>`;
    const text = cleanDocument(dom.window.document, { url: URL_ });
    expect(text.isArticle).toBe(true);
    expect(text.text).toBe(`${PROSE}\n\n${PROSE}`);
  });

  it('framesets and iframes: the frames are not followed, the page is declined or read as it is', () => {
    const frames = run('<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>').article;
    expect(frames).toMatchObject({ isArticle: false, reason: { code: 'no-content' } });
    const withIframe = run(`<html><body><article>${paragraphs(5)}<iframe srcdoc="<p>inner</p>"></iframe></article></body></html>`).article;
    expect(withIframe.isArticle).toBe(true);
    expect(withIframe.html).not.toContain('iframe');
  });

  it('content behind a shadow root is not read (clones carry no shadow roots), the rest is', () => {
    const dom = new JSDOM(`<html><body><article>${paragraphs(5)}<div id="host"></div></article></body></html>`, { url: URL_ });
    const host = dom.window.document.getElementById('host');
    host?.attachShadow({ mode: 'open' }).append('secret shadow text');
    const article = cleanDocument(dom.window.document, { url: URL_ });
    expect(article.isArticle).toBe(true);
    expect(article.text).not.toContain('secret shadow text');
  });

  // How fast it declines is measured in the benchmark (bench/robustness.ts), not asserted here.
  it('nesting 5,000 elements deep is declined as too deep', () => {
    const deep = `${'<div>'.repeat(5000)}${paragraphs(5)}${'</div>'.repeat(5000)}`;
    const { article } = run(`<html><body>${deep}</body></html>`, 'text/html', true);
    expect(article).toMatchObject({ isArticle: false, reason: { code: 'too-deep', figures: { limit: 1000 } } });
  }, 120_000);

  it('nesting 500 deep, as deep as a browser builds, is read', () => {
    const { article } = run(`<html><body>${'<div>'.repeat(500)}${paragraphs(5)}${'</div>'.repeat(500)}</body></html>`);
    expect(article.isArticle).toBe(true);
  });

  it(`100,000 elements: read within the budget (${DEFAULT_MAX_ELEMENTS.toLocaleString('en')}), or declined above it`, () => {
    const filler = '<span>x</span>'.repeat(100_000);
    const { article } = run(`<html><body><article>${paragraphs(10)}</article><div hidden>${filler}</div></body></html>`);
    expect(article.isArticle).toBe(true);
    const dom = new JSDOM(`<html><body>${'<i></i>'.repeat(DEFAULT_MAX_ELEMENTS + 10)}</body></html>`, { url: URL_ });
    const declined = cleanDocument(dom.window.document, { url: URL_ });
    expect(declined).toMatchObject({ isArticle: false, reason: { code: 'too-many-elements', figures: { elements: DEFAULT_MAX_ELEMENTS + 13, limit: DEFAULT_MAX_ELEMENTS } } });
  }, 120_000);

  it('10 MB of HTML', () => {
    const big = paragraphs(Math.ceil((10 * 1024 * 1024) / 150));
    expect(big.length).toBeGreaterThan(10 * 1024 * 1024);
    const { article } = run(`<html><body><article>${big}</article></body></html>`);
    // Readability's walk has a time budget (parse-budget.ts): this page may run past it, and then the
    // one allowed outcome is that decline.
    if (article.isArticle) expect(article.text.startsWith(`0. ${PROSE}\n\n1. ${PROSE}`)).toBe(true);
    else expect(article.reason).toEqual({ code: 'too-slow', figures: {} });
    // The walk's budget is CPU time in Node (parse-budget.ts): on a machine shared with other work it
    // takes several times its budget in wall-clock time, hence the long timeout.
  }, 400_000);
});
