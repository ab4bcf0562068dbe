/**
 * Declines only for pages that are not articles (issue 9 item 4): a short piece amid many links is
 * an article, a list of links is not; and whatever the page, `isArticle: true` comes with running
 * text and its word count. Pages written for these cases.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract-article.js';
import { countWords } from '../../src/pipeline/util/text.js';

const URL_ = 'https://tales.example/fables/the-heron';
const extract = (body: string, head = '<title>The heron and the fish</title>') =>
  extractArticle(new JSDOM(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, { url: URL_ }).window.document, { url: URL_ });

const TALE = 'A heron stood at the edge of the pond every morning and let the small fish swim past his feet, because he was waiting for a larger one. ' +
  'By noon the large fish had not come, and the small ones had gone into the reeds. He walked along the bank and found only a snail, ' +
  'which he ate because nothing else was left. The farmer who owned the pond watched him and laughed, and told his children that evening ' +
  'that whoever waits for the best of everything often has to take the worst. The children asked whether the heron had learned anything, ' +
  'and the farmer said that herons never do, but that children sometimes might.';
const links = (n: number, path: string): string => Array.from({ length: n }, (_, i) => `<a href="/${path}/${i}">Fable number ${i} of the month</a>`).join(' · ');

describe('a short piece among many links is read, a list of links is declined', () => {
  it('one paragraph of over 100 words of prose, in a block more than a third links, is an article', () => {
    expect(countWords(TALE)).toBeGreaterThan(100);
    expect(countWords(TALE)).toBeLessThan(150);
    const a = extract(`<div><p>${links(3, 'home')}</p><h2>The heron and the fish</h2><p>${TALE}</p><p>${links(8, 'fables')}</p><p>${links(6, 'more')}</p></div>`);
    expect(a.isArticle, JSON.stringify(a.reason)).toBe(true);
    expect(a.text).toContain('whoever waits for the best of everything');
  });

  it('links with a one-line introduction are still a list of links', () => {
    const items = Array.from({ length: 24 }, (_, i) => `<li><a href="/fables/${i}">The fox and the crow, part ${i}, told again for children</a></li>`).join('');
    const a = extract(`<div><p>Every fable of the month, newest first, for reading aloud.</p><ul>${items}</ul></div>`);
    expect(a.isArticle).toBe(false);
    expect(['mostly-links', 'link-list']).toContain(a.reason?.code);
  });
});

describe('isArticle: true always has running text and its word count', () => {
  it('an article whose only words are captions and controls is declined, not returned empty', () => {
    const captions = Array.from({ length: 6 }, (_, i) => `<figure><img src="/p${i}.jpg"><figcaption>Photo ${i}: the pond at dawn, the heron in the reeds, the farmer at the gate, the children by the wall.</figcaption></figure>`).join('');
    const a = extract(`<article>${captions}<form><button>Share this gallery with your friends and family today</button></form></article>`);
    expect(a.isArticle).toBe(false);
    expect(a.reason?.code).toBe('too-little-text');
  });

  const SENTENCES = TALE.split(/(?<=\.) /u);
  const block = fc.oneof(
    fc.subarray(SENTENCES, { minLength: 1 }).map((s) => `<p>${s.join(' ')}</p>`),
    fc.constantFrom('<figure><img src="/a.jpg"><figcaption>The pond at dawn, with the heron standing in the reeds.</figcaption></figure>',
      '<p><a href="/a">A related fable</a></p>', '<form><button>Share</button></form>', '<ul><li><a href="/b">Next</a></li><li><a href="/c">Back</a></li></ul>',
      '<table><tr><td>Moral</td><td>Take what is offered.</td></tr></table>', '<pre>heron = wait(pond)</pre>'),
  );

  it('on random pages of prose, captions, links, controls, tables and code', () => {
    fc.assert(fc.property(fc.array(block, { minLength: 1, maxLength: 10 }), fc.boolean(), (blocks, wrapped) => {
      const body = blocks.join('');
      const a = extract(wrapped ? `<article>${body}</article>` : `<div>${body}</div>`);
      if (!a.isArticle) return;
      expect(a.text.trim().length).toBeGreaterThan(0);
      expect(a.wordCount).toBe(countWords(a.text));
    }), { numRuns: 25 });
  }, 120_000);
});

describe('a short text that frames its media is an article (too-little-text counts the media)', () => {
  const img = (i: number): string => `<figure><img src="/pond-${i}.jpg" alt="The pond, photo ${i}"></figure>`;
  it('a gallery with a line of text before and after it is read', () => {
    const a = extract(`<article><p>Photos from the pond this spring.</p>${img(1)}${img(2)}${img(3)}<p>More next week.</p></article>`);
    expect(a.isArticle, JSON.stringify(a.reason)).toBe(true);
    expect(a.text).toContain('Photos from the pond this spring.');
    expect(a.wordCount).toBe(countWords(a.text));
  });

  it('images under headings alone are still too little', () => {
    const a = extract(`<article><h2>Case one</h2>${img(1)}<h2>Case two</h2>${img(2)}</article>`);
    expect(a.isArticle).toBe(false);
    expect(a.reason?.code).toBe('too-little-text');
  });

  it('the same few words without media are still too little', () => {
    const a = extract('<article><p>Photos from the pond this spring.</p><p>More next week.</p></article>');
    expect(a.isArticle).toBe(false);
    expect(a.reason?.code).toBe('too-little-text');
  });
});
