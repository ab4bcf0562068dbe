/** The command line's options, its help text and the checks that turn bad usage into exit code 2. */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { FORMATS, type Format } from './render.js';

export const EXIT = {
  /** Every input was cleaned. */
  ok: 0,
  /** At least one input could not be read or had no article; every other input was still done. */
  someFailed: 1,
  /** The command itself was wrong (unknown option or format, nothing to read): nothing was done. */
  usage: 2,
} as const;

export class UsageError extends Error {}

export const HELP = `Usage: clearleaf [options] INPUT...

Cleans news pages: the article without the clutter, with the sources it cites.
INPUT is an HTML file, a folder (every .html, .htm and .xhtml file under it),
an http(s) URL, or - for standard input. Several inputs run on a pool of
worker threads and their results are written as each one finishes.

Options:
  -f, --format FORMAT    text (default), markdown, json, html or jsonl
                         (jsonl: one JSON object per input and line, also for
                         failures: {"input", "ok": false, "error"})
  -o, --output PATH      write to PATH instead of standard output: a file, or
                         a folder (one file per input) when PATH is a folder,
                         ends with /, or several inputs are not written as jsonl
      --url URL          the page's address, for links in a file or stdin
                         (one input only)
  -j, --jobs N           worker threads for several inputs (default: ${os.availableParallelism()},
                         the number of cores)
      --pages-per-worker N  replace each worker after N pages (default 100),
                         which keeps memory bounded on long runs
      --timeout SECONDS  give up on a URL or a page after this long (default 30)
      --no-progress      no progress bar (it is shown only on a terminal)
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 every input cleaned; 1 some input failed (one line each on
standard error; the others are still done); 2 wrong usage, nothing done.

URLs are fetched with the user agent "clearleaf/VERSION (+https://www.npmjs.com/package/clearleaf)".

Examples:
  clearleaf article.html
  curl -s https://example.org/story | clearleaf --url https://example.org/story -
  clearleaf -j 4 --format jsonl pages/ > articles.jsonl
  clearleaf --format markdown -o out/ pages/ https://example.org/story
`;

export interface CliOptions {
  inputs: string[];
  format: Format;
  output: string | undefined;
  url: string | undefined;
  jobs: number;
  pagesPerWorker: number;
  timeoutMs: number;
  progress: boolean;
  help: boolean;
  version: boolean;
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} needs a whole number of at least 1, not "${value}"`);
  return n;
}

export function parseOptions(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        output: { type: 'string', short: 'o' },
        url: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'pages-per-worker': { type: 'string' },
        timeout: { type: 'string' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  const format = v.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}": use ${FORMATS.join(', ')}`);
  if (v.url !== undefined && !URL.canParse(v.url)) throw new UsageError(`--url is not an absolute address: ${v.url}`);
  return {
    inputs: parsed.positionals,
    format,
    output: v.output,
    url: v.url,
    jobs: positiveInt(v.jobs, '--jobs', os.availableParallelism()),
    pagesPerWorker: positiveInt(v['pages-per-worker'], '--pages-per-worker', 100),
    timeoutMs: positiveInt(v.timeout, '--timeout', 30) * 1000,
    progress: !v['no-progress'],
    help: v.help ?? false,
    version: v.version ?? false,
  };
}
