/**
 * clearleaf — the command line (`clearleaf --help` says everything it takes). One input runs in this
 * thread; several run on a pool of worker threads, each result written as it finishes. A bad input
 * is one line on standard error and never stops the others.
 */
import { createRequire } from 'node:module';
import { runJob, type JobOptions, type Outcome } from './cli/clean-page.js';
import { expandInputs, type Job } from './cli/inputs.js';
import { EXIT, HELP, UsageError, parseOptions, type CliOptions } from './cli/options.js';
import { openSink } from './cli/outputs.js';
import { runPool } from './cli/pool.js';
import { startProgress } from './cli/progress.js';
import { failureLine } from './cli/render.js';

const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function checkUsage(options: CliOptions, jobs: Job[]): void {
  if (jobs.length === 0) throw new UsageError('nothing to read: give a file, a folder, a URL or - (see clearleaf --help)');
  const many = jobs.length > 1;
  if (many && options.url) throw new UsageError('--url names one page: give it with a single input');
  if (many && !options.output && options.format !== 'jsonl') {
    throw new UsageError(`${jobs.length} inputs: use --format jsonl for one stream, or -o DIR for one file each`);
  }
}

async function run(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options.help) return void process.stdout.write(HELP), EXIT.ok;
  if (options.version) return void process.stdout.write(`${VERSION}\n`), EXIT.ok;
  const jobs = await expandInputs(options.inputs, readStdin).catch((error: unknown) => {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  });
  checkUsage(options, jobs);

  const jobOptions: JobOptions = {
    format: options.format,
    url: options.url,
    timeoutMs: options.timeoutMs,
    userAgent: `clearleaf/${VERSION} (+https://www.npmjs.com/package/clearleaf)`,
  };
  const sink = openSink(options.output, jobs.length > 1, options.format);
  const progress = startProgress(jobs.length, options.progress);
  let failed = 0;
  const onOutcome = async (outcome: Outcome): Promise<void> => {
    const job = jobs[outcome.id] as Job;
    if (outcome.ok) await sink.write(job.source.outName, outcome.output);
    else {
      failed += 1;
      progress.error(`clearleaf: ${job.label}: ${outcome.error}`);
      if (options.format === 'jsonl') await sink.write(job.source.outName, failureLine(job.label, outcome.error));
    }
    progress.tick();
  };
  try {
    if (jobs.length === 1) await onOutcome(await runJob(jobs[0] as Job, jobOptions));
    else {
      const pool = { jobs: options.jobs, pagesPerWorker: options.pagesPerWorker, pageTimeoutMs: options.timeoutMs, maxHeapMb: 1024, maxYoungMb: 16 };
      await runPool(jobs, new URL('./worker.js', import.meta.url), jobOptions, pool, onOutcome);
    }
  } finally {
    progress.stop();
    await sink.close();
  }
  return failed ? EXIT.someFailed : EXIT.ok;
}

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  const usage = error instanceof UsageError;
  process.stderr.write(`clearleaf: ${error instanceof Error ? error.message : String(error)}${usage ? '\n(clearleaf --help lists the options)' : ''}\n`);
  process.exitCode = usage ? EXIT.usage : EXIT.someFailed;
});
