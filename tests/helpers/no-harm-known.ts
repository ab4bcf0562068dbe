/**
 * The pages that break the no-harm invariant today (tests/fixtures/no-harm-known.json), each with its
 * cause, its owner and how bad it is allowed to stay: a listed page may not get worse (more words
 * lost, a new glued word, a decline it did not have), and a listed page that passes must come off
 * the list. So the list can only shrink, and a new loss anywhere fails a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './gold.js';
import type { NoHarmFinding } from './no-harm.js';

export interface KnownFailure {
  /** Why the page fails (the kind of case, not the page). */
  cause: string;
  /** Who fixes it: the engineer's area (declutter, extract, …) or "reference" when the reference is wrong. */
  owner: string;
  /** What the check saw when the entry was written (describeFinding). */
  seen: string;
  /** The most words it may lose, the glued words it may show, whether it may be declined. */
  lostWords: number;
  glued: string[];
  declined: boolean;
}

export const KNOWN_NO_HARM_FILE = path.join(REPO, 'tests/fixtures/no-harm-known.json');

function load(): Map<string, KnownFailure> {
  const json = JSON.parse(fs.readFileSync(KNOWN_NO_HARM_FILE, 'utf8')) as { failures: Record<string, KnownFailure> };
  // `_about` says what the file is; every other key of `failures` is a page.
  return new Map(Object.entries(json.failures));
}

export const KNOWN_NO_HARM_FAILURES: ReadonlyMap<string, KnownFailure> = load();

/** How a listed page is worse than its entry allows ('' when it is not). */
export function worseThanKnown(finding: NoHarmFinding, known: KnownFailure): string {
  const problems: string[] = [];
  if (finding.declined && !known.declined) problems.push(`now declined (${finding.declined})`);
  if (finding.lostWords > known.lostWords) problems.push(`${finding.lostWords} words lost (listed: at most ${known.lostWords})`);
  const glued = [...new Set([...finding.gluedInText, ...finding.gluedInHtml])].filter((g) => !known.glued.includes(g));
  if (glued.length) problems.push(`new glued words: ${glued.join(', ')}`);
  return problems.join('; ');
}

/** The entry the check would write for a failing page (cause and owner are for a person to fill in). */
export function entryFor(finding: NoHarmFinding, seen: string): Omit<KnownFailure, 'cause' | 'owner'> {
  return {
    seen,
    lostWords: finding.lostWords,
    glued: [...new Set([...finding.gluedInText, ...finding.gluedInHtml])].sort(),
    declined: finding.declined !== null,
  };
}
