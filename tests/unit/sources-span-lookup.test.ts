/** SpanLookup answers what a walk over every span answers (links and quotes use it instead of that walk). */
import { describe, expect, it } from 'vitest';
import { SpanLookup, lastBefore } from '../../src/pipeline/sources/span-lookup.js';

/** Deterministic pseudo-random spans, some long, some empty, some starting together. */
function spans(n: number, seed: number): { start: number; end: number; id: number }[] {
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, (_, id) => {
    const start = Math.floor(next() * 500);
    return { start, end: start + Math.floor(next() * (next() < 0.1 ? 200 : 20)), id };
  });
}

describe('SpanLookup', () => {
  it('finds the first overlapping and the first holding span, as a linear walk does', () => {
    for (const seed of [1, 2, 3]) {
      const list = spans(120, seed);
      const lookup = new SpanLookup(list);
      for (let at = 0; at < 520; at += 3) {
        for (const width of [0, 1, 7]) {
          expect(lookup.overlapping(at, at + width)?.id).toBe(list.find((s) => s.start < at + width && at < s.end)?.id);
          expect(lookup.holding(at, at + width)?.id).toBe(list.find((s) => s.start <= at && at + width <= s.end)?.id);
        }
      }
    }
  });

  it('lastBefore is the last index starting before a position', () => {
    const list = [{ start: 1 }, { start: 4 }, { start: 4 }, { start: 9 }];
    expect([0, 1, 2, 4, 5, 9, 10].map((p) => lastBefore(list, p))).toEqual([-1, -1, 0, 0, 2, 2, 3]);
  });
});
