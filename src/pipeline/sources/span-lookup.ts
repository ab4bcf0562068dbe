/**
 * Which of many spans overlaps a range, found by a binary search and a short walk back: links ask it
 * for the mention or quote they cover, quoted passages for the attributed content that holds them
 * (a walk over every span for every link or quote grew with the square of an article's length).
 */
export interface Spanned {
  start: number;
  end: number;
}

/** Index of the last item starting before `position` in a list sorted by start (-1 when none). */
export function lastBefore(list: readonly { start: number }[], position: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.start ?? Infinity) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export class SpanLookup<T extends Spanned> {
  /** By start; `order` is the place in the list given, which decides between several hits. */
  private readonly spans: { span: T; order: number; start: number }[];
  /** The furthest end among spans[0..i]: the walk back stops where no earlier span reaches. */
  private readonly reach: number[] = [];

  constructor(spans: readonly T[]) {
    this.spans = spans.map((span, order) => ({ span, order, start: span.start })).sort((a, b) => a.span.start - b.span.start || a.order - b.order);
    let reach = -Infinity;
    for (const { span } of this.spans) {
      reach = Math.max(reach, span.end);
      this.reach.push(reach);
    }
  }

  /** The first span given that overlaps [start, end). */
  overlapping(start: number, end: number): T | undefined {
    return this.first((s) => s.start < end && start < s.end, end, start);
  }

  /** The first span given that holds [start, end] whole. */
  holding(start: number, end: number): T | undefined {
    return this.first((s) => s.start <= start && end <= s.end, start + 1, end - 1);
  }

  /** Of the spans starting before `before` and ending after `after`, the first given that `keep`s. */
  private first(keep: (s: T) => boolean, before: number, after: number): T | undefined {
    let best: { span: T; order: number } | undefined;
    for (let i = lastBefore(this.spans, before); i >= 0 && (this.reach[i] ?? -Infinity) > after; i -= 1) {
      const entry = this.spans[i];
      if (entry && keep(entry.span) && (!best || entry.order < best.order)) best = entry;
    }
    return best?.span;
  }
}
