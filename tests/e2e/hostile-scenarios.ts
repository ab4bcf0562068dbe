/**
 * The hostile corpus in real browsers. The pages are served with a sandboxing CSP (no script runs,
 * nothing loads), so the page itself can neither run its payloads nor hit the beacon: any dialog,
 * global or beacon request can only come from Clearleaf — the popup, the reader page, the in-place
 * view, or the copied Markdown rendered by markdown-it (raw HTML on) in a page of its own.
 */
import { buildSync } from 'esbuild';
import { expect, it } from 'vitest';
import { METADATA_VECTORS, VECTORS, hostilePage, metadataPages } from '../fixtures/hostile/vectors.js';
import { openReaderFrom, recordClipboard, withPopup, type Session } from './scenarios.js';
import type { TestFrame, TestPage } from './support/browsers.js';
import { viewFrame } from './clean-view-scenarios.js';

const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** The page runs nothing and loads nothing of its own. */
export const SANDBOX_CSP = { 'content-security-policy': "sandbox allow-same-origin; default-src 'none'; style-src 'unsafe-inline'" };

/**
 * The same page for the in-place view: a strict CSP without the sandbox (a sandboxed page's frames
 * inherit it, the view's own page included, so the view does not open there). The page still runs
 * nothing (no script source) and loads nothing, so any hit again can only come from Clearleaf.
 */
export const STRICT_CSP = { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" };

/** Elements and attributes in the rendered article that could run or load something. */
function dangerousInArticle(page: TestPage | TestFrame, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return ['no article rendered'];
    // MathML stays as notation (sanitize.ts), never its interactive or HTML-carrying parts.
    const found = [...root.querySelectorAll('script, iframe, object, embed, form, input, base, meta, link, style:not(:root style), svg, template, audio, video, marquee, map, area, annotation-xml, mglyph, malignmark, maction')]
      .map((e) => e.tagName);
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/u.test(attr.name) || /^\s*javascript:/iu.test(attr.value) || attr.name === 'srcdoc' || (attr.name === 'style' && /url\(/u.test(attr.value))) found.push(`${el.tagName}[${attr.name}]`);
      }
    }
    return found;
  }, selector);
}

const pwned = (p: TestPage): Promise<unknown> => p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

async function expectNothingRan(page: TestPage, selector: string): Promise<void> {
  expect(await dangerousInArticle(page, selector)).toEqual([]);
  await settle(800);
  expect(page.dialogs).toEqual([]);
  expect(await pwned(page)).toBeNull();
}

/** Copies Markdown in the popup, by its button, and returns what reached the clipboard. */
async function copiedMarkdown(popup: TestPage): Promise<string> {
  await recordClipboard(popup);
  await popup.click('#copy-markdown');
  await popup.waitFor(() => (window as unknown as { copied: string[] }).copied.length > 0);
  return popup.evaluate(() => (window as unknown as { copied: string[] }).copied[0] ?? '');
}

let bundle: string | undefined;
/** markdown-it as one browser script defining `markdownit(options)` (the package ships none). */
function markdownItBundle(): string {
  bundle ??= buildSync({
    stdin: { contents: "import MarkdownIt from 'markdown-it'; globalThis.markdownit = (o) => new MarkdownIt(o);", resolveDir: process.cwd() },
    bundle: true, format: 'iife', minify: true, write: false, logLevel: 'silent',
  }).outputFiles[0]?.text ?? '';
  return bundle;
}

/** A page on the test server that renders Markdown with markdown-it, raw HTML on, scripts allowed. */
function markdownPage(session: Session, name: string, markdown: string): string {
  const lib = markdownItBundle();
  const html = `<!doctype html><meta charset="utf-8"><title>rendered</title><div id="out"></div><script>${lib}</script>
<script>document.getElementById('out').innerHTML = markdownit({ html: true }).render(${JSON.stringify(markdown).replaceAll('<', '\\u003c')}); document.body.dataset.rendered = 'yes';</script>`;
  return session.server.page(name, html);
}

