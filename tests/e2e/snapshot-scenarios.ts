/**
 * The content script's snapshot (content/snapshot.ts) keeps what only the live page knows, also now
 * that its walk runs in slices between which the page keeps running: open shadow roots flattened into
 * their hosts, a lazy image's live source in place of its placeholder, hidden subtrees marked, and a
 * page that changes its own DOM all the while still comes out whole, in order and with no mark on
 * the wrong element.
 */
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import type { Session } from './scenarios.js';

const PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
/** Enough that the walk takes several slices (its last-visited part, the ticker, then comes after the page has run). */
const PARAGRAPHS = 20_000;

function livePage(session: Session): string {
  const picture = session.server.page('snapshot-picture.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="teal"/></svg>');
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => `<p>Paragraph ${i + 1} of the report on the harbour works.</p>`).join('');
  return session.server.page('snapshot-live.html', `<!doctype html><html lang="en"><head><title>Harbour works</title></head><body>
<article><div id="ticker"><p class="tick">tick 0</p><p class="tick" style="display:none">tick -1</p></div><h1>Harbour works</h1><div id="host"><p>Light text under the shadow.</p></div>
<img id="lazy" alt="The harbour" src="${PLACEHOLDER}" srcset="${picture} 1x">
<div id="gone" style="display:none"><p>Words the page does not show.</p></div>
${paragraphs}</article>
<script>
  document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Words inside the shadow root.</p><slot></slot>';
  // The page keeps changing its own DOM while it is read: on every turn its ticker (the first block,
  // which the walk visits last) gains an item in front, shown and hidden in turn, and loses its last.
  const ticker = document.getElementById('ticker');
  const channel = new MessageChannel();
  let n = 0;
  channel.port1.onmessage = () => {
    n += 1;
    const item = Object.assign(document.createElement('p'), { className: 'tick', textContent: 'tick ' + n });
    if (n % 2) item.style.display = 'none';
    ticker.prepend(item);
    if (ticker.children.length > 6) ticker.lastElementChild.remove();
    if (n < 200000) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
</script></body></html>`);
}

export function snapshotKeepsTheLivePage(get: () => Session): void {
  it('the snapshot keeps shadow content, a lazy image\'s real source and hidden marks, and stays whole on a page that keeps changing', async () => {
    const session = get();
    const url = livePage(session);
    const page = await session.browser.openPage(url);
    try {
      await page.waitFor(() => {
        const img = document.getElementById('lazy') as HTMLImageElement | null;
        return img?.complete && img.naturalWidth > 0;
      });
      const tabId = await session.browser.tabIdFor(url);
      const html = await session.browser.inExtension(async (id) => {
        await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content.js'] });
        const answer = await chrome.tabs.sendMessage(id, { type: 'clearleaf:snapshot' }) as { ok: boolean; snapshot?: { html: string } };
        return answer.snapshot?.html ?? `no snapshot: ${JSON.stringify(answer)}`;
      }, tabId);
      const doc = new JSDOM(html).window.document;
      // Shadow root flattened, its slot filled with the host's own children.
      expect(doc.getElementById('host')?.textContent).toBe('Words inside the shadow root.Light text under the shadow.');
      // The lazy image carries what the page shows, not its placeholder.
      expect(doc.getElementById('lazy')?.getAttribute('src')).toMatch(/snapshot-picture\.svg$/u);
      // The hidden block is kept (nothing dropped) and marked; what is shown is not.
      expect(doc.getElementById('gone')?.hasAttribute('data-clearleaf-hidden')).toBe(true);
      expect(doc.getElementById('gone')?.textContent).toContain('Words the page does not show.');
      expect(doc.querySelector('article')?.hasAttribute('data-clearleaf-hidden')).toBe(false);
      // Where the page changed an element's children between slices, its copies were not paired with
      // the wrong live elements: no item the page shows is marked hidden.
      const ticks = [...doc.querySelectorAll('#ticker > p')];
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.filter((p) => p.hasAttribute('data-clearleaf-hidden') && !(p.getAttribute('style') ?? '').includes('none')).map((p) => p.textContent)).toEqual([]);
      // Every paragraph once and in order, however the ticker changed meanwhile.
      const numbers = [...doc.querySelectorAll('article > p')].map((p) => Number(/Paragraph (\d+)/u.exec(p.textContent ?? '')?.[1]));
      expect(numbers).toEqual(Array.from({ length: PARAGRAPHS }, (_, i) => i + 1));
      // Page scripts are emptied, not run or kept.
      expect(doc.querySelector('script')?.textContent).toBe('');
    } finally {
      await page.close();
    }
  }, 120_000);
}
