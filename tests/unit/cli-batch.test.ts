/**
 * The built command line on many inputs: a folder with a broken file in it, worker recycling, -o DIR
 * and -o FILE, standard input, URLs (time limit, user agent), --help and --version.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/gold.js';

const CLI = path.join(REPO, 'dist/cli/clearleaf.js');
const PAGES = path.join(REPO, 'tests/fixtures/pages');
const GOOD = ['poll-reworded.html', 'wire-story-furniture.html', 'spanish-newsletter.html'];
/** Each test spawns the CLI, which loads jsdom in every worker: seconds each on a busy machine. */
const SPAWNS = 120_000;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input });
const runAsync = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

describe.skipIf(!fs.existsSync(CLI))('clearleaf over many inputs', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clearleaf-batch-'));
    for (const f of GOOD) fs.copyFileSync(path.join(PAGES, f), path.join(dir, f));
    fs.mkdirSync(path.join(dir, 'more'));
    fs.copyFileSync(path.join(PAGES, 'front-page.html'), path.join(dir, 'more', 'front-page.html'));
    fs.writeFileSync(path.join(dir, 'broken.html'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not an input: only HTML files are read from a folder');
  }, SPAWNS);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a folder with a broken file: every page done, one error line per bad one, exit 1', () => {
    const r = run(['--format', 'jsonl', '--jobs', '2', dir]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; ok: boolean; error?: string; article?: { title: string } });
    expect(lines).toHaveLength(GOOD.length + 2);
    expect(lines.filter((l) => l.ok).map((l) => path.basename(l.input)).sort()).toEqual([...GOOD].sort());
    expect(lines.find((l) => l.input.endsWith('broken.html'))?.error).toMatch(/does not look like HTML/u);
    expect(lines.find((l) => l.input.endsWith('front-page.html'))?.error).toMatch(/no article/u);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    for (const line of errors) expect(line).toMatch(/^clearleaf: .*(broken|front-page)\.html: /u);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });

  it('a worker replaced after every page: still every result, once each', () => {
    const r = run(['-f', 'jsonl', '-j', '2', '--pages-per-worker', '1', dir]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; ok: boolean });
    expect(lines.map((l) => l.input).sort()).toEqual([...GOOD.map((f) => path.join(dir, f)), path.join(dir, 'broken.html'), path.join(dir, 'more', 'front-page.html')].sort());
    expect(lines.filter((l) => l.ok)).toHaveLength(GOOD.length);
  }, SPAWNS);

  it('-o DIR writes one file per input, named after it, keeping sub-folders', () => {
    const out = path.join(dir, '..', `${path.basename(dir)}-out`);
    const r = run(['--format', 'markdown', '-o', out, dir]);
    expect(r.status).toBe(1);
    const written = fs.readdirSync(out, { recursive: true }).map(String).sort();
    expect(written).toEqual(GOOD.map((f) => f.replace(/\.html$/u, '.md')).sort());
    expect(fs.readFileSync(path.join(out, 'poll-reworded.md'), 'utf8')).toMatch(/^# City Council Delays Vote on Transit Levy/u);
    fs.rmSync(out, { recursive: true, force: true });
  }, SPAWNS);

  it('-o FILE and standard input (-) give what standard output gives for the file', () => {
    const page = path.join(PAGES, 'poll-reworded.html');
    const url = 'https://riversidebeacon.com/2025/04/14/city-council-delays-vote-on-transit-levy/';
    const file = path.join(dir, '..', `${path.basename(dir)}.txt`);
    const direct = run([page, '--url', url]);
    expect(run([page, '--url', url, '-o', file]).stdout).toBe('');
    expect(fs.readFileSync(file, 'utf8')).toBe(direct.stdout);
    expect(run(['-', '--url', url], fs.readFileSync(page, 'utf8')).stdout).toBe(direct.stdout);
    fs.rmSync(file);
  }, SPAWNS);

  it('--help names every option, the exit codes and an example; --version is the package version', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    for (const option of ['--format', '--output', '--url', '--jobs', '--pages-per-worker', '--timeout', '--no-progress', '--help', '--version', 'jsonl']) {
      expect(help.stdout).toContain(option);
    }
    expect(help.stdout).toMatch(/Exit codes: 0 .* 1 .* 2 /su);
    expect(help.stdout).toMatch(/Examples:\n {2}clearleaf /u);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout).toBe(`${pkg.version}\n`);
  }, SPAWNS);
});

describe.skipIf(!fs.existsSync(CLI))('clearleaf fetching URLs', () => {
  const agents: string[] = [];
  let origin = '';
  const server = http.createServer((req, res) => {
    agents.push(req.headers['user-agent'] ?? '');
    if (req.url === '/silent') return; // never answers
    res.writeHead(200, { 'content-type': 'text/html' }).end(fs.readFileSync(path.join(PAGES, 'poll-reworded.html')));
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('sends an honest user agent and gives up on a silent server within --timeout', async () => {
    const ok = await runAsync([`${origin}/story`]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^City Council Delays Vote/u);
    expect(agents[0]).toMatch(/^clearleaf\/\d+\.\d+\.\d+ \(\+https:/u);
    const silent = await runAsync(['--timeout', '1', `${origin}/silent`]);
    expect(silent.code).toBe(1);
    expect(silent.stderr.trim()).toBe(`clearleaf: ${origin}/silent: no answer from ${origin}/silent within 1 s`);
  }, SPAWNS);
});
