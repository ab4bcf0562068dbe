/**
 * The rule-mutation check (npm run test:rules): each clutter rule switched off in turn, through the
 * pass's own `disabledRules` option, must make at least one rule case fail. A rule no case misses is
 * a rule nothing tests, or one another rule already does the work of.
 */
import { expect, it } from 'vitest';
import { ALL_RULE_IDS } from '../../../src/pipeline/declutter/rules/index.js';
import { RULE_CASES } from '../../fixtures/declutter/cases.js';
import { caseFailures, runCase } from '../../fixtures/declutter/run-case.js';

it('every clutter rule, switched off, fails a rule case', () => {
  const uncaught: string[] = [];
  for (const id of ALL_RULE_IDS) {
    const off = new Set([id]);
    // The rule's own cases first: they are the ones expected to fail.
    const cases = [...RULE_CASES.filter((c) => c.rule === id), ...RULE_CASES.filter((c) => c.rule !== id)];
    if (!cases.some((c) => caseFailures(c, runCase(c, off)).length > 0)) uncaught.push(id);
  }
  const caught = ALL_RULE_IDS.length - uncaught.length;
  console.log(`${caught} of ${ALL_RULE_IDS.length} rules caught${uncaught.length ? ` (not caught: ${uncaught.join(', ')})` : ''}`);
  expect(uncaught).toEqual([]);
}, 120_000);
