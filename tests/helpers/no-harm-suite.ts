/**
 * The no-harm invariant as vitest cases, one a page. Pages that fail today are listed, with their
 * cause, owner and how bad they may stay, in tests/fixtures/no-harm-known.json (no-harm-known.ts):
 * a listed page may not get worse and must come off the list once it passes; every other page must pass.
 */
import { describe, expect, it } from 'vitest';
import { checkNoHarm, describeFinding, failed } from './no-harm.js';
import { KNOWN_NO_HARM_FAILURES, worseThanKnown } from './no-harm-known.js';
import type { AnyPage } from './corpora.js';

/** Big pages (Wikipedia) take seconds in jsdom on a busy machine. */
const PAGE_TIMEOUT = 120_000;

export function noHarmSuite(title: string, pages: AnyPage[]): void {
  describe.skipIf(pages.length === 0)(`no harm: ${title}`, () => {
    for (const page of pages) {
      const key = `${page.suite}/${page.name}`;
      it(page.name, () => {
        const finding = checkNoHarm(page);
        const known = KNOWN_NO_HARM_FAILURES.get(key);
        if (known) {
          expect(failed(finding), `${key} passes now: take it off tests/fixtures/no-harm-known.json`).toBe(true);
          expect(worseThanKnown(finding, known), `${key} is worse than its entry in tests/fixtures/no-harm-known.json`).toBe('');
        } else {
          expect(failed(finding) ? describeFinding(finding) : '', key).toBe('');
        }
      }, PAGE_TIMEOUT);
    }
  });
}
