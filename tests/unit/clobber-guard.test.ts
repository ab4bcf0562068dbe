/**
 * The page's element names are data: a copy of the page with shadowing names renamed, a walk that is
 * bounded, and the page's document read past its named elements. jsdom does not clobber by itself,
 * so tests/helpers/clobbering.ts adds Chromium's behaviour; tests/e2e/clobbering-scenarios.ts has the real thing.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { RENAMED_PREFIX, unshadowNames } from '../../src/pipeline/extract/clobber-guard.js';
import { ParseBudgetExceeded, boundWalk } from '../../src/pipeline/extract/parse-budget.js';
import { extractArticle } from '../../src/pipeline/extract-article.js';
import { CLOBBERED_FORM_NAMES, clobberDocumentLikeChromium, clobberFormsLikeChromium } from '../helpers/clobbering.js';

const URL_ = 'https://clobber.example/story';
const PROSE = 'The committee heard testimony for six hours before voting to send the bill to the full chamber, where leaders expect a close vote next week.';

function articleWith(html: string): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${i}. ${PROSE}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Committee sends the bill on</title></head><body><article><h1>Committee sends the bill on</h1>
${paragraphs}${html}<p>The final paragraph says the vote is next week.</p></article></body></html>`;
}

describe('unshadowNames renames what shadows a form or the document, and nothing else', () => {
  it('renames form controls named after form built-ins, by name and by id', () => {
    const { document } = new JSDOM(articleWith(`<form><input name="parentNode"><input id="tagName"><button name="submit">Go</button><input name="email"></form>`)).window;
    expect(unshadowNames(document)).toBe(3);
    expect([...document.querySelectorAll('input, button')].map((e) => e.getAttribute('name') ?? e.id))
      .toEqual([`${RENAMED_PREFIX}parentNode`, `${RENAMED_PREFIX}tagName`, `${RENAMED_PREFIX}submit`, 'email']);
  });

  it('renames images and forms named after document built-ins, and leaves ids on ordinary elements', () => {
    const { document } = new JSDOM(articleWith(`<img name="defaultView" src="a.png"><form name="cloneNode"></form><div id="body">x</div><p id="title">y</p>`)).window;
    expect(unshadowNames(document)).toBe(2);
    expect(document.querySelector('img')?.getAttribute('name')).toBe(`${RENAMED_PREFIX}defaultView`);
    expect(document.querySelector('form')?.getAttribute('name')).toBe(`${RENAMED_PREFIX}cloneNode`);
    expect(document.getElementById('body')?.tagName).toBe('DIV');
    expect(document.getElementById('title')?.tagName).toBe('P');
  });

  it('reads a form whose own getAttribute and tagName are shadowed', () => {
    const { window } = new JSDOM(articleWith(`<form id="f"><input name="getAttribute"><input name="tagName"><input name="setAttribute"></form>`));
    clobberFormsLikeChromium(window, ['getAttribute', 'tagName', 'setAttribute']);
    expect(unshadowNames(window.document)).toBe(3);
  });
});

describe('extractArticle on a clobbered page', () => {
  for (const name of CLOBBERED_FORM_NAMES) {
    it(`a form control named "${name}" neither hangs nor breaks extraction`, () => {
      const dom = new JSDOM(articleWith(`<form><input name="${name}"><input id="${name}"></form>`), { url: URL_ });
      clobberFormsLikeChromium(dom.window);
      const before = dom.serialize();
      const article = extractArticle(dom.window.document, { url: URL_ });
      expect(article.isArticle, article.reason?.code).toBe(true);
      expect(article.text).toContain('The final paragraph says the vote is next week.');
      expect(dom.serialize()).toBe(before);
    });
  }

  it('without the guard the same page would loop: Readability alone on the clobbered copy runs past its budget', async () => {
    const { Readability } = await import('@mozilla/readability');
    const dom = new JSDOM(articleWith(`<div><form><input name="parentNode"><input name="nextElementSibling"></form></div>`), { url: URL_ });
    clobberFormsLikeChromium(dom.window);
    const reader = new Readability(dom.window.document.cloneNode(true) as Document);
    boundWalk(reader, { elements: 50 });
    expect(() => reader.parse()).toThrow(ParseBudgetExceeded);
  });

  it('the document read past its named elements: defaultView, documentElement, cloneNode, getElementsByTagName', () => {
    const names = ['defaultView', 'documentElement', 'cloneNode', 'getElementsByTagName', 'title'];
    const dom = new JSDOM(articleWith(names.map((n) => `<img name="${n}" src="data:,">`).join('')), { url: URL_ });
    clobberDocumentLikeChromium(dom.window.document, names);
    expect((dom.window.document as unknown as Record<string, unknown>)['defaultView']).toBeInstanceOf(dom.window.HTMLImageElement);
    const article = extractArticle(dom.window.document, { url: URL_ });
    expect(article.isArticle, article.reason?.code).toBe(true);
    expect(article.title).toBe('Committee sends the bill on');
  });
});

describe('the walk is bounded', () => {
  it('a walk that never ends stops at the step limit', () => {
    const walker = { _getNextNode: (node: Node) => node };
    boundWalk(walker, { elements: 10 });
    const node = {} as Node;
    expect(() => { for (;;) walker._getNextNode(node); }).toThrow(expect.objectContaining({ limit: 'steps' }));
  });

  it('a slow walk stops at the time limit', () => {
    let clock = 0;
    const walker = { _getNextNode: (node: Node) => node };
    boundWalk(walker, { elements: 1e9, timeLimitMs: 100, now: () => (clock += 1) });
    expect(() => { for (;;) walker._getNextNode({} as Node); }).toThrow(expect.objectContaining({ limit: 'time' }));
  });

  it('a Readability without _getNextNode is refused rather than run unbounded', () => {
    expect(() => boundWalk({}, { elements: 1 })).toThrow(/update parse-budget/u);
  });
});
