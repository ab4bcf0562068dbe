// @vitest-environment jsdom
/**
 * The article and sources renderers (popup, reader page and in-place view share them) over real
 * reports: repository pages run through cleanDocument, rendered into a DOM, and the DOM read back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { REPO } from '../helpers/gold.js';
import { useLanguage } from '../helpers/fake-i18n.js';
import { cleanDocument, type CleanArticle } from '../../src/pipeline/pipeline.js';

vi.mock('../../src/extension/platform/browser.js', async () => (await import('../helpers/fake-i18n.js')).fakeBrowserModule());
const { renderArticle } = await import('../../src/extension/ui/article-view.js');
const { renderSources, sourcesSummary } = await import('../../src/extension/ui/sources-panel.js');
const { renderRemoved } = await import('../../src/extension/ui/removed-panel.js');
const { attachHideMode } = await import('../../src/extension/ui/hide-mode.js');

const PAGES = path.join(REPO, 'tests/fixtures/pages');
interface Gold { url: string; title: string; paragraphs: string[] }

function cleaned(name: string): { article: CleanArticle; gold: Gold } {
  const gold = JSON.parse(fs.readFileSync(path.join(PAGES, `${name}.gold.json`), 'utf8')) as Gold;
  const dom = new JSDOM(fs.readFileSync(path.join(PAGES, `${name}.html`), 'utf8'), { url: gold.url });
  return { article: cleanDocument(dom.window.document, { url: gold.url }), gold };
}
// One parse per page for the whole file.
const report = cleaned('inline-linked-report');
const quoted = cleaned('keeps-structure');
const dated = cleaned('wire-story-furniture');
const polled = cleaned('poll-reworded');

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, ' ').trim();
const texts = (root: ParentNode, selector: string): string[] => [...root.querySelectorAll(selector)].map((e) => squash(e.textContent));

/** A button's accessible name with the start of `text` (its block's, shortened with "…") cut off its end: what names the action. */
function namedBy(button: Element, text: string): string {
  const name = button.getAttribute('aria-label') ?? '';
  for (let i = 0; i < name.length; i += 1) {
    const rest = name.slice(i).replace(/…$/u, '');
    if (rest.length >= 10 && text.startsWith(rest)) return name.slice(0, i);
  }
  return name;
}

function container(): HTMLElement {
  document.body.replaceChildren();
  const div = document.createElement('div');
  document.body.append(div);
  return div;
}

beforeEach(() => useLanguage('en'));

