/**
 * Sources cited: accuracy on our own labelled set (tests/fixtures/sources/cases.json and, when
 * ../shared is present, the seed article), compromise's people() beside our patterns for names, and
 * the time findSources takes per real article.
 */
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import nlp from 'compromise';
import { cleanDocument, findSources, type SourcesReport } from '../src/node/lib.js';
import { SHARED_PAGES } from '../tests/helpers/gold.js';
import { auditQuotes, f1, loadCases, loadSeedLabels, sameName, score, type Counts, type LabelledSource, type QuoteAudit } from '../tests/helpers/sources-labels.js';
import { hasRealPages, loadRealArticles, type Split } from '../tests/helpers/sources-real.js';
import { fmt, median, quantile, table } from './table.js';

interface Sample {
  id: string;
  text: string;
  labels: LabelledSource[];
  report: SourcesReport;
}

function samples(set: 'cases' | 'held-out'): Sample[] {
  const out: Sample[] = loadCases(set).map((c) => ({ id: c.id, text: c.text, labels: c.sources, report: findSources({ text: c.text, lang: c.lang ?? 'en' }) }));
  const seed = set === 'cases' ? loadSeedLabels() : null;
  if (seed) {
    const gold = JSON.parse(fs.readFileSync(path.join(SHARED_PAGES, 'patriotfetch-dmitriev.gold.json'), 'utf8')) as { url: string };
    const dom = new JSDOM(fs.readFileSync(path.join(SHARED_PAGES, 'patriotfetch-dmitriev.html'), 'utf8'), { url: gold.url });
    const article = cleanDocument(dom.window.document, { url: gold.url });
    out.push({ id: 'seed', text: article.text, labels: seed, report: article.sources });
  }
  return out;
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/** Named people only: our person sources against compromise's people(), both judged on the labelled persons. */
function peopleCounts(all: Sample[]): { ours: Counts; compromise: Counts; oursMs: number; compromiseMs: number } {
  const ours = { tp: 0, fp: 0, fn: 0 };
  const theirs = { tp: 0, fp: 0, fn: 0 };
  let oursMs = 0;
  let compromiseMs = 0;
  for (const s of all) {
    const wanted = s.labels.filter((l) => l.kind === 'person').map((l) => [l.name, ...(l.aliases ?? [])]);
    const tally = (names: string[], into: Counts): void => {
      const hit = new Set<number>();
      for (const n of names) {
        const i = wanted.findIndex((w, j) => !hit.has(j) && w.some((m) => sameName(m, n)));
        if (i >= 0) hit.add(i);
        else if (!wanted.some((w) => w.some((m) => sameName(m, n)))) into.fp += 1;
      }
      into.tp += hit.size;
      into.fn += wanted.length - hit.size;
    };
    const t0 = performance.now();
    const found = findSources({ text: s.text, lang: 'en' });
    const t1 = performance.now();
    // compromise finds every person mentioned; the fair comparison is whether it finds the speakers.
    const people = nlp(s.text).people().out('array') as string[];
    const t2 = performance.now();
    oursMs += t1 - t0;
    compromiseMs += t2 - t1;
    tally(found.sources.filter((x) => x.kind === 'person').map((x) => x.name), ours);
    tally([...new Set(people.map((n) => n.replace(/[’']s$/u, '').replace(/[,.]$/u, '')))], theirs);
  }
  return { ours, compromise: theirs, oursMs, compromiseMs };
}

interface Totals { sources: Counts; quotes: Counts; anonymous: Counts; typesRight: number; typesAll: number }

function totals(all: Sample[]): Totals {
  const t: Totals = { sources: { tp: 0, fp: 0, fn: 0 }, quotes: { tp: 0, fp: 0, fn: 0 }, anonymous: { tp: 0, fp: 0, fn: 0 }, typesRight: 0, typesAll: 0 };
  for (const s of all) {
    const r = score(s.labels, s.report);
    t.sources = add(t.sources, r.sources);
    t.quotes = add(t.quotes, r.quotes);
    t.anonymous = add(t.anonymous, r.anonymous);
    t.typesRight += r.types.right;
    t.typesAll += r.types.all;
  }
  return t;
}

/** The hand-labelled real articles, dev and held-out parts apart. */
function realSamples(split: Split): Sample[] {
  return loadRealArticles(split).map((a) => ({ id: a.id, text: a.text, labels: a.sources, report: findSources({ text: a.text, lang: a.lang ?? 'en' }) }));
}

const share = (n: number, of: number): string => (of ? `${fmt((100 * n) / of, 1)} % (${n}/${of})` : '–');

/** Direct quotes by shape: found as a quote at all, given to someone, and given to the right source. */
function quoteTable(parts: { name: string; samples: Sample[] }[]): string {
  const rows: string[][] = [];
  for (const { name, samples } of parts) {
    const audits = samples.flatMap((s) => auditQuotes(s.labels, s.report));
    const groups: [string, (a: QuoteAudit) => boolean][] = [
      ['one sentence', (a) => a.shape === 'sentence'], ['several sentences', (a) => a.shape === 'sentences'],
      ['several paragraphs', (a) => a.shape === 'paragraphs'], ['continuing paragraph', (a) => a.shape === 'continuing'],
      ['pronoun or description speaker', (a) => a.pronoun], ['all direct quotes', () => true],
    ];
    for (const [label, keep] of groups) {
      const g = audits.filter(keep);
      const found = g.filter((a) => a.found);
      const attributed = g.filter((a) => a.attributed);
      rows.push([label === groups[0]?.[0] ? name : '', label, String(g.length), share(g.filter((a) => a.right).length, g.length),
        share(attributed.length, found.length), share(attributed.filter((a) => a.right).length, attributed.length)]);
    }
  }
  return table(['part', 'direct quotes', 'n', 'recall (right speaker)', 'attributed among found (≥ 85 %)', 'right speaker among attributed (≥ 88 %)'], rows);
}

/** Wall and CPU milliseconds of one findSources call (CPU time is what the shared, loaded bench machine distorts least). */
function timed(text: string): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  findSources({ text });
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function timing(texts: string[]): string {
  texts.forEach((t) => findSources({ text: t }));   // warm up: the popup's second article, not the JIT's first
  const runs = texts.map(timed);
  const wall = runs.map((r) => r.wall);
  const cpu = runs.map((r) => r.cpu);
  return `median ${fmt(median(wall), 2)} ms (CPU ${fmt(median(cpu), 2)} ms), p95 ${fmt(quantile(wall, 0.95), 2)} ms (CPU ${fmt(quantile(cpu, 0.95), 2)} ms), max ${fmt(Math.max(...wall), 1)} ms`;
}

/** The first `words` words of the texts run together (paragraphs kept), repeated as needed. */
function textOfWords(texts: string[], words: number): string {
  const all = texts.join('\n\n');
  let text = '';
  while ((text.match(/\S+/gu)?.length ?? 0) < words) text += `${all}\n\n`;
  let count = 0;
  for (const m of text.matchAll(/\S+/gu)) if ((count += 1) === words) return text.slice(0, (m.index ?? 0) + m[0].length);
  return text;
}

/** Milliseconds per 1,000 words at growing lengths: flat when findSources is linear. */
function scaling(texts: string[]): string {
  const rows = [1_000, 5_000, 10_000, 30_000].map((words) => {
    const text = textOfWords(texts, words);
    findSources({ text });
    const best = [0, 1, 2].map(() => timed(text)).reduce((a, b) => (b.cpu < a.cpu ? b : a));
    return [words.toLocaleString('en'), fmt(best.wall, 1), fmt(best.cpu, 1), fmt((1000 * best.cpu) / words, 2)];
  });
  return table(['words', 'ms (wall)', 'ms (CPU)', 'CPU ms per 1,000 words'], rows);
}

function realSection(): string[] {
  if (!hasRealPages) return ['Skipped the labelled real articles: ../shared/corpora or ../shared/bench-data is missing.'];
  const dev = realSamples('dev');
  const held = realSamples('held-out');
  const held2 = realSamples('held-out-2');
  const row = (name: string, c: Counts, target: string): string[] => {
    const m = f1(c);
    return [name, fmt(m.precision), fmt(m.recall), fmt(m.f1), `${c.tp}/${c.fp}/${c.fn}`, target];
  };
  const parts = [{ name: `dev (${dev.length} articles)`, samples: dev }, { name: `held-out (${held.length} articles)`, samples: held },
    { name: `held-out-2 (${held2.length} articles, new)`, samples: held2 }];
  return [
    'Sources cited on real articles labelled by hand (tests/fixtures/sources/real: Readability test pages and benchmark articles in ../shared; the held-out parts are not looked at while rules are tuned):',
    '',
    table(['part', 'measure', 'precision', 'recall', 'F1', 'tp/fp/fn', 'target'], parts.flatMap(({ name, samples }) => {
      const t = totals(samples);
      return [
        [name, ...row('source detection', t.sources, 'F1 ≥ 0.85, P ≥ 0.90')],
        ['', ...row('quote-to-speaker attribution', t.quotes, 'F1 ≥ 0.80')],
        ['', ...row('anonymous sources', t.anonymous, 'F1 ≥ 0.80')],
        ['', 'quote type right', '', '', '', `${t.typesRight} of ${t.typesAll}`, ''],
      ];
    })),
    '',
    quoteTable(parts),
    '',
    `findSources on the labelled real articles: ${timing([...dev, ...held, ...held2].map((s) => s.text))}.`,
    '',
    'findSources on the labelled articles run together, best of three (linear = the last column stays flat):',
    '',
    scaling([...dev, ...held, ...held2].map((s) => s.text)),
  ];
}

export function runSources(benchDir: string | null): string {
  const all = samples('cases');
  const held = samples('held-out');
  const row = (name: string, c: Counts, target: string): string[] => {
    const m = f1(c);
    return [name, fmt(m.precision), fmt(m.recall), fmt(m.f1), `${c.tp}/${c.fp}/${c.fn}`, target];
  };
  const sets = [
    { name: `pattern cases + seed (${all.length} texts)`, t: totals(all) },
    { name: `held-out passages (${held.length} texts)`, t: totals(held) },
  ];
  const people = peopleCounts([...all, ...held]);
  const real = hasRealPages ? peopleCounts(realSamples('dev')) : null;
  const lines = [
    'Sources cited, on our own labelled sets: tests/fixtures/sources/cases.json (one pattern a case, with the seed article when ../shared is present) and held-out.json (whole passages written after the rules).',
    '',
    table(['set', 'measure', 'precision', 'recall', 'F1', 'tp/fp/fn', 'target F1'], sets.flatMap(({ name, t }) => [
      [name, ...row('source detection', t.sources, '≥ 0.90')],
      ['', ...row('quote-to-speaker attribution', t.quotes, '≥ 0.85')],
      ['', ...row('anonymous sources', t.anonymous, '≥ 0.85')],
      ['', 'quote type right', '', '', '', `${t.typesRight} of ${t.typesAll}`, ''],
    ])),
    '',
    'Named people who are sources (both sets), found by our patterns and by compromise 14.17 people() on the same texts:',
    '',
    table(['finder', 'texts', 'precision', 'recall', 'F1', 'tp/fp/fn', 'ms (all texts)', 'bundle (gzip)'], [
      ['Clearleaf patterns (findSources, whole analysis)', 'cases', ...row('', people.ours, fmt(people.oursMs, 0)).slice(1), bundleSize('src/pipeline/sources/find-sources.ts')],
      ['compromise people() (names only)', 'cases', ...row('', people.compromise, fmt(people.compromiseMs, 0)).slice(1), bundleSize('bench/compromise-entry.ts')],
      ...(real ? [
        ['Clearleaf patterns (findSources, whole analysis)', 'real dev', ...row('', real.ours, fmt(real.oursMs, 0)).slice(1), ''],
        ['compromise people() (names only)', 'real dev', ...row('', real.compromise, fmt(real.compromiseMs, 0)).slice(1), ''],
      ] : []),
    ]),
  ];
  lines.push('', ...realSection());
  if (benchDir) {
    const truth = JSON.parse(fs.readFileSync(path.join(benchDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
    const texts = Object.values(truth).map((t) => t.articleBody);
    lines.push('', `findSources per article on the ${texts.length} benchmark articles' text: ${timing(texts)}.`);
  }
  return lines.join('\n');
}

function bundleSize(entry: string): string {
  // Measured by bundling with esbuild, minified, then gzip: what the popup would pay for it.
  const out = esbuild.buildSync({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
  const bytes = out.outputFiles[0]?.contents ?? new Uint8Array();
  return `${fmt(zlib.gzipSync(bytes).length / 1024, 0)} KB`;
}
