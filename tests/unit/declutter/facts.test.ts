/**
 * The pass's facts (src/pipeline/declutter/facts.ts) give the DOM's own answers, before and after
 * removals: each element's text, words, collapsed length, link share, the kinds it holds, its links,
 * and the selector lists the pass filters from its one walk. A fact left stale by a removal fails here.
 */
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { Pass } from '../../../src/pipeline/declutter/pass.js';
import { SelectorTest } from '../../../src/pipeline/declutter/selector-test.js';
import { collapse, countWords } from '../../../src/pipeline/util/text.js';
import { linkDensity } from '../../../src/pipeline/util/dom.js';

const HTML = `<div id="root"><div class="wrap">
  <p>Lead   paragraph with <a href="/a">a link</a> and <span>an inline <b>bold</b> word</span>.</p>
  <div class="share-row"><a href="https://x.example/">Share</a> <a>Tweet</a></div>
  <ul><li><a href="/one">One story</a></li><li>Two <em>items</em></li></ul>
  <figure><img src="a.jpg" alt=""><figcaption>Caption © AP</figcaption></figure>
  <pre><code class="hljs"><span class="hljs-comment">// a comment</span> x = 1;</code></pre>
  <p itemtype="https://schema.org/Article">Teaser <svg><a href="/svg">svg link</a></svg></p>
  <section><h3>See also</h3><p>Last <strong>line</strong>   here</p></section>
</div></div>`;

const KIND_SELECTORS = {
  block: 'p, div, blockquote, ul, ol, li, h1, h2, h3, h4, h5, h6, table, figure, section, article, aside, pre',
  media: 'img, picture, video, audio, iframe, svg, canvas, table, hr, math, object, embed',
  image: 'img, picture, figure, video',
  anchor: 'a',
  paragraph: 'p',
  lineBlock: 'p, div, li',
  proseOrHeading: 'p, h1, h2, h3, h4, h5, h6',
  code: 'pre, code, kbd, samp, var, math, .katex, .MathJax, mjx-container, [class~="math"]',
} as const;

/** The same elements in the same order (deep equality would walk into the window). */
const same = (a: Element[], b: Element[]): boolean => a.length === b.length && a.every((el, i) => el === b[i]);

function expectDomAnswers(pass: Pass, root: Element): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const text = el.textContent ?? '';
    expect(pass.facts.text(el)).toBe(text);
    expect(pass.facts.textLength(el)).toBe(text.length);
    expect(pass.facts.collapsedLength(el)).toBe(collapse(text).length);
    expect(pass.facts.wordCount(el)).toBe(countWords(text));
    expect(pass.facts.linkDensity(el)).toBe(linkDensity(el));
    expect(same(pass.facts.linksIn(el), [...el.querySelectorAll('a[href]')])).toBe(true);
    for (const [kind, selector] of Object.entries(KIND_SELECTORS)) {
      expect(pass.facts.holds(el, kind as keyof typeof KIND_SELECTORS), `${el.tagName} holds ${kind}`).toBe(el.querySelector(selector) !== null);
    }
  }
}

it('answers as the DOM does, and still does after removals change the ancestors', () => {
  const root = new JSDOM(HTML).window.document.getElementById('root') as Element;
  const pass = new Pass(root, { pageUrl: 'https://news.example/story' });
  expectDomAnswers(pass, root);
  // Removals inside a link, a list and a paragraph: every ancestor's text, links and kinds change.
  for (const selector of ['span b', 'li a', 'figure img', 'section p strong', '.share-row']) {
    pass.detach(root.querySelector(selector) as Element);
    expectDomAnswers(pass, root);
  }
});

it('filters selector lists as the DOM does, in document order', () => {
  const root = new JSDOM(HTML).window.document.getElementById('root') as Element;
  const pass = new Pass(root, { pageUrl: 'https://news.example/story' });
  for (const selector of ['p, li, svg', 'a', '[class], [id]', 'code, [itemtype*="schema.org/Article" i], .share-row', 'section > p', 'pre, .hljs-comment']) {
    // Document order, as the selectors spec says (jsdom's querySelectorAll of a list is not always in it).
    const inOrder = [...root.querySelectorAll('*')].filter((el) => el.matches(selector));
    expect(same([...pass.live(selector)], inOrder), selector).toBe(true);
    const test = new SelectorTest(selector);
    for (const el of root.querySelectorAll('*')) expect(test.matches(el), `${selector} on ${el.tagName}`).toBe(el.matches(selector));
  }
});
