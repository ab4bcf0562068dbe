/**
 * Issue 14.4: the command line's batch mode on the 181 benchmark pages — pages per second with
 * --jobs 1 and --jobs 2 in the same run, and the peak resident memory of a 2,000-page run (the 181
 * pages again and again), read from /proc while it runs (VmHWM: the process's high-water mark,
 * worker threads included).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { REPO } from '../tests/helpers/gold.js';
import { fmt, table } from './table.js';

const CLI = path.join(REPO, 'dist/cli/clearleaf.js');
/** The last run's figures, kept in the repository (the 2,000-page run takes minutes: run it once, read it here). */
const RESULTS = path.join(REPO, 'bench/results/cli-throughput.json');

function highWaterMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/u.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Runs the CLI over `dir`; its time and peak memory. */
function runCli(dir: string, jobs: number): Promise<{ seconds: number; peakMb: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, '--format', 'jsonl', '--no-progress', '--jobs', String(jobs), dir], { stdio: ['ignore', 'pipe', 'ignore'] });
    let lines = 0;
    let peakMb = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines += 1;
    });
    const poll = setInterval(() => {
      peakMb = Math.max(peakMb, highWaterMb(child.pid ?? -1));
    }, 100);
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(poll);
      resolve({ seconds: (performance.now() - started) / 1000, peakMb, lines });
    });
  });
}

function writePages(benchDir: string, count: number): string {
  const src = path.join(benchDir, 'html');
  const files = fs.readdirSync(src).sort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearleaf-cli-bench-'));
  const html = files.map((f) => zlib.gunzipSync(fs.readFileSync(path.join(src, f))));
  for (let i = 0; i < count; i += 1) fs.writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}.html`), html[i % html.length] as Buffer);
  return dir;
}

export async function runCliThroughput(benchDir: string | null): Promise<string> {
  if (!benchDir) return 'Skipped CLI throughput: the 181 benchmark pages are missing.';
  if (!fs.existsSync(CLI)) return 'Skipped CLI throughput: run npm run build first.';
  const pages = fs.readdirSync(path.join(benchDir, 'html')).length;
  const big = Number(process.env['BENCH_CLI_PAGES'] ?? 2000);
  const once = writePages(benchDir, pages);
  const many = writePages(benchDir, big);
  try {
    await runCli(once, 1); // warm the file cache
    const one = await runCli(once, 1);
    const two = await runCli(once, 2);
    const long = await runCli(many, 2);
    const record = { at: new Date().toISOString(), cores: os.availableParallelism(), loadAverage: os.loadavg()[0], jobs1: one, jobs2: two, [`jobs2x${big}`]: long };
    fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
    fs.writeFileSync(RESULTS, `${JSON.stringify(record, null, 2)}\n`);
    return [
      `CLI batch mode (dist/cli, --format jsonl, ${os.availableParallelism()} cores; load average ${os.loadavg()[0]?.toFixed(1)} at the end):`,
      '',
      table(['run', 'pages', 'seconds', 'pages/s', 'peak RSS MB'], [
        ['--jobs 1', String(one.lines), fmt(one.seconds, 1), fmt(one.lines / one.seconds, 2), fmt(one.peakMb, 0)],
        ['--jobs 2', String(two.lines), fmt(two.seconds, 1), fmt(two.lines / two.seconds, 2), fmt(two.peakMb, 0)],
        [`--jobs 2, ${big} pages (181 cyclically)`, String(long.lines), fmt(long.seconds, 1), fmt(long.lines / long.seconds, 2), fmt(long.peakMb, 0)],
      ]),
      '',
      `--jobs 2 over --jobs 1: ${fmt(one.seconds / two.seconds, 2)}× (target ≥ 1.7 on 2 idle cores); peak RSS for ${big} pages ${fmt(long.peakMb, 0)} MB (target < 600).`,
    ].join('\n');
  } finally {
    fs.rmSync(once, { recursive: true, force: true });
    fs.rmSync(many, { recursive: true, force: true });
  }
}
