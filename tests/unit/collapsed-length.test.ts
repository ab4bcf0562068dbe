/**
 * collapsedLength (the article check's "too little text?" without building the collapsed string)
 * agrees with collapse(text).length on every text below its cap, and never says "under" above it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedLength } from '../../src/pipeline/util/collapsed-length.js';
import { collapse } from '../../src/pipeline/util/text.js';

/** Letters, astral characters (two code units each) and every kind of JavaScript white space. */
const PIECES = ['a', 'é', '文', '😀', ' ', '\n', '\t', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('collapsedLength', () => {
  it('is collapse(text).length when uncapped', () => {
    fc.assert(fc.property(text, (t) => collapsedLength(t) === collapse(t).length));
  });

  it('with a cap: exact below it, at least the cap otherwise', () => {
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 40 }), (t, cap) => {
      const exact = collapse(t).length;
      const counted = collapsedLength(t, cap);
      return exact < cap ? counted === exact : counted >= cap && counted <= exact;
    }));
  });

  it('stops at the cap on a long text', () => {
    expect(collapsedLength(`  ${'word '.repeat(200_000)}`, 140)).toBeLessThan(150);
  });
});
