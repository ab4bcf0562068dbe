/** Whitespace collapsed to single spaces, trimmed. */
export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim();
}

/** A word as a reader counts it: a run of letters or digits, across scripts. */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words as a reader counts them: runs of letters or digits, across scripts. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** At most `max` characters, cut at a word where possible. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
