/**
 * Property-based tests (fast-check) over the gold pages: random clutter injected and random
 * mutations. cleanDocument never throws, never modifies its input, outputs only words that were on the
 * page, and keeps every gold paragraph that the injected clutter is not inside.
 */
import path from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/node/lib.js';
import { REPO, SHARED_PAGES, hasShared, loadGoldPages, paragraphPositions } from '../helpers/gold.js';

import { PROPERTY_RUNS } from '../helpers/property-runs.js';

const pages = [...loadGoldPages(path.join(REPO, 'tests/fixtures/pages')), ...(hasShared ? loadGoldPages(SHARED_PAGES) : [])]
  .filter((p) => p.gold.isArticle);

/** Clutter in the many forms sites use, worded as the rules have never seen it verbatim. */
const clutterBlock = fc.oneof(
  fc.constantFrom(
    '<div class="newsletter-signup"><h3>Sign up for our morning newsletter</h3><p>Every weekday, in your inbox.</p></div>',
    '<p><strong>READ MORE:</strong> <a href="/other-story">Another story entirely</a></p>',
    '<div class="poll"><p>Should the city ban leaf blowers?*</p><form><input type="radio"> Yes</form></div>',
    '<p>- Advertisement -</p><ins class="adsbygoogle"></ins>',
    '<div class="sharedaddy"><p>Share this:</p><a href="https://facebook.com/x">Facebook</a></div>',
    '<p><a href="/">TAP HERE TO GO TO THE HOMEPAGE</a></p>',
    '<p>Updated 9:14 am EST, Monday, March 3, 2025</p>',
    '<ul><li><a href="/a">Related one</a></li><li><a href="/b">Related two</a></li></ul>',
  ),
  fc.string({ minLength: 1, maxLength: 40 }).map((s) => `<div class="ad-slot">${s.replace(/[<>&]/gu, ' ')}</div>`),
);

type Mutation = { kind: 'insert'; at: number; html: string } | { kind: 'wrap'; at: number } | { kind: 'attr'; at: number; name: string };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), html: clutterBlock }),
  fc.record({ kind: fc.constant('wrap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('attr' as const), at: fc.nat(), name: fc.constantFrom('class', 'id', 'style', 'data-x') }),
);

/**
 * What an attribute mutation writes: a style that leaves the text visible (a hiding style or `hidden`
 * would rightly drop a gold paragraph, so neither is generated).
 */
const ATTRIBUTE_VALUE: Partial<Record<string, string>> = { style: 'color: #333; margin: 0 1em' };

/** Applies mutations between and around the article's blocks, never inside a gold paragraph's text. */
function mutate(dom: JSDOM, mutations: Mutation[]): void {
  const doc = dom.window.document;
  const blocks = [...doc.querySelectorAll('article p, article div, .entry-content > *, main p, body p')];
  if (blocks.length === 0) return;
  for (const m of mutations) {
    const target = blocks[m.at % blocks.length];
    if (!target?.isConnected) continue;
    if (m.kind === 'insert') {
      const holder = doc.createElement('div');
      holder.innerHTML = m.html;
      target.after(...holder.childNodes);
    } else if (m.kind === 'wrap') {
      const wrapper = doc.createElement('div');
      target.replaceWith(wrapper);
      wrapper.append(target);
    } else {
      target.setAttribute(m.name, ATTRIBUTE_VALUE[m.name] ?? 'x');
    }
  }
}

/** Letters and digits only, lower case: compares text across different block separators. */
const letters = (text: string): string => (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('');

describe.each(pages.map((p) => [p.name, p] as const))('properties on %s', (_name, page) => {
  it(`${PROPERTY_RUNS} random mutations: no throw, input untouched, only the page's text, gold paragraphs kept`, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const dom = new JSDOM(page.html, { url: page.gold.url });
        mutate(dom, mutations);
        const before = dom.serialize();
        const pageText = letters(dom.window.document.documentElement.textContent ?? '');
        const article = cleanDocument(dom.window.document, { url: page.gold.url });
        expect(dom.serialize()).toBe(before);
        // Every block of the output is a run of the page's own text.
        const foreign = article.text.split('\n\n').filter((block) => !pageText.includes(letters(block)));
        expect(foreign).toEqual([]);
        expect(article.isArticle).toBe(true);
        expect(paragraphPositions(article.text, page.gold.paragraphs).filter((p) => p < 0)).toEqual([]);
        dom.window.close();
      }),
      { numRuns: PROPERTY_RUNS, seed: 20261127 },
    );
  }, 120_000);
});
