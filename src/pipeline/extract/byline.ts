/**
 * Bylines as sites write them ("By KAREN HOLT Staff Writer | June 12, 2025 | 4 min read") reduced to
 * the names alone. Patterns are data; each says what it strips.
 */
import { collapse } from '../util/text.js';

const BYLINE_STRIP: RegExp[] = [
  // A leading "By" / "Por" / "Par" / "Von" / "Written by".
  /^(written |posted |reported )?(by|por|par|von|de)\s+/iu,
  // Everything after a separator that starts dates, counters or updates: "| June 12", "· 4 min read".
  /\s*[|·•–—]\s*.*$/u,
  // Dates and times glued on: "June 12, 2025", "12/06/2025", "Updated 3 hours ago".
  /\s*(,\s*)?(updated|published|posted)?\s*(on\s+)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d+ (minutes?|hours?|days?) ago).*$/iu,
  // Reading-time and counters: "4 min read", "12 comments".
  /\s*\d+\s*(min(ute)?s?( read)?|comments?)\b.*$/iu,
  // Job titles that CMSs append to the author name (BLOX "Staff Writer", wire "Associated Press").
  /(,\s*|\s+)(senior |chief |contributing |associate |managing |deputy |executive )?(staff writer|staff reporter|writer|reporter|correspondent|editor|columnist|contributor|photographer|journalist|staff|redactor[a]?|periodista|journaliste|redakteur(in)?)(\s+(at|for|of|with)\s+.*)?$/iu,
  // An e-mail address.
  /\s*\S+@\S+\.\S+/u,
];

/** A byline that opens with a date or a number, or ends in a colon (a label whose value was stripped). */
const NOT_A_NAME = /^(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d)|:$/iu;

/** Names only: "Karen Holt Staff Writer" → "Karen Holt"; "By A and B" → "A, B". */
export function cleanByline(raw: string | null | undefined): string | null {
  let byline = collapse(raw);
  if (!byline) return null;
  // Apply each strip until none changes the text (a title may follow a date and vice versa).
  for (let changed = true; changed;) {
    changed = false;
    for (const pattern of BYLINE_STRIP) {
      const next = byline.replace(pattern, '').trim();
      if (next !== byline && next.length > 0) {
        byline = next;
        changed = true;
      }
    }
  }
  // What is left is a date or a label ("April 28, 2019 at 6:01 am", "Last Updated:"): it names no one.
  if (NOT_A_NAME.test(byline)) return null;
  const parts = byline
    .split(/\s*(?:,|\band\b|\by\b|\bet\b|\bund\b|&)\s*/iu)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  // A one-letter part means the "&" or "y" was part of a name ("Mac & i", a magazine): kept whole.
  const names = parts.some((n) => n.length === 1) ? [byline] : parts;
  if (names.length === 0) return null;
  // A byline that is a URL or a sentence is no byline.
  if (names.some((n) => /^https?:/iu.test(n)) || byline.split(' ').length > 12) return null;
  return names.join(', ');
}
