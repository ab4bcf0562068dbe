/**
 * Issue 14.5: each bundle's size, raw and gzip, beside the last run's (bench/results/bundle-sizes.json,
 * rewritten each run). An extension page counts what it loads at once (its module and the chunks it
 * imports statically); chunks it imports on demand (sources, Markdown) are shown apart.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { REPO } from '../tests/helpers/gold.js';
import { table } from './table.js';

const DIR = path.join(REPO, 'dist/chrome');
const LAST = path.join(REPO, 'bench/results/bundle-sizes.json');
const BUNDLES = ['content.js', 'background.js', 'popup.js', 'reader.js', 'options.js'];
const TARGETS: Record<string, number> = { 'popup.js': 60, 'content.js': 40 };

interface Size { raw: number; gzip: number; lazyRaw: number; lazyGzip: number }

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\/[^"']+)["']/gu;
const DYNAMIC_IMPORT = /import\(\s*["'](\.\/[^"']+)["']\s*\)/gu;

/** The files `file` loads: statically (at once) or on demand, each set closed over its static imports. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) closure(path.resolve(path.dirname(file), m[1] ?? ''), seen);
  return seen;
}

function sizeOf(files: Iterable<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(f);
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

function measure(name: string): Size {
  const entry = path.join(DIR, name);
  const now = closure(entry);
  const lazy = new Set<string>();
  for (const f of now) {
    for (const m of fs.readFileSync(f, 'utf8').matchAll(DYNAMIC_IMPORT)) closure(path.resolve(path.dirname(f), m[1] ?? ''), lazy);
  }
  for (const f of now) lazy.delete(f);
  const a = sizeOf(now);
  const b = sizeOf(lazy);
  return { raw: a.raw, gzip: a.gzip, lazyRaw: b.raw, lazyGzip: b.gzip };
}

export function runBundleSizes(): string {
  if (!fs.existsSync(path.join(DIR, 'popup.js'))) return 'Skipped bundle sizes: run npm run build first.';
  const last = fs.existsSync(LAST) ? JSON.parse(fs.readFileSync(LAST, 'utf8')) as Record<string, Size> : {};
  const now: Record<string, Size> = Object.fromEntries(BUNDLES.map((b) => [b, measure(b)]));
  const kb = (n: number | undefined): string => (n === undefined ? '–' : (n / 1024).toFixed(1));
  const rows = BUNDLES.map((b) => {
    const s = now[b] as Size;
    const target = TARGETS[b];
    return [b, kb(s.raw), kb(s.gzip), kb(last[b]?.gzip), kb(s.lazyRaw), kb(s.lazyGzip), target ? `≤ ${target}` : ''];
  });
  fs.mkdirSync(path.dirname(LAST), { recursive: true });
  fs.writeFileSync(LAST, `${JSON.stringify(now, null, 2)}\n`);
  return [
    'Bundle sizes (dist/chrome; KB; a page counts what it loads at once, chunks loaded on demand apart; last run from bench/results/bundle-sizes.json):',
    '',
    table(['bundle', 'raw', 'gzip', 'gzip last run', 'on demand raw', 'on demand gzip', 'target gzip'], rows),
  ].join('\n');
}