describe('renderArticle', () => {
  it('renders the title, the meta line and every paragraph of the article, in order', () => {
    const { article, gold } = report;
    const root = container();
    const body = renderArticle(root, article);
    expect(texts(root, 'header.cl-article-header h1.cl-title')).toEqual([gold.title]);
    expect(texts(root, '.cl-meta')).toEqual([`Priya Natarajan · Riverbend Times · ${article.readingMinutes} min read (${article.wordCount} words)`]);
    expect(body.classList.contains('cl-body')).toBe(true);
    expect(body.lang).toBe('en');
    expect(texts(body, 'p')).toEqual(gold.paragraphs.map(squash));
    // The article's links stay links.
    expect([...body.querySelectorAll('a')].map((a) => a.href)).toContain('https://auditor.state.example/reports/2025-03');
  });

  it('writes the publication date in the UI language', () => {
    const root = container();
    renderArticle(root, dated.article);
    expect(squash(root.querySelector('.cl-meta')?.textContent)).toContain('Nov 20, 2025');
    useLanguage('es');
    renderArticle(root, dated.article);
    expect(squash(root.querySelector('.cl-meta')?.textContent)).toContain('20 nov 2025');
  });

  it('replaces what was there, and sanitises page HTML again (the content script runs beside the page)', () => {
    const root = container();
    renderArticle(root, quoted.article);
    const tampered = { ...report.article, html: `${report.article.html}<script>window.ran = 1</script><p><img src="x.png" onerror="window.ran = 2">Last line.</p>` };
    const body = renderArticle(root, tampered);
    expect(root.querySelectorAll('header')).toHaveLength(1);
    expect(texts(root, 'h1')).toEqual([report.gold.title]);
    expect(body.querySelectorAll('script')).toHaveLength(0);
    expect(body.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(texts(body, 'p').at(-1)).toBe('Last line.');
  });
});

describe('renderSources', () => {
  const sources = report.article.sources;

  it('sums the report up in one line of figures', () => {
    expect(sourcesSummary(sources)).toBe('3 sources · 2 named · 1 anonymous · 0 direct quotes · 17 links to 4 sites');
    useLanguage('es');
    expect(sourcesSummary(sources)).toMatch(/^3 fuentes · /u);
  });

  it('groups the sources by kind, each named with its role, how it is cited and its first quote', () => {
    const root = container();
    renderSources(root, sources, () => undefined);
    expect(texts(root, 'h3')).toEqual(['People (1)', 'Documents & data (2)', 'Links (17)']);
    expect(texts(root, 'button.cl-source strong')).toEqual(['Lena Ortiz', 'State audit', 'Report']);
    const lena = root.querySelector<HTMLButtonElement>('button.cl-source');
    expect(squash(lena?.querySelector('.cl-source-role')?.textContent)).toBe('— Board chair');
    expect(squash(lena?.querySelector('.cl-source-count')?.textContent)).toBe('· 1 quote');
    // An indirect quote is shown without quotation marks.
    expect(squash(lena?.querySelector('.cl-source-quote')?.textContent)).toBe(squash(sources.sources.find((s) => s.name === 'Lena Ortiz')?.quotes[0]?.text));
  });

  it('marks a direct quote and lists anonymous sources apart', () => {
    const root = container();
    renderSources(root, quoted.article.sources, () => undefined);
    expect(texts(root, 'h3')).toEqual(['People (1)', 'Anonymous (2)']);
    const direct = quoted.article.sources.sources.find((s) => s.quotes[0]?.type === 'direct');
    const row = [...root.querySelectorAll('button.cl-source')].find((b) => b.querySelector('strong')?.textContent === direct?.name);
    expect(row?.querySelector('.cl-source-quote')?.textContent).toMatch(/^“.+”$/u);
  });

  it('choosing a source hands its first quote to the article view', () => {
    const root = container();
    const chosen: string[] = [];
    renderSources(root, sources, (passage) => chosen.push(passage));
    root.querySelector<HTMLButtonElement>('button.cl-source')?.click();
    expect(chosen).toEqual([sources.sources.find((s) => s.name === 'Lena Ortiz')?.quotes[0]?.text]);
  });

  it('lists links by site, most linked first, and makes only web addresses clickable', () => {
    const root = container();
    const hostile = { ...sources, links: [...sources.links, { ...(sources.links[0] as (typeof sources.links)[number]), url: 'javascript:alert(1)', anchorText: 'run me', domain: 'zz.example' }] };
    renderSources(root, hostile, () => undefined);
    expect(texts(root, 'details summary')).toEqual([
      'riverbendwater.example (6)', 'state.example (6)', 'riverbend.example (4)', 'riverbendtimes.example (1) · this site', 'zz.example (1)',
    ]);
    const anchors = [...root.querySelectorAll('details a')];
    expect(anchors).toHaveLength(18);
    expect(anchors.filter((a) => a.getAttribute('href') !== null).map((a) => a.getAttribute('href')).sort()).toEqual(sources.links.map((l) => l.url).sort());
    expect(anchors.find((a) => a.textContent === 'run me')?.hasAttribute('href')).toBe(false);
    expect(anchors.every((a) => a.getAttribute('target') === '_blank' && a.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
  });

  it('says so when the article attributes nothing', () => {
    const root = container();
    renderSources(root, { ...sources, sources: [], links: [] }, () => undefined);
    expect(texts(root, 'p')).toEqual(['This article attributes nothing to a named or unnamed source.']);
  });
});

describe('renderRemoved', () => {
  const { removed } = polled.article;

  it('groups the removed blocks by category, largest first, each with its text', () => {
    const root = container();
    renderRemoved(root, removed);
    const groups = [...root.querySelectorAll('details')].map((d) => [d.dataset['category'], d.querySelectorAll('li').length]);
    expect(groups.map(([category]) => category)).toEqual(expect.arrayContaining(['poll', 'cta']));
    expect(groups.map(([, n]) => n)).toEqual([...groups.map(([, n]) => n)].sort((a, b) => Number(b) - Number(a)));
    expect(texts(root, 'li.cl-removed-text').join(' ')).toContain('Do you think the council should put the levy on the ballot?*');
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });

  it('with actions, each block can be put back once or always, each button named by its block', () => {
    const root = container();
    const calls: [string, boolean][] = [];
    renderRemoved(root, removed, { putBack: (block, always) => calls.push([block.text, always]), showAgain: () => undefined });
    const first = root.querySelector('li.cl-removed-text');
    const buttons = [...(first?.querySelectorAll<HTMLButtonElement>('button.cl-removed-action') ?? [])];
    const text = squash(first?.querySelector('span')?.textContent);
    expect(buttons.map((b) => [b.type, b.textContent])).toEqual([['button', 'Put back'], ['button', 'Always on this site']]);
    expect(buttons.map((b) => namedBy(b, text))).toEqual(['Put back once: ', 'Always on this site, put back: ']);
    buttons[1]?.click();
    expect(calls).toEqual([[removed.find((b) => squash(b.text) === text)?.text, true]]);
  });

  it('a block the reader hid offers "Show again" instead', () => {
    const root = container();
    const shown: string[] = [];
    renderRemoved(root, [{ ...(removed[0] as (typeof removed)[number]), category: 'hidden', text: 'Printed in the county edition.' }], { putBack: () => undefined, showAgain: (b) => shown.push(b.text) });
    const button = root.querySelector<HTMLButtonElement>('button');
    expect([button?.textContent, button?.getAttribute('aria-label')]).toEqual(['Show again', 'Show again on this site: Printed in the county edition.']);
    button?.click();
    expect(shown).toEqual(['Printed in the county edition.']);
  });

  it('says so when nothing was removed', () => {
    const root = container();
    renderRemoved(root, []);
    expect(texts(root, 'p')).toEqual(['Nothing inside the article needed removing.']);
  });
});

describe('attachHideMode', () => {
  it('gives every short block a Hide button named by its block; pressing one takes the block away and reports it', () => {
    const root = container();
    const body = renderArticle(root, quoted.article);
    const bar = document.createElement('div');
    root.prepend(bar);
    const hidden: [string, boolean][] = [];
    attachHideMode(bar, body, (text, onSite) => hidden.push([text, onSite]), true);
    const buttons = [...body.querySelectorAll<HTMLButtonElement>('button.cl-hide-block')];
    expect(buttons.length).toBeGreaterThan(0);
    const button = buttons[0] as HTMLButtonElement;
    const block = button.parentElement as HTMLElement;
    const text = squash([...block.childNodes].filter((n) => n !== button).map((n) => n.textContent).join(''));
    expect([button.type, button.textContent]).toEqual(['button', 'Hide']);
    expect(namedBy(button, text)).toBe('Hide: ');
    button.click();
    expect(block.isConnected).toBe(false);
    expect(hidden).toEqual([[text, true]]);
  });
});
