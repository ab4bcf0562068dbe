/**
 * When Readability picks the wrong block, notice (issue 9 item 6; src/pipeline/extract/block-choice.ts).
 * Pages written for the kinds of case: the article hidden in the saved page until a script shows it
 * (a streamed segment, an overlay marked aria-hidden); a declared body that is only a teaser; a block
 * the page's own style hides; an article with a long discussion beside it. Each expected answer was
 * written before the rule was tuned.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract-article.js';
import { BLOCK_LIMITS, worthAsking } from '../../src/pipeline/extract/block-choice.js';
import { countWords } from '../../src/pipeline/util/text.js';

const URL_ = 'https://harbour.example/news/ferry-timetable';
const extract = (body: string, head = '<title>The ferry keeps its winter timetable</title>') =>
  extractArticle(new JSDOM(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, { url: URL_ }).window.document, { url: URL_ });

const STORY = [
  'The harbour board decided on Tuesday that the island ferry will keep its winter timetable until the end of April, two weeks longer than planned.',
  'Repairs to the north pier took more time than the contractor had promised, because the storm in February moved two of the old concrete blocks.',
  'Passengers who booked the early crossing in the last week of March will be moved to the nine o’clock boat and may ask for their money back.',
  'The board said the summer service, with four crossings a day and a late boat on Fridays, should start on the first weekend of May if the weather allows.',
];
const paragraphs = STORY.map((s) => `<p>${s}</p>`).join('');
const shell = '<header><a href="/">Harbour News</a> <a href="/news">News</a></header>';
const footer = '<footer><p>Harbour News, 2 Quay Street</p></footer>';

describe('Readability misses the article: another block is measured and kept', () => {
  it('an article in a segment marked hidden until a script shows it (a page saved before its scripts ran)', () => {
    const a = extract(`${shell}<div id="shell"><p>Loading…</p></div><div hidden id="S:1"><article><h1>The ferry keeps its winter timetable</h1>${paragraphs}</article></div>${footer}`);
    expect(a.isArticle, JSON.stringify(a.reason)).toBe(true);
    for (const s of STORY) expect(a.text).toContain(s);
  });

  it('an article inside an overlay that carries aria-hidden', () => {
    const a = extract(`<main><div class="overlay" aria-hidden="true"><div class="letter"><h1>The ferry keeps its winter timetable</h1>${paragraphs}</div></div><div id="fps">FPS: --</div></main>`);
    expect(a.isArticle, JSON.stringify(a.reason)).toBe(true);
    for (const s of STORY) expect(a.text).toContain(s);
  });
});

describe('first do no harm: Readability’s block is kept when no other block is clearly better', () => {
  it('a declared body that is only a teaser never wins over the story', () => {
    const teaser = '<div itemprop="articleBody"><p>The island ferry keeps its winter timetable until the end of April.</p></div>';
    const a = extract(`${shell}<aside>${teaser}</aside><div class="story"><h1>The ferry keeps its winter timetable</h1>${paragraphs}</div>${footer}`);
    expect(a.isArticle).toBe(true);
    for (const s of STORY) expect(a.text).toContain(s);
  });

  it('a block the page’s own style hides is no candidate', () => {
    const hidden = `<div style="display: none"><h2>Archive</h2>${paragraphs}</div>`;
    const a = extract(`${shell}<article><p>The timetable page moves to the new site next week. Thank you for reading.</p></article>${hidden}${footer}`);
    for (const s of STORY) expect(a.text).not.toContain(s);
  });

  it('an article beside a much longer discussion keeps Readability’s choice (the gate is an article missed, not a share of the page)', () => {
    const comments = Array.from({ length: 30 }, (_, i) => `<div class="reply"><p>Reader ${i} wrote that the winter boat is always late on Mondays, and that the board should have told us about the pier much earlier than this.</p></div>`).join('');
    const a = extract(`${shell}<main><article><h1>The ferry keeps its winter timetable</h1>${paragraphs}</article><section class="comments">${comments}</section></main>${footer}`);
    expect(a.isArticle).toBe(true);
    for (const s of STORY) expect(a.text).toContain(s);
    expect(a.text).not.toContain('Reader 12 wrote');
  });

  it('candidates are looked at only when Readability’s block holds next to no running prose', () => {
    const page = { words: 2000, paragraphs: 40, teaserCards: 0 };
    expect(worthAsking({ words: 0, paragraphs: 0, teaserCards: 0 }, page)).toBe(true);
    expect(worthAsking({ words: BLOCK_LIMITS.lostWords, paragraphs: 2, teaserCards: 0 }, page)).toBe(false);
    // The page has no more prose than the block: nothing to find.
    expect(worthAsking({ words: 10, paragraphs: 1, teaserCards: 0 }, { words: 20, paragraphs: 2, teaserCards: 0 })).toBe(false);
    expect(countWords(STORY.join(' '))).toBeGreaterThan(BLOCK_LIMITS.lostWords);
  });
});
