/**
 * The article's metadata (extract/article-metadata.ts, metadata.ts): declared fields read as
 * Readability reads them, the gaps filled from more of what pages declare, the values cleaned.
 * Pages written for these cases, not taken from any suite.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/pipeline/extract-article.js';
import { cleanByline } from '../../src/pipeline/extract/byline.js';

const URL_ = 'https://valley.example/news/frost';
const BODY = Array.from({ length: 5 }, (_, i) =>
  `<p>Growers in the lower valley lost part of the apple crop overnight, paragraph ${i}, when the frost came three weeks before anyone expected it.</p>`).join('');

function article(head: string, body = `<article>${BODY}</article>`, html = '<html lang="en">') {
  const dom = new JSDOM(`<!doctype html>${html}<head>${head}</head><body>${body}</body></html>`, { url: URL_ });
  return extractArticle(dom.window.document, { url: URL_ });
}

describe('titles', () => {
  it('a first <h1> that names the site is not the title: <title> is, without its site tail', () => {
    const a = article('<title>Frost arrives early in the valley | Valley Gazette</title><meta property="og:site_name" content="Valley Gazette">',
      `<header><h1>Valley Gazette</h1></header><article>${BODY}</article>`);
    expect(a.title).toBe('Frost arrives early in the valley');
  });

  it('a property attribute may list several keys; each one counts', () => {
    const a = article('<title>Page</title><meta property="x:headline dc:title" content="Orchards count the cost">');
    expect(a.title).toBe('Orchards count the cost');
  });
});

describe('descriptions and bylines', () => {
  it('a twice-encoded entity in a description is decoded', () => {
    const a = article('<title>Frost</title><meta name="description" content="The growers&amp;#039; union meets on Friday &amp;amp; Saturday.">');
    expect(a.excerpt).toBe("The growers' union meets on Friday & Saturday.");
  });

  it('with no description declared, the excerpt is the cleaned article\'s first paragraph', () => {
    const a = article('<title>Frost</title>');
    expect(a.excerpt).toMatch(/^Growers in the lower valley lost part of the apple crop overnight, paragraph 0,/u);
  });

  it('"DC.creator" is read as dc:creator, and the byline is the name alone', () => {
    const a = article('<title>Frost</title><meta name="DC.creator" content="By Ana Ruiz">');
    expect(a.byline).toBe('Ana Ruiz');
  });

  it('with no author declared, the byline Readability finds in the page is used, cleaned', () => {
    const a = article('<title>Frost</title>', `<article><p class="byline">By Tom Lee</p>${BODY}</article>`);
    expect(a.byline).toBe('Tom Lee');
  });

  it('a byline that is only a date or a bare label names no one; an "&" inside a one-letter name keeps it whole', () => {
    expect(cleanByline('April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm')).toBeNull();
    expect(cleanByline('Last Updated:')).toBeNull();
    expect(cleanByline('Mac & i')).toBe('Mac & i');
    expect(cleanByline('By Ana Ruiz & Tom Lee')).toBe('Ana Ruiz, Tom Lee');
  });

  it('where the byline Readability finds is only a date, the declared author fills the gap', () => {
    const a = article('<title>Frost</title><meta name="author" content="Ana Ruiz">', `<article><p class="byline">April 28, 2019 at 6:01 am</p>${BODY}</article>`);
    expect(a.byline).toBe('Ana Ruiz');
  });

  it('an article:author that is a profile address names nobody', () => {
    const a = article('<title>Frost</title><meta property="article:author" content="https://social.example/valleygazette">');
    expect(a.byline).toBeNull();
  });
});

describe('direction and language', () => {
  it('the direction of the block that holds the article wins over the document\'s', () => {
    const a = article('<title>صقيع</title>', `<div dir="rtl"><article>${BODY}</article></div>`, '<html lang="ar" dir="ltr">');
    expect(a.dir).toBe('rtl');
  });

  it('with no lang attribute, og:locale gives the language', () => {
    const a = article('<title>Frost</title><meta property="og:locale" content="en_GB">', undefined, '<html>');
    expect(a.lang).toBe('en-GB');
  });
});

describe('hostile numeric references', () => {
  it('a reference past U+10FFFF or to a surrogate reads as U+FFFD and never throws', () => {
    const a = article('<title>Frost</title><meta name="description" content="a &amp;#xFFFFFFFF; b &amp;#55296; c &amp;#128557;">');
    expect(a.excerpt).toBe('a \uFFFD b \uFFFD c \u{1F62D}');
  });
});
