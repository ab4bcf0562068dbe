/** The token helpers every suite is scored with: tokens, in-order recall, glued words, Markdown text. */
import { describe, expect, it } from 'vitest';
import { alignInOrder, containsRun, gluedWords, markdownToText, missingRuns, tokens } from '../helpers/corpora.js';

describe('corpus token helpers', () => {
  it('tokenises like Python\'s \\w+ across scripts', () => {
    expect(tokens('Don’t stop_now: 12,5 € — Ünïcode 日本語')).toEqual(['Don', 't', 'stop_now', '12', '5', 'Ünïcode', '日本語']);
  });

  it('aligns in order, skipping inserted clutter and reporting removed runs', () => {
    const ref = tokens('one two three four five six seven eight');
    const out = tokens('one two Share this story on social media three four seven eight');
    const a = alignInOrder(ref, out);
    expect(a.matched).toBe(6);
    expect(missingRuns(ref, a)).toEqual([{ start: 4, tokens: ['five', 'six'] }]);
  });

  it('does not let a common word far ahead swallow the alignment', () => {
    const ref = tokens('the cat sat on the mat');
    const out = tokens('the cat sat on a mat and then many words later the end');
    // "the" is missing where it stood; it must not match the far "the" and lose "mat".
    expect(alignInOrder(ref, out).at).toEqual([0, 1, 2, 3, -1, 5]);
  });

  it('order matters: a reference that appears backwards is not all found', () => {
    expect(alignInOrder(tokens('alpha beta gamma delta'), tokens('delta gamma beta alpha')).recall).toBeLessThan(0.5);
  });

  it('finds words glued together, and only those', () => {
    const ref = tokens('this means predictable results, this statement');
    expect(gluedWords(tokens('this meanspredictable results thisstatement'), ref)).toEqual(['meanspredictable', 'thisstatement']);
    expect(gluedWords(tokens('this means predictable results'), ref)).toEqual([]);
  });

  it('finds a run of tokens', () => {
    expect(containsRun(['a', 'b', 'c'], ['b', 'c'])).toBe(true);
    expect(containsRun(['a', 'b', 'c'], ['c', 'b'])).toBe(false);
  });

  it('reads Markdown as the words a reader sees', () => {
    const md = 'See [the docs](https://x.test/a) ![logo](l.png) here[^1].\n\n```js\nlet x = 1;\n```\n\n[^1]: A note.';
    expect(tokens(markdownToText(md))).toEqual(['See', 'the', 'docs', 'here', 'let', 'x', '1', 'A', 'note']);
  });
});
