/**
 * extract/parse-budget.ts measures the walk on this process's CPU time where it can (Node), so a
 * machine busy with other programs does not decline big real pages as 'too-slow'; the step and time
 * limits themselves are tested in clobber-guard.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ParseBudgetExceeded, boundWalk, parseClock } from '../../src/pipeline/extract/parse-budget.js';

describe('the walk is timed on CPU time in Node', () => {
  it('time spent waiting (what other programs take from us) is not counted', async () => {
    const clock = parseClock();
    const start = clock();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(clock() - start).toBeLessThan(200);
  });

  it('time spent working is counted, so a walk that burns CPU still stops', () => {
    const clock = parseClock();
    const start = clock();
    const walker = { _getNextNode: (node: Node): Node => { for (let i = 0; i < 20_000; i += 1) Math.sqrt(i); return node; } };
    boundWalk(walker, { elements: 1e9, timeLimitMs: 150 });
    expect(() => { for (;;) walker._getNextNode({} as Node); }).toThrow(ParseBudgetExceeded);
    expect(clock() - start).toBeGreaterThanOrEqual(150);
  });
});
