import { parentPort } from 'node:worker_threads';
import { type LintJob, lintJob } from './lint-file.js';

parentPort?.on('message', async (job: LintJob) => {
  parentPort?.postMessage(await lintJob(job));
});
