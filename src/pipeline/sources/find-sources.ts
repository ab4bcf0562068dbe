/**
 * findSources: who and what an article relies on, from its text (and its HTML, for links).
 * Pure: runs the same in the popup, the Node library and the tests. Schema: ../shared/design/sources.md.
 */
import { AttributionFinder, type Attribution } from './attribution.js';
import { lexiconFor, type Lexicon } from './lexicon/index.js';
import { anchorsIn, classifyLinks } from './links.js';
import { MentionIndex } from './mentions.js';
import { SpanLookup } from './span-lookup.js';
import { SpeakerResolver } from './speakers.js';
import { statsOf } from './stats.js';
import { SOURCE_KINDS, type Link, type Source, type SourceKind, type SourcesInput, type SourcesReport } from './types.js';

/**
 * Words analysed at most: a long article's first 30,000 words (about 20 times a long news story) keep
 * findSources within a few hundred milliseconds in the popup; past them the report says it stopped.
 */
export const SOURCES_WORD_BUDGET = 30_000;

export function emptyReport(): SourcesReport {
  return {
    sources: [], unattributedQuotes: [], links: [], truncated: false, wordsAnalysed: 0,
    stats: {
      sources: 0, named: 0, anonymous: 0,
      byKind: Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>,
      quotes: 0, direct: 0, indirect: 0, mixed: 0, attributedShare: 0, anonymousQuoteShare: 0,
      outboundDomains: [], sameSiteLinks: 0, externalLinks: 0,
    },
  };
}

export interface SourcesEnvironment {
  /** Parses the article HTML for its links; the browser's own by default (jsdom's in Node). */
  DOMParser?: { new (): DOMParser };
}

/** The text up to the paragraph in which the word budget runs out, and how many words that is. */
export function withinBudget(text: string, maxWords: number): { text: string; words: number; truncated: boolean } {
  const word = /\S+/gu;
  let words = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    words += 1;
    if (words > maxWords) {
      // Stop at the end of the last whole paragraph before the budget ran out (or mid-paragraph when there is none).
      const cut = text.lastIndexOf('\n\n', m.index);
      const kept = cut > 0 ? text.slice(0, cut) : text.slice(0, m.index);
      return { text: kept, words: kept.match(/\S+/gu)?.length ?? 0, truncated: true };
    }
  }
  return { text, words, truncated: false };
}

export function findSources(input: SourcesInput, env: SourcesEnvironment = {}): SourcesReport {
  const budget = withinBudget(input.text ?? '', input.maxWords ?? SOURCES_WORD_BUDGET);
  const text = budget.text;
  const lex = lexiconFor(input.lang);
  const index = new MentionIndex(text, lex);
  const finder = new AttributionFinder(lex, index, new SpeakerResolver(lex, index));
  const { attributions, unattributed } = finder.find(text);
  const sources = mergeSources(attributions, lex);

  let links: Link[] = [];
  if (input.html) {
    const Parser = env.DOMParser ?? globalThis.DOMParser;
    if (!Parser) throw new Error('findSources needs a DOMParser to read links from html (pass env.DOMParser in Node)');
    const spans = new SpanLookup(attributions.flatMap((a) => [
      { start: a.mention.start, end: a.mention.end, keys: a.speakers.map((s) => s.key) },
      ...(a.content ? [{ start: a.content.start, end: a.content.end, keys: a.speakers.map((s) => s.key) }] : []),
    ]).filter((m) => m.end > m.start));
    const idByKey = new Map(sources.flatMap((s) => s.keys.map((k) => [k, s.source.id] as const)));
    links = classifyLinks(anchorsIn(input.html, new Parser()), text, input.url).map((link) => {
      const hit = spans.overlapping(link.position, link.position + link.anchorText.length);
      return { ...link, sourceId: hit ? idByKey.get(hit.keys[0] ?? '') ?? null : null };
    });
  }
  const finalSources = sources.map((s) => s.source);
  const unattributedQuotes = unattributed.map((q) => ({ text: q.text, start: q.start }));
  return {
    sources: finalSources, unattributedQuotes, links, stats: statsOf(finalSources, unattributedQuotes.length, links),
    truncated: budget.truncated, wordsAnalysed: budget.words,
  };
}

/** One Source per entity, in order of first attribution. */
function mergeSources(attributions: Attribution[], lex: Lexicon): { source: Source; keys: string[] }[] {
  // Pronouns are how a source was referred to, not another name for it.
  const references = new Set([...lex.pronouns.female, ...lex.pronouns.male, ...lex.pronouns.group, ...lex.pronouns.thing, ...lex.relatives]);
  const byKey = new Map<string, Source>();
  const order: string[] = [];
  for (const a of attributions) {
    for (const speaker of a.speakers) {
      let source = byKey.get(speaker.key);
      if (!source) {
        source = {
          id: '', name: speaker.name, aliases: [], kind: speaker.kind, anonymous: speaker.anonymous,
          role: speaker.role, cues: [], quotes: [], noQuote: null, position: a.mention.start,
        };
        byKey.set(speaker.key, source);
        order.push(speaker.key);
      }
      if (speaker.surface !== source.name && !source.aliases.includes(speaker.surface) && !references.has(speaker.surface.toLowerCase())) {
        source.aliases.push(speaker.surface);
      }
      if (a.cue && !source.cues.includes(a.cue)) source.cues.push(a.cue);
      if (a.content && !source.quotes.some((q) => q.start === a.content?.start)) {
        source.quotes.push({ ...a.content, cue: a.cue || null, via: a.via });
      }
      source.position = Math.min(source.position, a.mention.start);
      source.noQuote = source.noQuote ?? a.reason ?? null;
    }
  }
  const sorted = order.map((k) => ({ key: k, source: byKey.get(k) })).filter((e): e is { key: string; source: Source } => !!e.source)
    .sort((a, b) => a.source.position - b.source.position);
  return sorted.map(({ key, source }, i) => {
    source.id = `s${i + 1}`;
    source.quotes.sort((x, y) => x.start - y.start);
    source.noQuote = source.quotes.length > 0 ? null : source.noQuote ?? 'cited';
    return { source, keys: [key] };
  });
}
