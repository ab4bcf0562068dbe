/** Whitespace collapsed to single spaces, trimmed. */
export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim();
}

/** A word as a reader counts it: a run of letters or digits, across scripts. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Texts longer than this are counted one match at a time: V8's global match over millions of words is superlinear. */
const LONG_TEXT = 100_000;

/** Words as a reader counts them: runs of letters or digits, across scripts. */
export function countWords(text: string): number {
  if (text.length <= LONG_TEXT) return text.match(WORD)?.length ?? 0;
  let n = 0;
  for (const _ of text.matchAll(WORD)) n += 1;
  return n;
}

/** At most `max` characters, cut at a word where possible. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
