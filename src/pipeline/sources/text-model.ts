/** Paragraphs and sentences of the article text, with their offsets. */
import type { Lexicon } from './lexicon/types.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], index: out.length });
  }
  return out;
}

/** Initials or a listed abbreviation with its period: "U.S.", "Sen.", "Sept." (built once per lexicon). */
const ABBREVIATIONS = new WeakMap<Lexicon, RegExp>();

export function abbreviationPattern(lex: Lexicon): RegExp {
  let re = ABBREVIATIONS.get(lex);
  if (!re) {
    re = new RegExp(`^(?:(?:\\p{Lu}\\.)+|(?:${lex.abbreviations.join('|')})\\.?)$`, 'u');
    ABBREVIATIONS.set(lex, re);
  }
  return re;
}

/** Does this text end with an abbreviation, after which a sentence does not end? */
function endsWithAbbreviation(text: string, lex: Lexicon): boolean {
  const last = /(\S+)\s*$/u.exec(text)?.[1] ?? '';
  return last.endsWith('.') && abbreviationPattern(lex).test(last);
}

/**
 * Sentences of a paragraph. A sentence never ends inside a quotation (`quoted`: outer offsets of the
 * quoted passages), so "“It works. It is cheap,” she said." is one sentence with its cue.
 */
/** One sentence segmenter per language (building one costs more than segmenting a paragraph). */
const SEGMENTERS = new Map<string, Intl.Segmenter>();

export function sentencesOf(paragraph: Paragraph, lex: Lexicon, quoted: readonly { outerStart: number; outerEnd: number }[] = []): Sentence[] {
  let segmenter = SEGMENTERS.get(lex.lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lex.lang, { granularity: 'sentence' });
    SEGMENTERS.set(lex.lang, segmenter);
  }
  const pieces: Sentence[] = [];
  for (const seg of segmenter.segment(paragraph.text)) {
    const start = paragraph.start + seg.index;
    const previous = pieces.at(-1);
    const insideQuote = previous !== undefined && quoted.some((q) => q.outerStart < previous.end - 1 && previous.end < q.outerEnd);
    // "“We got her!” officers announced": no sentence begins in lower case.
    const continues = /^\s*\p{Ll}/u.test(seg.segment);
    if (previous && (endsWithAbbreviation(previous.text, lex) || insideQuote || continues)) {
      previous.text += seg.segment;
      previous.end = start + seg.segment.length;
    } else {
      pieces.push({ start, end: start + seg.segment.length, text: seg.segment, paragraph: paragraph.index });
    }
  }
  return pieces;
}
