/**
 * Finds attributions sentence by sentence: a cue ("said", "according to", "Putin's assertion that",
 * "under Executive Order …", "declined to comment"), the source it points at, and what is attributed
 * (a direct quote, an indirect paraphrase, or a mix). Quoted passages are masked while cues are
 * looked for, so words inside a quote never act as cues.
 */
import type { Lexicon } from './lexicon/types.js';
import type { MentionIndex } from './mentions.js';
import { MIN_QUOTE_WORDS, quotesIn, type QuoteSpan } from './quotes.js';
import { lastBefore, SpanLookup } from './span-lookup.js';
import type { Speaker, SpeakerResolver } from './speakers.js';
import { paragraphsOf, sentencesOf, type Paragraph, type Sentence } from './text-model.js';
import type { QuoteType } from './types.js';

export interface Attribution {
  speakers: Speaker[];
  cue: string;
  via: string | null;
  content: { text: string; type: QuoteType; start: number; end: number } | null;
  /** Offsets of the source's mention in the text (links over it belong to the source). */
  mention: { start: number; end: number };
  /** Set by the cues that quote nothing: "declined to comment", "under Executive Order …". */
  reason?: 'declined' | 'basis';
}

/** One sentence under analysis: its text, the same with quotes masked, and what cues have claimed. */
interface Clause {
  s: string;
  masked: string;
  base: number;
  quotes: QuoteSpan[];
  used: Set<QuoteSpan>;
  /** Where "according to X" phrases sit: a cue word inside one is part of the source's name. */
  prepSpans: { from: number; to: number }[];
}

interface Span { text: string; start: number; end: number }

/** Quoted passages as one direct quote (an interrupting "she said" does not split it). */
function direct(quotes: QuoteSpan[]): NonNullable<Attribution['content']> {
  const first = quotes[0];
  const last = quotes.at(-1) ?? first;
  return { text: quotes.map((q) => q.text).join(' … '), type: 'direct', start: first?.start ?? 0, end: last?.end ?? 0 };
}

interface FindState {
  attributions: Attribution[];
  used: Set<QuoteSpan>;
  covered: { start: number; end: number }[];
  /** The speakers of the paragraph before, for a paragraph that continues their quote. */
  previous: Speaker[];
}

