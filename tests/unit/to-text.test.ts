/**
 * article/to-text.ts: every boundary a reader sees is a word break in `text` (blocks, cells, lines of
 * code, elements left out), so the words of adjacent blocks never run together.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { toText } from '../../src/pipeline/article/to-text.js';

const { document } = new JSDOM('').window;
function text(html: string, skip?: (el: Element) => boolean): string {
  const div = document.createElement('div');
  div.innerHTML = html;
  return toText(div, skip ? { skip } : {});
}

describe('toText puts a break wherever the page draws one', () => {
  it('headings, paragraphs and list items are blocks of their own', () => {
    expect(text('<h2>Harvest</h2><p>Rain came late.</p><ul><li>Wheat</li><li>Barley</li></ul>')).toBe('Harvest\n\nRain came late.\n\nWheat\n\nBarley');
  });

  it('table cells are apart and rows are blocks', () => {
    expect(text('<table><tr><th>Year</th><th>Yield</th></tr><tr><td>2023</td><td>4.1</td></tr></table>')).toBe('Year Yield\n\n2023 4.1');
  });

  it('block elements outside the common few (nav, fieldset, legend, center) break too', () => {
    expect(text('<nav>Home</nav><fieldset><legend>Options</legend>Pick</fieldset><center>Middle</center>')).toBe('Home\n\nOptions\n\nPick\n\nMiddle');
  });

  it('code keeps its lines whether the page writes them with newlines, <br> or one element a line', () => {
    expect(text('<pre>let a = 1;\nlet b = 2;</pre>')).toBe('let a = 1;\nlet b = 2;');
    expect(text('<pre><code>let a = 1;<br>let b = 2;</code></pre>')).toBe('let a = 1;\nlet b = 2;');
    expect(text('<pre><code><div class="line">let a = 1;</div><div class="line">let b = 2;</div></code></pre>')).toBe('let a = 1;\nlet b = 2;');
  });

  it('an element left out leaves a word break, not glued neighbours', () => {
    expect(text('Press<button>now</button>here')).toBe('Press here');
    expect(text('before<span class="cap">caption</span>after', (el) => el.className === 'cap')).toBe('before after');
  });

  it('math reads as its LaTeX source when given, else symbol by symbol, apart from the prose', () => {
    const tex = '<math><semantics><mrow><mi>x</mi><mo>+</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">x+1</annotation></semantics></math>';
    expect(text(`<p>Let${tex}be odd.</p>`)).toBe('Let x+1 be odd.');
    expect(text('<p>so<math><mi>y</mi><mo>=</mo><mn>2</mn></math>holds</p>')).toBe('so y = 2 holds');
  });
});

/** Random trees of blocks and inline elements around single words, with no white space anywhere. */
const TAGS = ['p', 'li', 'h3', 'div', 'pre', 'span', 'em', 'a', 'nav', 'dt', 'table'] as const;
/** `table` stands for a one-row table with each kid in a cell (a bare <td> would be dropped by the parser). */
type Tree = { word: string } | { tag: (typeof TAGS)[number]; kids: Tree[] };
const word = fc.stringMatching(/^[a-z]{2,6}$/u);
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    word.map((w) => ({ word: w })),
    fc.record({ tag: fc.constantFrom(...TAGS), kids: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
}));
function html(t: Tree): string {
  if ('word' in t) return t.word;
  if (t.tag === 'table') return `<table><tr>${t.kids.map((k) => `<td>${html(k)}</td>`).join('')}</tr></table>`;
  return `<${t.tag}>${t.kids.map(html).join('')}</${t.tag}>`;
}
const INLINE = new Set(['span', 'em', 'a']);
/** What a reader sees, as words: inline elements join their neighbours, every other element is a break. */
function seen(t: Tree): string {
  if ('word' in t) return t.word;
  const inner = t.kids.map((k) => (t.tag === 'table' ? ` ${seen(k)} ` : seen(k))).join('');
  return INLINE.has(t.tag) ? inner : ` ${inner} `;
}
const words = (s: string): string[] => s.match(/[a-z]+/gu) ?? [];
function parsesAsWritten(markup: string): boolean {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div.innerHTML === markup;
}

describe('toText never glues the words of two blocks', () => {
  it('in random trees of blocks, cells, code and inline elements, the words are the ones a reader sees', () => {
    fc.assert(fc.property(tree, (t) => {
      // Only trees the parser keeps as written: it restructures some nestings (a <dt> in a <dt>
      // closes the first, and "<dt><dt></dt>aa</dt>aa" is then one run "aaaa" on the page too).
      fc.pre(parsesAsWritten(html(t)));
      expect(words(text(html(t)))).toEqual(words(seen(t)));
    }), { numRuns: 300 });
  });
});
