/**
 * A page cannot hang, disable or mislead Clearleaf by naming its elements (issue 15, item 1). Each
 * case is one article page with one clobbering form or element; the popup must show the article, the
 * in-place view must open, and the tab must still answer. In Chromium each case broke before the
 * guard (an endless loop, a content script that thought it had run, a polyfill that took a form for
 * the extension API, an exception); Firefox's Xray views hid them, and it is checked all the same.
 */
import { expect, it } from 'vitest';
import { withPopup, type Session } from './scenarios.js';
import { CLOBBERED_FORM_NAMES } from '../helpers/clobbering.js';

interface ClobberCase {
  name: string;
  markup: string;
}

export const CLOBBER_CASES: ClobberCase[] = [
  ...CLOBBERED_FORM_NAMES.map((n) => ({ name: `a form field named ${n}`, markup: `<form class="comment-form"><input name="${n}" value="x"><input type="submit" value="Post"></form>` })),
  { name: 'form fields with ids nextElementSibling and parentNode', markup: '<div><form><input id="parentNode"><input id="nextElementSibling"></form></div>' },
  { name: 'an element with id __clearleafLoaded', markup: '<div id="__clearleafLoaded">flag</div>' },
  { name: 'form#browser holding button#runtime', markup: '<form id="browser"><button id="runtime" type="button">x</button><input name="id" value="fake"></form>' },
  { name: 'images named after document built-ins', markup: '<img name="defaultView" src="data:,"><img name="documentElement" src="data:,"><img name="cloneNode" src="data:,"><form name="getElementsByTagName"></form>' },
];

const LAST = 'The last paragraph of the report says the vote will be held in June.';

function clobberPage(markup: string): string {
  const paragraph = (i: number): string => `<p>Paragraph ${i} of a report on the city budget, long enough to be read as article text by any extractor: the council met on Tuesday, heard from residents for three hours, and voted to delay the decision.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council delays budget vote</title></head>
<body><article><h1>Council delays budget vote</h1>${paragraph(1)}${paragraph(2)}${markup}${paragraph(3)}${paragraph(4)}<p>${LAST}</p></article></body></html>`;
}

export function clobberingCannotStopClearleaf(get: () => Session): void {
  CLOBBER_CASES.forEach((c, i) => {
    it(`a page with ${c.name}: the popup shows the article and the in-place view opens`, async () => {
      const session = get();
      const url = session.server.page(`clobber-${i}.html`, clobberPage(c.markup));
      await withPopup(session, url, async ({ page, popup }) => {
        expect(await popup.evaluate(() => document.getElementById('status')?.textContent ?? '')).toBe('');
        expect(await popup.evaluate(() => document.body.dataset['state'])).toBe('done');
        expect(await popup.evaluate(() => document.querySelector('#article .cl-body')?.textContent ?? '')).toContain(LAST);
        await popup.click('#clean-page');
        await popup.waitFor(() => document.getElementById('clean-page')?.dataset['clean'] === 'true');
        // The tab still answers: its main thread is not stuck in a loop.
        expect(await page.evaluate(() => document.title)).toBe('Council delays budget vote');
        await popup.click('#clean-page');
        await popup.waitFor(() => document.getElementById('clean-page')?.dataset['clean'] === 'false');
      });
    });
  });
}
