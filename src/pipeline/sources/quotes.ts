/** Quoted passages: “curly”, "straight" and «guillemet» quotes, within a paragraph or continued across. */
import type { Paragraph } from './text-model.js';

export interface QuoteSpan {
  /** Offsets of the content, without the marks. */
  start: number;
  end: number;
  /** Offsets including the quotation marks. */
  outerStart: number;
  outerEnd: number;
  text: string;
  words: number;
  paragraph: number;
  /** Opened in this paragraph and not closed: the quote runs on into the next paragraph. */
  runsOn: boolean;
  /** This paragraph opens with a quote that continues one from the paragraph before. */
  continues: boolean;
}

const PAIRS: [string, string][] = [['“', '”'], ['«', '»'], ['„', '“'], ['"', '"'], ['‘', '’'], ["'", "'"]];
/** Single quotes double as apostrophes: one opens only after a space or a bracket, and closes only before a non-letter. */
const SINGLE = new Set(['‘', "'"]);

function closingAt(text: string, open: number, close: string, single: boolean): number {
  for (let i = text.indexOf(close, open + 1); i >= 0; i = text.indexOf(close, i + 1)) {
    if (!single || !/\p{L}/u.test(text[i + 1] ?? '')) return i;
  }
  return -1;
}

/** Where the next quotation mark of any kind is (the text's length when none is left). */
const MARK = new RegExp(`[${[...new Set(PAIRS.flat())].join('')}]`, 'gu');

function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.exec(text)?.index ?? text.length;
}

/** A quote shorter than this, with no cue of its own, is a label or scare quote, not testimony. */
export const MIN_QUOTE_WORDS = 4;

export function quotesIn(paragraph: Paragraph, previous: QuoteSpan[]): QuoteSpan[] {
  const text = paragraph.text;
  const out: QuoteSpan[] = [];
  const push = (from: number, to: number, runsOn: boolean): void => {
    const outerEnd = paragraph.start + Math.min(text.length, runsOn ? to : to + 1);
    const content = text.slice(from, to).replace(/[,.\s]+$/u, '');
    if (!content.trim()) return;
    const lastOfPrevious = previous.at(-1);
    out.push({
      start: paragraph.start + from,
      end: paragraph.start + from + content.length,
      outerStart: paragraph.start + from - 1,
      outerEnd,
      text: content,
      words: content.split(/\s+/u).filter(Boolean).length,
      paragraph: paragraph.index,
      runsOn,
      continues: from <= 1 && lastOfPrevious?.runsOn === true && lastOfPrevious.paragraph === paragraph.index - 1,
    });
  };
  for (let i = nextMark(text, 0); i < text.length; i = nextMark(text, i)) {
    const ch = text[i] ?? '';
    const pair = PAIRS.find(([open]) => open === ch);
    const single = SINGLE.has(ch);
    if (pair && (!single || (/^$|[\s(\[—–]/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')))) {
      const close = closingAt(text, i, pair[1], single);
      // An unclosed single quote is an apostrophe or a mistake, not a quote running on.
      if (close < 0 && single) {
        i += 1;
        continue;
      }
      if (close < 0) {
        push(i + 1, text.length, true);
        break;
      }
      push(i + 1, close, false);
      i = close + 1;
      continue;
    }
    i += 1;
  }
  return out;
}
