/** Every clutter rule's hit and miss (tests/fixtures/declutter/cases.ts), with every rule on. */
import { describe, expect, it } from 'vitest';
import { ALL_RULE_IDS } from '../../../src/pipeline/declutter/rules/index.js';
import { RULE_CASES } from '../../fixtures/declutter/cases.js';
import { caseFailures, runCase } from '../../fixtures/declutter/run-case.js';

describe('clutter rule cases', () => {
  it('every rule has a hit and a miss of its own', () => {
    for (const id of ALL_RULE_IDS) {
      const kinds = new Set(RULE_CASES.filter((c) => c.rule === id).map((c) => c.kind));
      expect([...kinds].sort(), id).toEqual(['hit', 'miss']);
    }
  });
  for (const c of RULE_CASES) {
    it(`${c.rule} ${c.kind}`, () => {
      const run = runCase(c);
      expect(caseFailures(c, run)).toEqual([]);
      // A hit is this rule's doing; a miss leaves the rule silent.
      if (c.kind === 'hit') expect(run.removed.map((r) => r.rule)).toContain(c.rule);
      else expect(run.removed.map((r) => r.rule)).not.toContain(c.rule);
    });
  }
});
