/**
 * The article-extraction-benchmark metric, ported faithfully (../shared/bench-data/README.md):
 * \w+ tokens, word 4-shingles as multisets, per-page precision and recall, set precision and recall as
 * means over pages, F1 from the two means.
 */
const SHINGLE = 4;

/** Python's re `\w` on str: Unicode letters, digits and numerics, and the underscore. */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(words: string[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (key: string): void => {
    out.set(key, (out.get(key) ?? 0) + 1);
  };
  if (words.length === 0) return out;
  if (words.length < SHINGLE) add(words.join('\u0001'));
  else for (let i = 0; i + SHINGLE <= words.length; i += 1) add(words.slice(i, i + SHINGLE).join('\u0001'));
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  exact: boolean;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const p = tokens(predicted);
  const t = tokens(truth);
  const ps = shingles(p);
  const ts = shingles(t);
  let tp = 0;
  for (const [key, count] of ps) tp += Math.min(count, ts.get(key) ?? 0);
  let fp = [...ps.values()].reduce((a, b) => a + b, 0) - tp;
  let fn = [...ts.values()].reduce((a, b) => a + b, 0) - tp;
  // Normalised to sum to 1 so long pages weigh no more than short ones.
  const sum = tp + fp + fn;
  const n = sum > 0 ? sum : 1;
  tp /= n;
  fp /= n;
  fn /= n;
  const both = fp === 0 && fn === 0;
  return {
    tp, fp, fn,
    precision: both ? 1 : tp + fp > 0 ? tp / (tp + fp) : 0,
    recall: both ? 1 : tp + fn > 0 ? tp / (tp + fn) : 0,
    exact: p.length === t.length && p.every((w, i) => w === t[i]),
  };
}

export interface SetScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function scoreSet(pages: PageScore[]): SetScore {
  const withPred = pages.filter((s) => s.tp + s.fp > 0);
  const withTruth = pages.filter((s) => s.tp + s.fn > 0);
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(withPred.map((s) => s.precision));
  const recall = mean(withTruth.map((s) => s.recall));
  return {
    precision, recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: pages.length ? pages.filter((s) => s.exact).length / pages.length : 0,
  };
}

/** Bootstrap standard deviation of F1 over pages, as the published table quotes it. */
export function bootstrapF1(pages: PageScore[], resamples = 1000, seed = 1): number {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const f1s: number[] = [];
  for (let r = 0; r < resamples; r += 1) {
    const sample = pages.map(() => pages[Math.floor(random() * pages.length)] as PageScore);
    f1s.push(scoreSet(sample).f1);
  }
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  return Math.sqrt(f1s.reduce((a, b) => a + (b - mean) ** 2, 0) / f1s.length);
}
