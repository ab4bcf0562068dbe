/** A worker thread of the batch pool: cleans the jobs it is sent, one at a time, and answers each. */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type JobOptions } from './clean-page.js';
import type { Job } from './inputs.js';

const options = workerData as JobOptions;
parentPort?.on('message', (job: Job) => {
  void runJob(job, options).then((outcome) => parentPort?.postMessage(outcome));
});
