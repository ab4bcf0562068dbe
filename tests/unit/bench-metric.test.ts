/** The benchmark metric port, on cases small enough to check by hand. */
import { describe, expect, it } from 'vitest';
import { scorePage, scoreSet, tokens } from '../../bench/metric.js';

describe('article-extraction metric', () => {
  it('tokenises like Python\'s \\w+ (letters, digits, underscore; case kept)', () => {
    expect(tokens("Über-fast CA—Sept. 18, don't x_y")).toEqual(['Über', 'fast', 'CA', 'Sept', '18', 'don', 't', 'x_y']);
  });
  it('scores shingle multisets: a repeated shingle counts twice', () => {
    const s = scorePage('a b c d a b c d', 'a b c d');
    // predicted shingles: abcd, bcda, cdab, dabc, abcd (5); truth: abcd (1); shared 1.
    expect(s.precision).toBeCloseTo(1 / 5);
    expect(s.recall).toBe(1);
  });
  it('a text shorter than four tokens is one shingle; empty against empty is perfect', () => {
    expect(scorePage('one two', 'one two').precision).toBe(1);
    expect(scorePage('', '')).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePage('', 'a b c d e')).toMatchObject({ precision: 0, recall: 0 });
  });
  it('F1 comes from the mean precision and mean recall, not from page F1s', () => {
    const pages = [scorePage('a b c d', 'a b c d'), scorePage('a b c d e f g', 'a b c d')];
    const set = scoreSet(pages);
    expect(set.precision).toBeCloseTo((1 + 1 / 4) / 2);
    expect(set.recall).toBe(1);
    expect(set.f1).toBeCloseTo((2 * set.precision) / (set.precision + 1));
  });
});
