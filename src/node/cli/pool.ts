/**
 * A pool of worker threads for batches (issue 14.4). Hand-written because no maintained pool we
 * looked at (piscina, tinypool) replaces a worker after N tasks, which is what keeps jsdom's memory
 * bounded; it is small: one job per worker at a time, results handed back as they finish.
 * A worker that crashes, runs out of memory or takes longer than the time limit is replaced, and
 * its job becomes an error outcome: one bad page never stops the run.
 */
import { Worker } from 'node:worker_threads';
import type { JobOptions, Outcome } from './clean-page.js';
import type { Job } from './inputs.js';

export interface PoolOptions {
  jobs: number;
  /** A worker is replaced after this many pages, freeing whatever jsdom kept. */
  pagesPerWorker: number;
  /** Per page, including its fetch. */
  pageTimeoutMs: number;
  /** Heap limit of each worker: a pathological page fails alone instead of exhausting the machine. */
  maxHeapMb: number;
  /**
   * Young generation of each worker. jsdom makes short-lived objects by the million; with the
   * worker's default the scavenger ran so often that a 16 MB young generation cut the CPU time of
   * the 181 benchmark pages by a quarter (--jobs 1: 76 -> 58 s, --jobs 2: 78 -> 61 s, same output).
   */
  maxYoungMb: number;
}

export function runPool(jobs: Job[], workerUrl: URL, jobOptions: JobOptions, pool: PoolOptions, onOutcome: (o: Outcome) => Promise<void>): Promise<void> {
  const queue = [...jobs];
  const slots = Math.max(1, Math.min(pool.jobs, jobs.length));
  return Promise.all(Array.from({ length: slots }, () => drain(queue, workerUrl, jobOptions, pool, onOutcome))).then(() => undefined);
}

/**
 * One slot: takes jobs from the shared queue until it is empty, on a worker it renews as needed. A
 * result is written while the worker already cleans the next page (the worker never waits on
 * standard output); at most one write per slot is pending, so a slow reader holds memory to two pages.
 */
async function drain(queue: Job[], workerUrl: URL, jobOptions: JobOptions, pool: PoolOptions, onOutcome: (o: Outcome) => Promise<void>): Promise<void> {
  let worker: Worker | null = null;
  let done = 0;
  let writing: Promise<void> = Promise.resolve();
  for (let job = queue.shift(); job; job = queue.shift()) {
    worker ??= new Worker(workerUrl, { workerData: jobOptions, resourceLimits: { maxOldGenerationSizeMb: pool.maxHeapMb, maxYoungGenerationSizeMb: pool.maxYoungMb } });
    const outcome = await runOn(worker, job, pool.pageTimeoutMs);
    done += 1;
    if (outcome.broken || done >= pool.pagesPerWorker) {
      void worker.terminate();
      worker = null;
      done = 0;
    }
    await writing;
    writing = onOutcome(outcome.outcome);
    // A failed write is still thrown by the next await of it; this only keeps it from counting as unhandled meanwhile.
    writing.catch(() => undefined);
  }
  await writing;
  if (worker) await worker.terminate();
}

function runOn(worker: Worker, job: Job, timeoutMs: number): Promise<{ outcome: Outcome; broken: boolean }> {
  return new Promise((resolve) => {
    const finish = (outcome: Outcome, broken: boolean): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve({ outcome, broken });
    };
    const onMessage = (outcome: Outcome): void => finish(outcome, false);
    const onError = (error: Error): void => finish({ id: job.id, ok: false, error: `failed: ${error.message}` }, true);
    const onExit = (code: number): void => finish({ id: job.id, ok: false, error: `failed: the worker stopped (exit code ${code})` }, true);
    const timer = setTimeout(() => finish({ id: job.id, ok: false, error: `gave up after ${timeoutMs / 1000} s` }, true), timeoutMs);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(job);
  });
}