async function renderedMarkdownRunsNothing(session: Session, name: string, markdown: string): Promise<void> {
  const page = await session.browser.openPage(markdownPage(session, name, markdown));
  try {
    await page.waitFor(() => document.body.dataset['rendered'] === 'yes');
    await settle(1000);
    expect(page.dialogs).toEqual([]);
    expect(await pwned(page)).toBeNull();
  } finally {
    await page.close();
  }
}

export function hostilePagesRunNothing(get: () => Session): void {
  it(`hostile article (${VECTORS.length} vectors): popup, reader page and copied Markdown run and load none of it`, async () => {
    const session = get();
    const url = session.server.page('hostile.html', hostilePage(`${session.server.origin}/beacon`, { forBrowser: true }), SANDBOX_CSP);
    const baseline = session.server.beaconHits.length;
    await withPopup(session, url, async ({ page, popup }) => {
      expect(await pwned(page)).toBeNull();
      expect(await popup.evaluate(() => document.body.dataset['state'])).toBe('done');
      expect(await popup.evaluate(() => document.querySelector('#article .cl-body')?.textContent ?? '')).toContain('the vote will be held in June');
      await expectNothingRan(popup, '#article');

      const reader = await openReaderFrom(session, popup);
      await expectNothingRan(reader, '#article');
      await reader.close();

      await renderedMarkdownRunsNothing(session, 'hostile-markdown.html', await copiedMarkdown(popup));
    });
    expect(session.server.beaconHits.slice(baseline)).toEqual([]);
  });

  it(`hostile article (${VECTORS.length} vectors) in the in-place view, on a page with a strict CSP: runs none of it, requests nothing the page may not`, async () => {
    const session = get();
    const url = session.server.page('hostile-in-place.html', hostilePage(`${session.server.origin}/beacon`, { forBrowser: true }), STRICT_CSP);
    const baseline = session.server.beaconHits.length;
    await withPopup(session, url, async ({ page, popup }) => {
      await popup.click('#clean-page');
      const view = await viewFrame(page);
      await view.waitFor(() => document.querySelector('.cl-body')?.textContent?.includes('the vote will be held in June'), undefined, 20_000);
      expect(await dangerousInArticle(view, '#view article')).toEqual([]);
      await settle(800);
      expect(page.dialogs).toEqual([]);
      expect(await pwned(page)).toBeNull();
      expect(await view.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
      // The article's images name the beacon's host, which the page (its CSP) never loaded: the view leaves them out (data: requests nothing).
      expect(await view.evaluate(() => [...document.querySelectorAll('#view img')].map((i) => i.getAttribute('src') ?? '').filter((src) => !src.startsWith('data:')))).toEqual([]);
      await popup.click('#clean-page');
    });
    expect(session.server.beaconHits.slice(baseline)).toEqual([]);
  });

  it(`markup in metadata (${METADATA_VECTORS.length} vectors on ${metadataPages('').length} pages): shown as text in the popup and reader page, inert in copied Markdown`, async () => {
    const session = get();
    const baseline = session.server.beaconHits.length;
    for (const meta of metadataPages(`${session.server.origin}/beacon`)) {
      const url = session.server.page(`${meta.name}.html`, meta.html, SANDBOX_CSP);
      await withPopup(session, url, async ({ popup }) => {
        expect(await popup.evaluate(() => document.body.dataset['state'])).toBe('done');
        // The headline's markup is shown as characters: the title holds text and no element.
        expect(await popup.evaluate(() => [document.querySelector('#article .cl-title')?.textContent ?? '', document.querySelector('#article .cl-title')?.children.length]))
          .toEqual([meta.shownTitle.replaceAll('&lt;', '<').replaceAll('&gt;', '>'), 0]);
        await expectNothingRan(popup, '#article');
        const reader = await openReaderFrom(session, popup);
        await expectNothingRan(reader, '#article');
        await reader.close();
        await renderedMarkdownRunsNothing(session, `${meta.name}-markdown.html`, await copiedMarkdown(popup));
      });
    }
    expect(session.server.beaconHits.slice(baseline)).toEqual([]);
  });
}
