/**
 * Copied Markdown is safe to paste and keeps tables: text stays text in a permissive renderer,
 * links and images keep only http(s)/mailto targets, tables become GFM tables.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtmlInText, safeTarget, toMarkdown } from '../../src/pipeline/article/markdown.js';
import { liveMarkupIn, renderMarkdown } from '../helpers/render-markdown.js';

const md = (html: string, extra: Partial<Parameters<typeof toMarkdown>[0]> = {}): string =>
  toMarkdown({ title: 'A title', byline: null, url: 'https://news.example/story', html, ...extra });

describe('GFM tables', () => {
  it('a table with a header row becomes a pipe table', () => {
    const out = md('<table><thead><tr><th>City</th><th>Votes</th></tr></thead><tbody><tr><td>Lyon</td><td>12</td></tr><tr><td>Nice</td><td>9</td></tr></tbody></table>');
    expect(out).toContain('| City | Votes |');
    expect(out).toMatch(/\| -+ \| -+ \|/u);
    expect(out).toMatch(/\| Lyon \| 12 +\|/u);
    expect(renderMarkdown(out).querySelectorAll('table td')).toHaveLength(4);
  });

  it('a table without a header row still becomes a table (an empty header)', () => {
    const out = md('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>');
    expect(renderMarkdown(out).querySelectorAll('table td')).toHaveLength(4);
  });

  it('a table the plugin cannot write as Markdown (a list in a cell) is written as text, never as raw HTML', () => {
    const out = md('<table><tr><th>Item</th></tr><tr><td><ul><li>one</li><li>two</li></ul></td></tr></table>');
    expect(out).not.toMatch(/<\/?(table|div|td|ul)/u);
    expect(out).toContain('one');
    expect(out).toContain('two');
  });
});

describe('text stays text', () => {
  const markup = '<img src=x onerror=alert(1)> <svg onload=alert(2)> <iframe srcdoc="<script>alert(3)</script>">';

  it('markup written as characters in the article, the title and the byline renders as those characters', () => {
    const html = `<p>${markup.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</p>`;
    const out = md(html, { title: `Title ${markup}`, byline: `By ${markup}` });
    const doc = renderMarkdown(out);
    expect(liveMarkupIn(doc)).toEqual([]);
    expect(doc.querySelector('h1')?.textContent).toBe(`Title ${markup}`);
    expect(doc.querySelector('p')?.textContent).toContain(markup);
  });

  it('ampersands are escaped only where they would start an entity', () => {
    expect(escapeHtmlInText('AT&T & Co')).toBe('AT&T & Co');
    expect(escapeHtmlInText('write &amp; or &#60;')).toBe('write &amp;amp; or &amp;#60;');
    expect(renderMarkdown(md('<p>write &amp;amp; or &amp;#60; at AT&amp;T</p>')).querySelector('p:last-of-type')?.textContent).toBe('write &amp; or &#60; at AT&T');
  });

  it('a blockquote marker or list marker in text is not Markdown either', () => {
    const doc = renderMarkdown(md('<p>&gt; not a quote</p><p>1. not a list</p>'));
    expect(doc.querySelector('blockquote, ol')).toBeNull();
  });
});

describe('links and images keep only safe targets', () => {
  it('http(s) and mailto links are links; javascript:, data:, vbscript:, relative and tel: are text', () => {
    const out = md(['https://a.example/x', 'mailto:desk@news.example', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '/relative', 'tel:+123']
      .map((href, i) => `<p><a href="${href.replaceAll('"', '&quot;')}">link ${i}</a></p>`).join(''));
    const doc = renderMarkdown(out);
    expect([...doc.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['https://news.example/story', 'link 0', 'link 1']);
    expect(liveMarkupIn(doc)).toEqual([]);
    for (let i = 2; i < 8; i += 1) expect(doc.body.textContent).toContain(`link ${i}`);
  });

  it('a link target cannot break out of its parentheses or open a tag', () => {
    expect(safeTarget('https://a.example/x) <img src=x onerror=alert(1)>', new Set(['https:']))).toBe('https://a.example/x%29%20%3Cimg%20src=x%20onerror=alert%281%29%3E');
    const doc = renderMarkdown(md('<p><a href="https://a.example/x)&lt;img src=x onerror=alert(1)&gt;">here</a></p>'));
    expect(liveMarkupIn(doc)).toEqual([]);
  });

  it('images only with http(s) sources, their alt text escaped', () => {
    const doc = renderMarkdown(md('<p><img src="https://img.example/a.jpg" alt="a [bracket] <b>"><img src="data:image/svg+xml,<svg onload=alert(1)>" alt="data image"><img src="javascript:alert(1)" alt="js image"></p>'));
    expect([...doc.querySelectorAll('img')].map((i) => [i.getAttribute('src'), i.getAttribute('alt')])).toEqual([['https://img.example/a.jpg', 'a [bracket] <b>']]);
    expect(doc.body.textContent).toContain('data image');
  });

  it('the page address is written only when it is http(s)', () => {
    expect(md('<p>x</p>', { url: 'javascript:alert(1)' })).not.toContain('javascript');
  });
});

describe('math', () => {
  const formula = (tex: string, display = ''): string =>
    `<math${display}><semantics><mrow><mi>x</mi></mrow><annotation encoding="application/x-tex">${tex}</annotation></semantics></math>`;

  it('a formula with its TeX source is written as math is in GitLab/GitHub: $`…`$ inline, a ```math fence when displayed', () => {
    expect(md(`<p>If ${formula('C_G(g)=\\langle g\\rangle')} then</p>`)).toContain('If $`C_G(g)=\\langle g\\rangle`$ then');
    expect(md(`<p>so</p>${formula('a^2+b^2', ' display="block"')}`)).toMatch(/```math\na\^2\+b\^2\n```/u);
  });

  it('TeX holding backticks or markup stays literal: the span or fence is longer than any run inside, nothing renders live', () => {
    const out = md(`<p>${formula('a`b &lt;img src=x onerror=alert(1)&gt;')}</p>${formula('``` <svg onload=alert(2)>', ' display="block"')}`);
    expect(out).toContain('$``a`b <img src=x onerror=alert(1)>``$');
    expect(out).toContain('````math');
    const doc = renderMarkdown(out);
    expect(liveMarkupIn(doc)).toEqual([]);
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('a formula without TeX reads as its symbols, escaped as text', () => {
    expect(md('<p>so <math><mi>x</mi><mo>&lt;</mo><mi>y</mi></math> holds</p>')).toContain('so x &lt; y holds');
  });
});
