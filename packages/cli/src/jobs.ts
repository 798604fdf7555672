import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { runPolicyRules, type Finding, type PolicyJob, type PolicyRunner, type TrustlintConfig } from '@trustlint/core';

/**
 * `check --jobs N` (issue 19): the trust-policy rules — the scope analysis and its witness search,
 * most of a run's time after parsing — run on N threads: the main thread and N − 1 workers. Sources
 * are read, and the workflow and cross-file rules run, on the main thread as before, so every rule
 * still sees every document; each policy's findings come back in document order (core runRules), so
 * the report is the one of `--jobs 1`, finding for finding.
 *
 * Threads pay off only on a large tree: a worker loads the core (a few hundred milliseconds) and every
 * document is copied to it. Below MIN_POLICIES trust policies, or with N = 1, the run stays on one
 * thread. The default N is the number of cores Node reports (os.availableParallelism()).
 */
export const MIN_POLICIES = 500;

/** How long the main thread waits for the workers before it does their share itself. */
const WAIT_LIMIT_MS = 10 * 60_000;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export interface WorkerPool {
  runner: PolicyRunner;
  /** Policies whose findings a worker made (the rest: the main thread). */
  readonly answered: number;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  port: MessagePort;
}

/**
 * Starts `jobs − 1` workers (they load the core while the main thread reads the sources), or returns
 * undefined when there is nothing to share (one job) or no worker file (a single-file bundle).
 */
export function startWorkers(
  jobs: number,
  { minPolicies = MIN_POLICIES, workerFile = new URL('./policy-worker.js', import.meta.url) }: { minPolicies?: number; workerFile?: URL } = {},
): WorkerPool | undefined {
  if (jobs <= 1) return undefined;
  const file = workerFile;
  if (file.protocol !== 'file:' || !existsSync(fileURLToPath(file))) return undefined;
  const slots: Slot[] = [];
  for (let i = 0; i < jobs - 1; i++) {
    const worker = new Worker(file);
    const { port1, port2 } = new MessageChannel();
    worker.postMessage({ port: port2 }, [port2]);
    // A worker that fails is noticed by the wait below; its error must not end the process.
    worker.on('error', () => undefined);
    worker.unref();
    slots.push({ worker, port: port1 });
  }
  const local = (jobs: readonly PolicyJob[], config: TrustlintConfig): Finding[][] => jobs.map((j) => runPolicyRules(j.document, config, j.providers));
  let answered = 0;
  const runner: PolicyRunner = (all, config) => {
    if (all.length < minPolicies) return local(all, config);
    // Contiguous shares, one per thread; the main thread keeps the last one.
    const share = Math.ceil(all.length / (slots.length + 1));
    const parts = Array.from({ length: slots.length + 1 }, (_, i) => all.slice(i * share, (i + 1) * share));
    const signal = new SharedArrayBuffer(4);
    const counter = new Int32Array(signal);
    const sent: boolean[] = slots.map((slot, i) => {
      try {
        slot.port.postMessage({ jobs: parts[i], config, signal });
        return true;
      } catch {
        return false;
      }
    });
    const mine = local(parts[slots.length] ?? [], config);
    const expected = sent.filter(Boolean).length;
    const deadline = performance.now() + WAIT_LIMIT_MS;
    for (let seen = Atomics.load(counter, 0); seen < expected; seen = Atomics.load(counter, 0)) {
      const left = deadline - performance.now();
      if (left <= 0) break;
      Atomics.wait(counter, 0, seen, Math.min(left, 1000));
    }
    const shares: Finding[][][] = slots.map((slot, i) => {
      const part = parts[i] ?? [];
      const answer = sent[i] ? (receiveMessageOnPort(slot.port)?.message as { results?: Finding[][] } | undefined) : undefined;
      // A share that did not come back (a worker that failed, a copy refused) is done here.
      if (answer?.results?.length !== part.length) return local(part, config);
      answered += part.length;
      return answer.results;
    });
    shares.push(mine);
    return shares.flat(1);
  };
  return {
    runner,
    get answered() {
      return answered;
    },
    async close() {
      await Promise.all(slots.map(async (s) => {
        s.port.close();
        await s.worker.terminate();
      }));
    },
  };
}
