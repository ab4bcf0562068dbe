/**
 * Every clutter rule earns its place: per rule, how often it fired, on how many corpora, and how
 * many of its fires removed text that a reference keeps (the benchmark's ground truth, Readability's
 * expected pages, Defuddle's expected Markdown, the gold pages). A fire "removes reference text"
 * when one of its removed lines of four or more tokens occurs in the reference as consecutive tokens,
 * or a shorter line is a whole line of the reference.
 */
import fs from 'node:fs';
import { extractArticle } from '../src/node/lib.js';
import { ALL_RULES } from '../src/pipeline/declutter/rules/index.js';
import {
  CORPORA, loadBenchPages, loadDefuddlePages, loadGoldCorpus, loadReadabilityPages, parsePage, referenceText, suiteAvailable,
  tokens, type AnyPage,
} from '../tests/helpers/corpora.js';
import { fmt, table } from './table.js';

/** A rule removing reference text on more than this share of its fires is narrowed or dropped (issue 9). */
const MAX_HARM_SHARE = 0.01;

/** Blocks the references keep that are clutter all the same, labelled by reading them (see the file's "about"). */
interface ClutterLabel {
  page: string;
  opens: string;
  kind: string;
}
const LABELS: readonly ClutterLabel[] = (JSON.parse(
  fs.readFileSync(new URL('../tests/fixtures/labels/clutter-references-keep.json', import.meta.url), 'utf8'),
) as { blocks: ClutterLabel[] }).blocks;
const labelled = (page: string, text: string): boolean => LABELS.some((l) => l.page === page && text.startsWith(l.opens));

interface Tally {
  fires: number;
  corpora: Set<string>;
  /** Fires that removed reference text … */
  harmful: number;
  /** … of which the block is labelled clutter the reference keeps. */
  labelledClutter: number;
  examples: string[];
}

/** The reference as one token string (for runs) and its lines (for short lines). */
interface Reference {
  joined: string;
  lines: Set<string>;
}

const key = (ts: string[]): string => ` ${ts.map((t) => t.toLowerCase()).join(' ')} `;

function referenceOf(page: AnyPage): Reference {
  const text = referenceText(page);
  return { joined: key(tokens(text)), lines: new Set(text.split(/\n+/u).map((l) => key(tokens(l))).filter((l) => l.trim())) };
}

/** Whether a removed block's lines hold text the reference keeps. */
export function removesReference(removedText: string, ref: Reference): boolean {
  return removedText.split(' · ').some((line) => {
    const ts = tokens(line);
    if (ts.length === 0) return false;
    return ts.length >= 4 ? ref.joined.includes(key(ts)) : ref.lines.has(key(ts));
  });
}

function* allPages(): Generator<AnyPage> {
  if (suiteAvailable(CORPORA.bench)) yield* loadBenchPages();
  if (suiteAvailable(CORPORA.readability)) yield* loadReadabilityPages();
  if (suiteAvailable(CORPORA.defuddle)) yield* loadDefuddlePages();
  yield* loadGoldCorpus();
}

export async function runRuleTable(): Promise<string> {
  const tallies = new Map<string, Tally>(ALL_RULES.map((r) => [r.id, { fires: 0, corpora: new Set<string>(), harmful: 0, labelledClutter: 0, examples: [] }]));
  const pages = new Map<string, number>();
  for (const page of allPages()) {
    pages.set(page.suite, (pages.get(page.suite) ?? 0) + 1);
    const dom = parsePage(page);
    const article = extractArticle(dom.window.document, { url: page.url });
    const ref = referenceOf(page);
    for (const block of article.removed) {
      const tally = tallies.get(block.rule);
      if (!tally) continue;
      tally.fires += 1;
      tally.corpora.add(page.suite);
      if (!removesReference(block.text, ref)) continue;
      tally.harmful += 1;
      if (labelled(`${page.suite}/${page.name}`, block.text)) tally.labelledClutter += 1;
      else if (tally.examples.length < 3) tally.examples.push(`${page.suite}/${page.name}: ${block.text.slice(0, 90)}`);
    }
    dom.window.close();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return report(tallies, pages);
}

function report(tallies: Map<string, Tally>, pages: Map<string, number>): string {
  const rows = ALL_RULES.map((r) => {
    const t = tallies.get(r.id) as Tally;
    const real = t.harmful - t.labelledClutter;
    const share = t.fires ? real / t.fires : 0;
    return [r.id, r.family, t.fires, t.corpora.size, t.harmful, t.labelledClutter, real, fmt(share, 3), share > MAX_HARM_SHARE ? 'over' : ''];
  });
  const sum = (f: (t: Tally) => number): number => [...tallies.values()].reduce((a, t) => a + f(t), 0);
  const [fires, harmful, clutter] = [sum((t) => t.fires), sum((t) => t.harmful), sum((t) => t.labelledClutter)];
  const over = rows.filter((r) => r[8] === 'over');
  const examples = ALL_RULES.flatMap((r) => (tallies.get(r.id)?.examples ?? []).map((e) => `  ${r.id} — ${e}`));
  return [
    `Clutter rules across the corpora (${[...pages].map(([s, n]) => `${s} ${n}`).join(', ')} pages): fires, corpora fired on, fires that removed reference text, of them blocks labelled clutter the reference keeps (tests/fixtures/labels/clutter-references-keep.json), and the rest: real content lost.`,
    '',
    table(['rule', 'family', 'fires', 'corpora', 'removed reference text', 'labelled clutter', 'real content', 'share real', `> ${MAX_HARM_SHARE * 100} %`], rows),
    '',
    `${fires} fires in all, ${harmful} removed reference text, ${clutter} of them labelled clutter, ${harmful - clutter} real content; ${over.length} of ${rows.length} rules over ${MAX_HARM_SHARE * 100} % real; ${rows.filter((r) => r[2] === 0).length} rules never fired.`,
    ...(examples.length ? ['', 'Fires that removed real content (not labelled clutter; first three per rule):', ...examples] : []),
  ].join('\n');
}
