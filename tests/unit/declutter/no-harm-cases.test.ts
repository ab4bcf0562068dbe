/**
 * The clutter pass does no harm on the kinds of content it must not reach (tests/fixtures/declutter/
 * no-harm-cases.ts): headings, table cells, list items, code, math, footnotes, figures, infoboxes, and
 * word breaks around anything it removes. Every rule is on.
 */
import { describe, expect, it } from 'vitest';
import { NO_HARM_CASES } from '../../fixtures/declutter/no-harm-cases.js';
import { runCase } from '../../fixtures/declutter/run-case.js';

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

describe('the clutter pass does no harm', () => {
  for (const c of NO_HARM_CASES) {
    it(c.name, () => {
      const { text, removed } = runCase({ ...c, rule: '', kind: 'miss' });
      const out = squash(text);
      const why = removed.map((r) => `${r.rule}: ${r.text}`).join('\n');
      for (const kept of c.kept) expect(out, `lost "${kept}"; removed:\n${why}`).toContain(squash(kept));
      for (const gone of c.gone ?? []) expect(out).not.toContain(squash(gone));
    });
  }
});