/** "SMITH: …" — a speaker's surname in capitals, a colon, their words. */
const TRANSCRIPT = /^(\p{Lu}[\p{Lu}'’-]{1,}(?: \p{Lu}[\p{Lu}'’-]+){0,2}):\s+(\S.{8,})$/su;
/** "— Name (@handle) date": the signature under an embedded social-media post. */
const SIGNATURE = /^[—–]\s*([^(@\n]{2,60}?)\s*\(@\w+\)/u;

export interface AttributionResult {
  attributions: Attribution[];
  unattributed: QuoteSpan[];
}

const MASK = '§';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alternation = (words: string[]): string => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Fewer words than this after a cue is no claim ("he said."). */
const MIN_CONTENT_WORDS = 3;
/** A subject longer than this is a clause, not a noun phrase: keep only its trailing name. */
const MAX_SUBJECT_WORDS = 9;

export class AttributionFinder {
  private readonly cueVerb: RegExp;
  private readonly cueNoun: RegExp;
  private readonly cuePrep: RegExp;
  private readonly docCue: RegExp;
  private readonly boundary: RegExp;
  private readonly betweenTail: RegExp;
  private readonly determiners: Set<string>;
  private readonly evidence: Set<string>;
  private readonly weak: Set<string>;
  private readonly longName: RegExp;
  private readonly participle: RegExp;
  /** A body's name ending in its "of"/"for" complement: "Department of Health" (and Human Services). */
  private readonly bodyOfTail: RegExp;
  /** The first ", saying" after a cue: where the verb's own content ends. */
  private readonly participleAt: RegExp;
  private readonly claimAhead: RegExp;
  private readonly thatAhead: RegExp;
  private readonly thatInside: RegExp;
  private readonly thatLead: RegExp;
  private readonly directGap: RegExp;
  private readonly circumstance: RegExp;
  private readonly andBefore: RegExp;
  private readonly openingCircumstance: RegExp;
  private readonly joinedBefore: RegExp;
  private readonly clauseStop: RegExp;
  private readonly apposition: RegExp;

  constructor(private readonly lex: Lexicon, private readonly index: MentionIndex, private readonly resolver: SpeakerResolver) {
    const letter = '\\p{L}';
    // Case-sensitive: a capitalised "States" or "Reports" is a name, not a verb.
    this.cueVerb = new RegExp(`(?<![${letter}])(${alternation(lex.cueVerbs)})(?![${letter}])`, 'gu');
    this.cueNoun = new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}.-]*)['’]s?\\s+(?:[\\p{L}-]+\\s+)?(${alternation(lex.cueNouns)})\\b`, 'gu');
    this.cuePrep = new RegExp(`(?<![${letter}])(${alternation(lex.cuePrepositions)})\\s+([^,;:.${MASK}]+(?:\\.[^\\s,;:${MASK}][^,;:.${MASK}]*)*)`, 'giu');
    this.docCue = new RegExp(`(?<![${letter}])(${alternation(lex.documentCues)})\\s+`, 'giu');
    const stops = alternation([...lex.that, ...lex.clauseStops]);
    // ", a spokesman for …", ", who works for …", ", portfolio manager at …": words about the name before them.
    this.apposition = new RegExp(`^\\s*,\\s*(?:(?:${alternation([...lex.determiners, ...lex.relatives, ...lex.possessives])})\\s|\\p{Ll})`, 'u');
    this.clauseStop = new RegExp(`^.*(?<![${letter}])(?:${alternation(lex.that)})(?![${letter}])`, 'su');
    this.boundary = new RegExp(`^(.*)(?:[,;:(—–${MASK}"“”«»]|(?<![${letter}])(?:${stops})(?![${letter}]))`, 'su');
    this.betweenTail = new RegExp(`\\s+(?:${alternation(lex.between)})$`, 'iu');
    this.determiners = new Set([...lex.determiners, ...lex.possessives]);
    this.evidence = new Set(lex.evidenceVerbs.map((v) => v.toLowerCase()));
    this.weak = new Set(lex.weakCueVerbs);
    const that = alternation(lex.that);
    this.claimAhead = new RegExp(`^[\\s,]*(?::|(?:${that})\\s)|${MASK}`, 'u');
    this.thatAhead = new RegExp(`^\\s+(?:${that})\\s`, 'u');
    this.thatInside = new RegExp(`\\s(?:${that})\\s`, 'u');
    this.thatLead = new RegExp(`^(?:${that})\\s+`, 'u');
    // "said, “…”", "said that “…”", "said after his appointment: “…”".
    this.directGap = new RegExp(`^(?:[^${MASK}:.!?]{0,40}:)?[\\s,:]*(?:(?:${that})\\s+)?`, 'u');
    this.circumstance = new RegExp(`^\\s*(?:${alternation(lex.prepositions)})\\s[^${MASK}]*$`, 'iu');
    this.joinedBefore = new RegExp(`(?:^|[,;:(${MASK}])\\s*([^,;:(${MASK}]+?)\\s+${escape(lex.and)}$`, 'u');
    this.andBefore = new RegExp(`(?:^|\\s)${escape(lex.and)}\\s+$`, 'u');
    // After a comma only: "…, saying that …" ("warning bells", "are adding to" are no cues).
    this.participle = new RegExp(`(?<=[,;${MASK}]\\s*)(${alternation(lex.participleCues)})(?![\\p{L}])`, 'gu');
    this.bodyOfTail = new RegExp(`\\p{Lu}[\\p{L}.'’-]*\\s+(?:${alternation(lex.runConnectors.slice(0, 3))})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+)*\\p{Lu}[\\p{L}.'’-]*$`, 'u');
    this.participleAt = new RegExp(`[,;]\\s*(?:${alternation(lex.participleCues)})(?![\\p{L}])`, 'u');
    this.openingCircumstance = new RegExp(`^(?:${alternation(lex.prepositions)})\\s[^,${MASK}]{1,50},\\s*`, 'iu');
    // A name (with its title and role) or a pronoun at the start: "White House press secretary Josh Earnest", "He".
    const joiner = `(?:(?:${alternation(lex.nameConnectors)})\\s+)*`;
    this.longName = new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+${joiner}){0,8}\\p{Lu}[\\p{L}.'’-]*)$`, 'u');
  }

  find(text: string): AttributionResult {
    const state: FindState = { attributions: [], used: new Set(), covered: [], previous: [] };
    const allQuotes: QuoteSpan[] = [];
    const paragraphs = paragraphsOf(text).map((paragraph) => {
      const quotes = quotesIn(paragraph, allQuotes);
      allQuotes.push(...quotes);
      return { paragraph, quotes };
    });
    this.index.setQuoted(allQuotes);
    let intro: Attribution | null = null;
    paragraphs.forEach(({ paragraph, quotes }, i) => {
      const before = state.attributions.length;
      const line = this.transcriptLine(paragraph) ?? this.signature(paragraph, paragraphs[i - 1]?.paragraph, state);
      if (line) state.attributions.push(line);
      else this.inParagraph(paragraph, quotes, state);
      if (intro && state.attributions.length === before) this.afterColon(intro, paragraph, quotes, state);
      const fresh = state.attributions.slice(before);
      // "President Obama also said:" at a paragraph's end: what he said is the next paragraph.
      const last = fresh.at(-1);
      intro = last && !last.content && /:\s*$/u.test(paragraph.text) ? last : null;
      fresh.forEach((a) => this.resolver.noteSpeakers(a.speakers));
      const speakersHere = fresh.filter((a) => a.content).at(-1)?.speakers;
      state.previous = speakersHere ?? (quotes.length > 0 || fresh.length > 0 ? [] : state.previous);
    });
    this.runOnQuotes(allQuotes, state);
    const covered = new SpanLookup(state.covered);
    const unattributed = allQuotes.filter((q) => !state.used.has(q) && q.words >= MIN_QUOTE_WORDS && !covered.holding(q.start, q.end));
    return { attributions: state.attributions, unattributed };
  }

  /**
   * “We did not play well. ¶ “Next week will be different,” Reyes said: a quote paragraph with no closing mark
   * runs on into the next, so when the next paragraph's quote is given to someone, the run-on paragraph is theirs
   * too (latest first, so a quote over three paragraphs passes its speaker back).
   */
  private runOnQuotes(all: QuoteSpan[], state: FindState): void {
    const held = state.attributions.filter((a) => a.content?.type === 'direct').map((a) => ({ start: a.content?.start ?? 0, a }))
      .sort((x, y) => x.start - y.start);
    const owner = (q: QuoteSpan): Attribution | undefined => {
      const hit = held[lastBefore(held, q.start + 1)]?.a;
      return hit?.content && hit.content.end >= q.start ? hit : undefined;
    };
    const added = new Map<QuoteSpan, Attribution>();
    for (let i = all.length - 1; i >= 0; i -= 1) {
      const q = all[i];
      const next = all[i + 1];
      if (!q || !next || !q.runsOn || !next.continues || state.used.has(q)) continue;
      const by = added.get(next) ?? owner(next);
      if (!by) continue;
      state.used.add(q);
      const a: Attribution = { speakers: by.speakers, cue: by.cue, via: null, content: { text: q.text, type: 'direct', start: q.start, end: q.end }, mention: { start: q.start, end: q.start } };
      added.set(q, a);
      state.attributions.push(a);
    }
  }

  /** One paragraph: its sentences, then quotes that go on after their cue, then a continued quote. */
  private inParagraph(paragraph: Paragraph, quotes: QuoteSpan[], state: FindState): void {
    const { attributions, used } = state;
    const before = attributions.length;
    for (const sentence of sentencesOf(paragraph, this.lex, quotes)) {
      const inSentence = quotes.filter((q) => q.start >= sentence.start && q.end <= sentence.end);
      attributions.push(...this.inSentence(sentence, inSentence, used, state.covered));
    }
    // One quoted passage per paragraph and speaker: a quote that goes on after "she said" or in
    // the next sentence joins the speaker's quote before it.
    for (const q of quotes.filter((x) => !used.has(x))) {
      const owner = attributions.slice(before).filter((a) => a.content?.type === 'direct' && a.content.end < q.start).at(-1);
      if (!owner?.content) continue;
      used.add(q);
      owner.content = { ...owner.content, text: `${owner.content.text} … ${q.text}`, end: q.end };
    }
    // A paragraph that only continues a quote belongs to the speaker before it.
    const open = quotes.filter((q) => !used.has(q) && (q.continues || q.start - paragraph.start <= 1));
    const first = open[0];
    const last = open.at(-1);
    if (attributions.length > before || !first || !last || state.previous.length === 0) return;
    open.forEach((q) => used.add(q));
    attributions.push({
      speakers: state.previous, cue: attributions.at(-1)?.cue ?? '', via: null,
      content: { text: open.map((q) => q.text).join(' … '), type: 'direct', start: first.start, end: last.end },
      mention: { start: first.start, end: first.start },
    });
  }

  /** The paragraph after "X said:" is X's words: direct when it opens with a quotation mark, else indirect. */
  private afterColon(intro: Attribution, paragraph: Paragraph, quotes: QuoteSpan[], state: FindState): void {
    const open = quotes.filter((q) => !state.used.has(q));
    const first = open[0];
    const last = open.at(-1);
    const text = paragraph.text.trim();
    if (first && last && first.start - paragraph.start <= 1) {
      open.forEach((q) => state.used.add(q));
      intro.content = { text: open.map((q) => q.text).join(' … '), type: 'direct', start: first.start, end: last.end };
    } else if (open.length === 0 && text.split(/\s+/u).length >= MIN_CONTENT_WORDS) {
      intro.content = { text, type: 'indirect', start: paragraph.start, end: paragraph.start + text.length };
    }
    if (intro.content) state.covered.push({ start: intro.content.start, end: intro.content.end });
  }

  /** "SMITH: We will not …": a transcript line is the named speaker's direct words. */
  private transcriptLine(paragraph: Paragraph): Attribution | null {
    const m = TRANSCRIPT.exec(paragraph.text);
    if (!m?.[1] || !m[2]) return null;
    const name = m[1].toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase());
    const known = this.index.person(name, paragraph.start);
    const speaker = known ? this.resolver.resolve(known.name, paragraph.start) : null;
    if (!speaker) return null;
    const start = paragraph.start + m[0].length - m[2].length;
    return { speakers: [speaker], cue: ':', via: null, content: { text: m[2], type: 'direct', start, end: start + m[2].length }, mention: { start: paragraph.start, end: paragraph.start + m[1].length } };
  }

  /**
   * "— Robert Maguire (@RobertMaguire_) November 18, 2019" under an embedded post: the post before it is
   * the signed author's direct words (when nothing else claimed it).
   */
  private signature(paragraph: Paragraph, previous: Paragraph | undefined, state: FindState): Attribution | null {
    const m = SIGNATURE.exec(paragraph.text);
    if (!m?.[1] || !previous || state.attributions.some((a) => a.content && a.content.end > previous.start)) return null;
    // A post's author is a person unless the name says otherwise ("— Dele (@dele_official)").
    const speaker = this.resolver.resolve(m[1], paragraph.start, 'person');
    if (!speaker || (speaker.kind !== 'person' && speaker.kind !== 'organization' && speaker.kind !== 'media')) return null;
    const text = previous.text.trim();
    return { speakers: [speaker], cue: '—', via: null, content: { text, type: 'direct', start: previous.start, end: previous.start + text.length }, mention: { start: paragraph.start, end: paragraph.start + m[0].length } };
  }

  private inSentence(sentence: Sentence, quotes: QuoteSpan[], used: Set<QuoteSpan>, covered: { start: number; end: number }[]): Attribution[] {
    // "What did the prosecutors say?": a question with no quote asks, it attributes nothing.
    if (quotes.length === 0 && /\?\s*$/u.test(sentence.text)) return [];
    const c = this.clause(sentence, quotes, used);
    const out: Attribution[] = [];
    const keep = (found: Attribution[]): void => {
      for (const a of found.filter((x) => x.speakers.length > 0)) {
        out.push(a);
        if (a.content) covered.push({ start: a.content.start, end: a.content.end });
      }
    };
    keep(this.noComment(c));
    keep(this.documentCues(c));
    keep(this.nounCues(c));
    keep(this.prepositionCues(c));
    keep(this.participles(c, out));
    keep(this.verbCues(c));
    return out;
  }

  /** A sentence with its quotes masked (their words are never read as cues). */
  private clause(sentence: Sentence, quotes: QuoteSpan[], used: Set<QuoteSpan>): Clause {
    const s = sentence.text;
    const base = sentence.start;
    let masked = s;
    for (const q of quotes) {
      const from = Math.max(0, q.outerStart - base);
      const to = Math.min(s.length, q.outerEnd - base);
      masked = masked.slice(0, from) + MASK.repeat(Math.max(0, to - from)) + masked.slice(to);
    }
    // "Rep. Ilhan Omar (D-Minn.) said": a party and state tag belongs to the name, it is never a speaker.
    masked = masked.replace(this.lex.nameTags, (tag) => ' '.repeat(tag.length));
    return { s, masked, base, quotes, used, prepSpans: [] };
  }

  /** "declined to comment": a source with nothing to quote. */
  private noComment(c: Clause): Attribution[] {
    const m = this.lex.noComment.exec(c.masked);
    if (!m) return [];
    const subject = this.subjectBefore(c.masked, m.index);
    const speakers = subject ? this.resolver.resolveAll(subject.text, c.base + subject.start) : [];
    return [{ speakers, cue: m[0], via: null, content: null, mention: { start: c.base + (subject?.start ?? 0), end: c.base + (subject?.end ?? 0) }, reason: 'declined' }];
  }

  /** "strict sanctions under Executive Order 14024": the document is the basis, a source in its own right. */
  private documentCues(c: Clause): Attribution[] {
    const out: Attribution[] = [];
    for (const m of c.masked.matchAll(this.docCue)) {
      const after = c.s.slice((m.index ?? 0) + m[0].length);
      const doc = this.lex.documentPatterns.map((p) => p.exec(after)).find((d) => d && d.index === 0);
      if (!doc) continue;
      const start = c.base + (m.index ?? 0) + m[0].length;
      out.push({ speakers: this.resolver.resolveAll(doc[0], start), cue: (m[1] ?? '').toLowerCase(), via: null, content: null, mention: { start, end: start + doc[0].length }, reason: 'basis' });
    }
    return out;
  }

  /** "Putin's assertion that “…”", "Trump's stance remains firm: “…”". */
  private nounCues(c: Clause): Attribution[] {
    const out: Attribution[] = [];
    for (const m of c.masked.matchAll(this.cueNoun)) {
      const at = m.index ?? 0;
      const quote = c.quotes.find((q) => q.start - c.base > at + m[0].length && !c.used.has(q));
      if (!quote || !m[1]) continue;
      const speakers = this.resolver.resolveAll(m[1], c.base + at, 'person');
      if (speakers.length === 0) continue;
      c.used.add(quote);
      out.push({ speakers, cue: m[2] ?? '', via: null, content: direct([quote]), mention: { start: c.base + at, end: c.base + at + m[1].length } });
    }
    return out;
  }

  /** "according to X, …" and "…, according to X." */
  private prepositionCues(c: Clause): Attribution[] {
    const out: Attribution[] = [];
    for (const m of c.masked.matchAll(this.cuePrep)) {
      const at = m.index ?? 0;
      c.prepSpans.push({ from: at, to: at + m[0].length });
      const phrase = (m[2] ?? '').trim();
      const speakers = this.resolver.resolveAll(phrase, c.base + at + m[0].indexOf(phrase));
      if (speakers.length === 0) continue;
      const leading = c.masked.slice(0, at).trim() === '';
      const region = leading ? { from: at + m[0].length, to: c.s.length } : { from: 0, to: at };
      out.push({ speakers, cue: (m[1] ?? '').toLowerCase(), via: null, content: this.content(c, region.from, region.to), mention: { start: c.base + at + m[0].indexOf(phrase), end: c.base + at + m[0].length } });
    }
    return out;
  }

  /** Verbs: "X said …", "“…,” he said", "said X". */
  private verbCues(c: Clause): Attribution[] {
    const out: Attribution[] = [];
    for (const m of c.masked.matchAll(this.cueVerb)) {
      const at = m.index ?? 0;
      const cue = m[1] ?? '';
      if (!this.isCue(c, at, cue)) continue;
      const who = this.verbSubject(c, at, cue);
      if (!who || !this.cueFits(c, cue, who)) continue;
      const told = this.lex.toldCues.includes(cue.toLowerCase());
      const { via, length } = this.viaAfter(c.s.slice(who.after), told);
      const after = who.after + length;
      const mention = { start: c.base + (who.subject?.start ?? at), end: c.base + (who.subject?.end ?? at) };
      const quoted = this.quotesAround(c, who.inverted ? at : who.subject?.start ?? at, after);
      if (quoted.length > 0) {
        out.push({ speakers: who.speakers, cue, via, content: direct(quoted), mention });
        continue;
      }
      // Indirect: what follows the cue, or, when nothing does ("…, Zuckerberg said at the trial."), what came
      // before the subject.
      // "…, said Ian Michaels, a spokesman for …": after an inverted subject comes its apposition, not the claim.
      const rest = c.masked.slice(after);
      // "Okafor has denied the charge, saying it was invented": the participle's claim is its own quote.
      const participle = this.participleAt.exec(rest);
      const end = participle ? after + participle.index : c.s.length;
      let content = this.onlyCircumstance(rest) || (who.inverted && this.apposition.test(rest)) ? null : this.content(c, after, end);
      const lead = who.inverted ? at : who.subject?.start;
      // "In a wide-ranging interview, Obama said:": a circumstance before the subject is no claim either.
      const circumstanceOnly = lead !== undefined && `${c.masked.slice(0, lead).trim()} `.replace(this.openingCircumstance, '').trim() === '';
      if (!content && lead !== undefined && !circumstanceOnly) content = this.content(c, 0, lead);
      out.push({ speakers: who.speakers, cue, via, content, mention });
    }
    return out;
  }

  /** Is this match of a cue verb a cue here ("a shared workspace", "U.S. states where", "the report" are not)? */
  private isCue(c: Clause, at: number, cue: string): boolean {
    const wordBefore = /([\p{L}'’]+)\s*$/u.exec(c.masked.slice(0, at))?.[1]?.toLowerCase() ?? '';
    if (this.determiners.has(wordBefore) || /['’]s$/u.test(wordBefore)) return false;
    const rest = c.masked.slice(at + cue.length);
    const wordAfter = /^\s*([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase() ?? '';
    if (this.lex.cueVerbs.includes(wordAfter) || this.lex.afterNoun.includes(wordAfter)) return false;
    // "Spot gold added 0.1%": a figure right after the verb is a market's move, not speech.
    if (this.lex.numericNotCue.includes(cue) && /^\s*[-+−]?[\d$€£¥]/u.test(rest)) return false;
    // "according to the TexAuto Facts report": a noun inside the source's own phrase.
    if (c.prepSpans.some((p) => p.from <= at && at < p.to)) return false;
    // "He maintained a lead": weak cues attribute only before a claim, a colon or a quote.
    return !this.weak.has(cue) || this.claimAhead.test(rest);
  }

  /** The cue's speakers: its subject before it, after it ("said Sen. Ann Cole"), or the sentence's. */
  private verbSubject(c: Clause, at: number, cue: string): { speakers: Speaker[]; subject: Span | null; after: number; inverted: boolean } | null {
    const after = at + cue.length;
    const subject = this.subjectBefore(c.masked, at);
    if (subject) return { speakers: this.resolver.resolveAll(subject.text, c.base + subject.start), subject, after, inverted: false };
    // "“…,” said Sen. Ann Cole, a Democrat" / "dijo Ruiz en una rueda de prensa": the subject follows the verb.
    const right = /^\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}'’-]*)/u.exec(c.masked.slice(after))
      ?? /^\s+([^,;§]+?)(?=\s*(?:[,;]|\.\s*$|$))/u.exec(c.masked.slice(after));
    const before = c.masked.slice(0, at).trimEnd();
    if (right?.[1] && /\p{Lu}/u.test(right[1]) && /[§,]$/u.test(before)) {
      const span = { text: right[1], start: after + (right[0].length - right[1].length), end: after + right[0].length };
      return { speakers: this.resolver.resolveAll(span.text, c.base + span.start), subject: span, after: after + right[0].length, inverted: true };
    }
    // Spanish drops the subject: "“…”, dijo." — the person named last.
    if (/[§],?$/u.test(before)) {
      const person = this.index.lastPerson(c.base + at);
      const speaker = person ? this.resolver.resolve(person.name, c.base + at) : null;
      return speaker ? { speakers: [speaker], subject: null, after, inverted: false } : null;
    }
    // "Josh Earnest condemned the attack and said …": the verb shares the sentence's subject.
    if (this.andBefore.test(before + ' ')) return { speakers: this.sentenceSubject(c.masked, c.base), subject: null, after, inverted: false };
    return null;
  }

  /** "found", "showed": data and research find things; others do only when a claim follows ("found that …"). */
  private cueFits(c: Clause, cue: string, who: { speakers: Speaker[]; after: number }): boolean {
    if (who.speakers.length === 0) return false;
    if (!this.evidence.has(cue.toLowerCase()) || this.thatAhead.test(c.masked.slice(who.after))) return true;
    return who.speakers.every((sp) => sp.kind === 'data_report' || sp.kind === 'document' || this.lex.researchWords.some((w) => sp.name.toLowerCase().includes(w)));
  }

  /** The medium or addressee right after the cue: "told Reuters", "in a statement". */
  private viaAfter(rest: string, told: boolean): { via: string | null; length: number } {
    if (told) {
      const m = /^\s+((?:the\s+)?[\p{L}.&'’-]+(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})/u.exec(rest);
      return m?.[1] ? { via: `${this.lex.toldCues[0] ?? ''} ${m[1]}`.trim(), length: m[0].length } : { via: null, length: 0 };
    }
    const m = this.lex.via.exec(rest);
    return m ? { via: m[0].replace(/^,?\s*/u, ''), length: m[0].length } : { via: null, length: 0 };
  }

  /** Direct: a quote right before the subject ("“…,” he said") and/or right after the cue ("said, “…”"). */
  private quotesAround(c: Clause, leftEdge: number, after: number): QuoteSpan[] {
    const quoteAt = (relative: number): QuoteSpan | undefined => c.quotes.find((q) => q.outerStart - c.base <= relative && relative < q.outerEnd - c.base);
    const left = c.masked.slice(0, leftEdge);
    const before = /[§][\s,.!?”"»]*$/u.test(left) ? quoteAt(left.trimEnd().replace(/[,.!?”"»]+$/u, '').length - 1) : undefined;
    const gap = this.directGap.exec(c.masked.slice(after))?.[0].length ?? 0;
    const afterQuote = c.masked[after + gap] === MASK ? quoteAt(after + gap) : undefined;
    const found = [before, afterQuote].filter((q): q is QuoteSpan => q !== undefined && !c.used.has(q));
    found.forEach((q) => c.used.add(q));
    return found;
  }

  /** Nothing but a circumstance after the cue ("at the trial", "in a televised address"): no claim there. */
  private onlyCircumstance(rest: string): boolean {
    return this.circumstance.test(rest) && !this.thatInside.test(rest);
  }

  /**
   * "Raab defended the party, saying …", "He has always denied it, saying …": a participle speaks for the
   * speaker already found in the sentence, or else for the sentence's subject.
   */
  private participles(c: Clause, found: Attribution[]): Attribution[] {
    const out: Attribution[] = [];
    for (const m of c.masked.matchAll(this.participle)) {
      const at = m.index ?? 0;
      const speakers = found.filter((a) => a.mention.start - c.base < at).at(-1)?.speakers ?? this.sentenceSubject(c.masked, c.base);
      if (speakers.length === 0) continue;
      const { via, length } = this.viaAfter(c.s.slice(at + m[0].length), false);
      const after = at + m[0].length + length;
      if (this.circumstance.test(c.masked.slice(after))) continue;
      const gap = /^[\s,:]*/u.exec(c.masked.slice(after))?.[0].length ?? 0;
      const quote = c.masked[after + gap] === MASK ? c.quotes.find((q) => q.outerStart - c.base === after + gap && !c.used.has(q)) : undefined;
      if (quote) c.used.add(quote);
      const content = quote ? direct([quote]) : this.content(c, after, c.s.length);
      if (content) out.push({ speakers, cue: (m[1] ?? '').toLowerCase(), via, content, mention: { start: c.base + at, end: c.base + at } });
    }
    return out;
  }

  /** Who a sentence is about: its opening name or pronoun, after an opening circumstance ("In Washington, …"). */
  private sentenceSubject(masked: string, base: number): Speaker[] {
    const rest = masked.replace(this.openingCircumstance, '');
    const lead = base + masked.length - rest.length;
    // "The leader of Ennahda, Rachid Ghannouchi, condemned …": the name in apposition.
    const apposed = /^[^,§]{1,60},\s+([^,§]{1,60}),/u.exec(rest)?.[1];
    const named = apposed ? this.resolver.resolve(apposed, lead) : null;
    if (named?.kind === 'person') return [named];
    // The longest opening words that name someone: "A senior White House official described …".
    const words = (/^[^,;§]*/u.exec(rest)?.[0] ?? '').split(/\s+/u).filter(Boolean).slice(0, MAX_SUBJECT_WORDS);
    for (let n = words.length; n > 0; n -= 1) {
      const speakers = this.resolver.resolveAll(words.slice(0, n).join(' '), lead);
      if (speakers.length > 0) return speakers;
    }
    return [];
  }

  /** The subject noun phrase just before a cue, after clause boundaries and adverbs are cut away. */
  private subjectBefore(masked: string, at: number): { text: string; start: number; end: number } | null {
    const left = masked.slice(0, at);
    const cut = this.boundary.exec(left);
    let from = cut ? cut[0].length : 0;
    // A subject never holds a cue of its own: "Sen. Diaz said the report showed" → "the report".
    // ("Battlefield reports indicate", "the report showed": a cue word right before the verb is a noun.)
    const innerCue = [...left.slice(from).matchAll(this.cueVerb)]
      .filter((m) => left.slice(from + (m.index ?? 0) + (m[1] ?? '').length).trim()).at(-1);
    if (innerCue) from += (innerCue.index ?? 0) + (innerCue[1] ?? '').length;
    // "Kirill Dmitriev, a Russian diplomat, said" / "La ministra, Ana Ruiz, aseguró": the subject is a
    // name between commas before the verb.
    if (left.slice(from).trim() === '' && /,\s*$/u.test(left)) return this.appositiveSubject(left);
    // "Mayor Lena Ortiz and Gov. Paul Hart said": two subjects joined by "and".
    const head = left.slice(0, from);
    const joined = this.joinedBefore.exec(head);
    // "… of the Department of Health and Human Services says": capitalised words on both sides of "and" may be one
    // name; resolveAll decides whether they are one speaker or two.
    const oneName = joined?.[1] !== undefined && this.bodyOfTail.test(joined[1]) && /^\s*\p{Lu}/u.test(left.slice(from));
    if (joined?.[1] && (oneName || (this.resolver.resolve(joined[1], 0) && this.resolver.resolve(left.slice(from), 0)))) {
      from = head.lastIndexOf(joined[1]);
    }
    let fragment = left.slice(from);
    let trimmed = fragment.trimEnd();
    for (let m = this.betweenTail.exec(trimmed); m; m = this.betweenTail.exec(trimmed)) trimmed = trimmed.slice(0, m.index);
    fragment = trimmed;
    const lead = fragment.length - fragment.trimStart().length;
    let text = fragment.trim();
    if (!text || text.includes(MASK)) return null;
    let start = from + lead;
    const words = text.split(/\s+/u);
    if (words.length > MAX_SUBJECT_WORDS) {
      // "…, the U.S. Attorney’s Office for the Western District of New York announced": a long name keeps its "of".
      const name = this.longName.exec(text);
      if (!name?.[1]) return null;
      // "The authors of the research published in the journal JAMA Psychiatry argued": a name after a
      // preposition is not the subject.
      const wordBefore = /([\p{L}]+)\s*$/u.exec(text.slice(0, text.length - name[1].length))?.[1]?.toLowerCase() ?? '';
      if (this.lex.prepositions.includes(wordBefore)) return null;
      start += text.length - name[1].length;
      text = name[1];
    }
    return { text, start, end: start + text.length };
  }

  /** The last name between commas before a verb, or else the description there. */
  private appositiveSubject(left: string): { text: string; start: number; end: number } | null {
    const chunks: { text: string; start: number }[] = [];
    const re = /[^,]+/gu;
    for (let m = re.exec(left); m; m = re.exec(left)) {
      // "Hicks found that many people, both military and civilian, told her": a chunk's subject follows its last "that".
      const stop = this.clauseStop.exec(m[0]);
      const cut = stop ? stop[0].length : 0;
      chunks.push({ text: m[0].slice(cut), start: m.index + cut });
    }
    const candidates = chunks.filter((c) => c.text.trim()).slice(-3).reverse().filter((c) => !c.text.includes(MASK));
    // "Jessica Caldwell, Edmunds' executive director, said": a person before a body, a body before a description.
    const kindOf = (c: { text: string }): string | undefined => this.resolver.resolve(c.text, 0)?.kind;
    const pick = candidates.find((c) => kindOf(c) === 'person')
      ?? candidates.find((c) => kindOf(c) === 'organization' || kindOf(c) === 'media')
      ?? candidates.find((c) => kindOf(c) !== undefined);
    if (!pick) return null;
    const lead = pick.text.length - pick.text.trimStart().length;
    const text = pick.text.trim();
    return { text, start: pick.start + lead, end: pick.start + lead + text.length };
  }

  /** Attributed content in [from, to) of the sentence: indirect, mixed with quoted fragments, or direct. */
  private content(c: Clause, from: number, to: number): Attribution['content'] {
    const { s, masked, base, quotes, used } = c;
    const lead = /^[\s,:]*/u.exec(s.slice(from, to))?.[0].length ?? 0;
    // "said Tuesday that …", "told analysts on a conference call that …": skip to the claim.
    const time = this.lex.contentLead.exec(s.slice(from + lead, to))?.[0].length ?? 0;
    const gap = lead + time + (this.thatLead.exec(s.slice(from + lead + time, to))?.[0].length ?? 0);
    let start = from + gap;
    let end = to;
    while (end > start && /[\s,.;:!?]/u.test(s[end - 1] ?? '')) end -= 1;
    while (start < end && /[\s,]/u.test(s[start] ?? '')) start += 1;
    const text = s.slice(start, end);
    if (text.split(/\s+/u).filter(Boolean).length < MIN_CONTENT_WORDS && !masked.slice(start, end).includes(MASK)) return null;
    const inside = quotes.filter((q) => q.start >= base + start - 1 && q.end <= base + end + 1);
    inside.forEach((q) => used.add(q));
    const onlyQuote = inside.length === 1 && masked.slice(start, end).replace(/[§\s"“”«».,]/gu, '') === '';
    const type: QuoteType = onlyQuote ? 'direct' : inside.length > 0 ? 'mixed' : 'indirect';
    const quoted = onlyQuote && inside[0] ? inside[0] : null;
    return quoted
      ? { text: quoted.text, type, start: quoted.start, end: quoted.end }
      : { text: text.replace(/^["“«]|["”»]$/gu, ''), type, start: base + start, end: base + end };
  }
}
