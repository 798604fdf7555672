// A `--jobs` worker thread (jobs.ts): runs the trust-policy rules on the documents it is sent and
// answers on its port, then counts itself done in the shared signal so that the main thread, which
// waits synchronously (the analysis is synchronous), wakes up.
import { parentPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { runPolicyRules, type PolicyJob, type TrustlintConfig } from '@trustlint/core';

interface Task {
  jobs: PolicyJob[];
  config: TrustlintConfig;
  signal: SharedArrayBuffer;
}

parentPort?.once('message', (message: { port: MessagePort }) => {
  const { port } = message;
  port.on('message', (task: Task) => {
    let answer;
    try {
      answer = { results: task.jobs.map((job) => runPolicyRules(job.document, task.config, job.providers)) };
    } catch (error) {
      answer = { error: error instanceof Error ? error.message : String(error) };
    }
    try {
      port.postMessage(answer);
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
    const signal = new Int32Array(task.signal);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
});
