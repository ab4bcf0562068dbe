/**
 * Article images tell their host nothing (issue 15 item 5): the popup, the reader page and the in-place
 * view load an article's image from an https host without the host's cookie and without a Referer.
 * The host set its cookie beforehand in a tab of its own (SameSite=None: a browser would send it
 * cross-site), and its own page's image carries it (the control), so a missing cookie is Clearleaf's doing.
 *
 * What holds per browser. Chromium: every view, by COEP credentialless on the extension's pages
 * (manifest cross_origin_embedder_policy): no-cors image requests go without credentials, with no
 * host permission needed. Firefox has no such key and its declarativeNetRequest header rules need
 * host access to the image's host, which Clearleaf does not hold: the popup and the reader page
 * still send the host's cookie there (asserted as it is, so a fix or a change in Firefox shows here);
 * the in-place view loads only images the page itself loaded, so it tells the host nothing new.
 */
import { expect, it } from 'vitest';
import { openReaderFrom, type Session } from './scenarios.js';
import type { ImageRequest, ImageServer } from './support/image-server.js';
import type { TestFrame, TestPage } from './support/browsers.js';
import { viewFrame } from './clean-view-scenarios.js';

async function requestFor(images: ImageServer, pathPart: string, timeoutMs = 10_000): Promise<ImageRequest> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = images.requests.find((r) => r.path.includes(pathPart));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`the image host never saw ${pathPart} (it saw ${images.requests.map((r) => r.path).join(', ') || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const loaded = (p: TestPage | TestFrame, selector: string): Promise<void> =>
  p.waitFor((sel) => {
    const img = document.querySelector<HTMLImageElement>(sel);
    return img !== null && img.complete && img.naturalWidth > 0;
  }, selector, 10_000);

function articlePage(session: Session, images: ImageServer): string {
  const src = `${images.origin}/img/article.png`;
  return session.server.page('image-privacy.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour report</title></head><body><article><h1>The harbour reopens after the storm</h1>
${Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i} of the harbour report: the storm sank two fishing boats, the harbour master closed the port for four days and the ferry to the islands ran again on Monday.</p>`).join('')}
<figure><img src="${src}" alt="The harbour on Monday" width="400" height="200"><figcaption>The harbour on Monday morning.</figcaption></figure>
${Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i + 3} of the harbour report: divers checked the quay walls, the council promised money for repairs and the fish market opens again next week.</p>`).join('')}</article></body></html>`);
}

export function imagesCarryNoCookies(get: () => Session): void {
  it('article images from an https host carry neither its cookie nor a Referer: popup, reader page, in-place view', async (context) => {
    const session = get();
    const images = session.images;
    if (!images) {
      context.skip('no https image host (openssl missing)');
      return;
    }
    // The host's own page sets its cookie; its own image carries it (the browser does send it).
    const host = await session.browser.openPage(`${images.origin}/set-cookie`);
    expect((await requestFor(images, '/img/control.png')).cookie).toContain(images.cookie);
    await host.close();

    const url = articlePage(session, images);
    const page = await session.browser.openPage(url);
    // The page loads the image itself (as it would anyway): the in-place view may load it then.
    await requestFor(images, '/img/article.png');
    const tabId = await session.browser.tabIdFor(page.url());
    const seen: Record<string, Pick<ImageRequest, 'cookie' | 'referer'>> = {};
    const record = async (view: string, load: () => Promise<void>): Promise<void> => {
      images.requests.length = 0;
      await load();
      const r = await requestFor(images, '/img/article.png');
      seen[view] = { cookie: r.cookie, referer: r.referer };
    };
    try {
      const popup = await session.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
      await record('popup', () => loaded(popup, '#article img'));
      await record('reader page', async () => {
        const reader = await openReaderFrom(session, popup);
        await loaded(reader, '#article img');
        await reader.close();
      });
      await record('in-place view', async () => {
        await popup.click('#clean-page');
        const view = await viewFrame(page);
        await loaded(view, '#view article img');
      });
      await popup.close();
      const extensionPageCookie = session.browser.name === 'firefox' ? images.cookie : null;
      expect(seen).toEqual({
        popup: { cookie: extensionPageCookie, referer: null },
        'reader page': { cookie: extensionPageCookie, referer: null },
        'in-place view': { cookie: null, referer: null },
      });
    } finally {
      await page.close().catch(() => undefined);
    }
  });
}
