/**
 * Hand-labelled sources and how a found report is matched against them: shared by the unit tests and
 * by `npm run bench`, so the figures the bench prints are the ones the tests hold.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Source, SourcesReport } from '../../src/node/lib.js';
import { REPO, SHARED_PAGES, hasShared, normalize } from './gold.js';

export interface LabelledQuote {
  start: string;
  type: string;
  via?: string;
  borderline?: boolean;
  /** Direct quotes: 'sentence' (default), 'sentences', 'paragraphs' (runs on over paragraphs), 'continuing' (a paragraph with no tag of its own). */
  shape?: 'sentence' | 'sentences' | 'paragraphs' | 'continuing';
  /** The cue's subject is a pronoun or a description ("he said", "the 56-year-old said"). */
  pronoun?: boolean;
}
export interface LabelledSource { name: string; /** The shown name must be exactly `name` (cases only). */ exact?: boolean; aliases?: string[]; kind: string; role?: string; anonymous?: boolean; quotes: LabelledQuote[]; noQuote?: string }
export interface LabelledCase {
  id: string;
  lang?: string;
  text: string;
  sources: LabelledSource[];
  notSources?: string[];
  unattributed?: number;
}

/** `cases.json`: one attribution pattern a case; `held-out.json`: whole passages, written after the rules. */
export function loadCases(set: 'cases' | 'held-out' = 'cases'): LabelledCase[] {
  return (JSON.parse(fs.readFileSync(path.join(REPO, `tests/fixtures/sources/${set}.json`), 'utf8')) as { cases: LabelledCase[] }).cases;
}

/** The seed article's labels in the same shape (quote `text` holds the first words). */
export function loadSeedLabels(): LabelledSource[] | null {
  if (!hasShared) return null;
  const raw = JSON.parse(fs.readFileSync(path.join(SHARED_PAGES, 'patriotfetch-dmitriev.sources.json'), 'utf8')) as {
    sources: { name: string; aliases: string[]; kind: string; anonymous: boolean; quotes: { text: string; type: string; borderline?: boolean }[] }[];
  };
  return raw.sources.map((s) => ({ ...s, quotes: s.quotes.map((q) => ({ start: q.text, type: q.type, borderline: q.borderline })) }));
}

/** The words of a name, folded, without a leading article or a possessive. */
function words(name: string): string[] {
  const w = name.normalize('NFKC').replace(/[\u00ad\u200b-\u200d]/gu, '').toLowerCase().replace(/['’]s\b/gu, '').match(/[\p{L}\p{N}.&-]+/gu) ?? [];
  const out = w.map((x) => x.replace(/\.$/u, '')).filter(Boolean);
  return ['the', 'a', 'an'].includes(out[0] ?? '') ? out.slice(1) : out;
}

const within = (part: string[], whole: string[]): boolean =>
  part.length > 0 && whole.some((_, i) => part.every((p, j) => whole[i + j] === p));

/** Same entity: the words of one name (or alias) run inside the other's, after folding ("Reeves" in "Eric Reeves"). */
export function sameName(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  return within(x, y) || within(y, x);
}

export function findMatch(label: LabelledSource, found: Source[]): Source | undefined {
  const names = [label.name, ...(label.aliases ?? [])];
  return found.find((s) => s.kind === label.kind && [s.name, ...s.aliases].some((n) => names.some((m) => sameName(n, m))));
}

/** The found quote holds the label's first words (quotation marks aside: labels leave them out). */
export function quoteMatches(found: { text: string }, label: LabelledQuote): boolean {
  const fold = (s: string): string => normalize(s).replace(/"/gu, '');
  return fold(found.text).includes(fold(label.start).slice(0, 24));
}

export interface Counts { tp: number; fp: number; fn: number }

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Source detection, quote-to-speaker attribution and anonymous-source counts for one report. */
export function score(labels: LabelledSource[], report: SourcesReport): { sources: Counts; quotes: Counts; anonymous: Counts; types: { right: number; all: number } } {
  const sources = { tp: 0, fp: 0, fn: 0 };
  const quotes = { tp: 0, fp: 0, fn: 0 };
  const anonymous = { tp: 0, fp: 0, fn: 0 };
  const types = { right: 0, all: 0 };
  const matched = new Set<Source>();
  for (const label of labels) {
    const isAnon = label.anonymous ?? label.kind.startsWith('anonymous');
    const found = findMatch(label, report.sources);
    if (found) {
      matched.add(found);
      sources.tp += 1;
      if (isAnon) anonymous.tp += 1;
    } else {
      sources.fn += 1;
      if (isAnon) anonymous.fn += 1;
    }
    const used = new Set<number>();
    for (const q of label.quotes) {
      const hit = found?.quotes.findIndex((fq, i) => !used.has(i) && quoteMatches(fq, q)) ?? -1;
      if (hit >= 0) {
        used.add(hit);
        quotes.tp += 1;
        types.all += 1;
        if (found?.quotes[hit]?.type === q.type) types.right += 1;
      } else if (!q.borderline) quotes.fn += 1;
    }
    quotes.fp += (found?.quotes.length ?? 0) - used.size - (found ? found.quotes.filter((fq, i) => !used.has(i) && label.quotes.some((q) => q.borderline && quoteMatches(fq, q))).length : 0);
  }
  for (const s of report.sources) {
    if (matched.has(s)) continue;
    sources.fp += 1;
    quotes.fp += s.quotes.length;
    if (s.anonymous && s.kind.startsWith('anonymous')) anonymous.fp += 1;
  }
  return { sources, quotes, anonymous, types };
}

/** One labelled direct quote against a report: found at all, given to someone, given to the right source. */
export interface QuoteAudit {
  shape: NonNullable<LabelledQuote['shape']>;
  pronoun: boolean;
  found: boolean;
  attributed: boolean;
  right: boolean;
}

export function auditQuotes(labels: LabelledSource[], report: SourcesReport): QuoteAudit[] {
  const out: QuoteAudit[] = [];
  for (const label of labels) {
    for (const q of label.quotes.filter((x) => x.type === 'direct' && !x.borderline)) {
      const owners = report.sources.filter((s) => s.quotes.some((fq) => quoteMatches(fq, q)));
      const unattributed = report.unattributedQuotes.some((u) => quoteMatches(u, q));
      const right = owners.some((s) => s.kind === label.kind && [s.name, ...s.aliases].some((n) => [label.name, ...(label.aliases ?? [])].some((m) => sameName(n, m))));
      out.push({ shape: q.shape ?? 'sentence', pronoun: q.pronoun ?? false, found: owners.length > 0 || unattributed, attributed: owners.length > 0, right });
    }
  }
  return out;
}
