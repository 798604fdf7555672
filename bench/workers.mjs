// Worker-thread prototype: is analysing a tree on two threads worth it on a 2-vCPU machine?
// Reads the tree once (as the CLI's discovery does), then analyses it (a) on the main thread and
// (b) split by service folder over N worker threads, each importing the core and analysing its part.
// Splitting by service keeps each workflow with the roles it assumes, so both give the same findings
// here; a real implementation would need the cross-file rules to run after the join.
//   node bench/workers.mjs <treeDir> [--threads N] [--runs N]     → JSON on stdout
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { median } from './measure.mjs';

const CORE = new URL('../packages/core/dist/index.js', import.meta.url).href;
const DISCOVER = new URL('../packages/cli/dist/discover.js', import.meta.url).href;

if (!isMainThread) {
  const started = performance.now();
  const { analyzeFiles } = await import(CORE);
  const ready = performance.now() - started;
  const { inputs } = workerData;
  const t = performance.now();
  const { findings } = await analyzeFiles(inputs);
  parentPort.postMessage({ findings: findings.length, ready, analyzeMs: performance.now() - t });
} else {
  const tree = process.argv[2];
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const threads = arg('--threads', 2);
  const runs = arg('--runs', 3);
  const { discover } = await import(DISCOVER);
  const { analyzeFiles } = await import(CORE);
  const readStarted = performance.now();
  const { files } = await discover(['.'], { cwd: tree });
  const readMs = performance.now() - readStarted;
  const inputs = files.map((f) => ({ file: f.path, text: f.text, explicit: false }));

  /** Partition by service folder (services/svc-N/…), keeping each service on one thread. */
  const parts = Array.from({ length: threads }, () => []);
  for (const input of inputs) {
    const m = /^services\/svc-(\d+)\//.exec(input.file);
    const key = m ? Number(m[1]) : input.file.length;
    parts[key % threads].push(input);
  }
  /** The same parts analysed one after the other on the main thread: the work without the threads. */
  const sequentialParts = async () => {
    const t = performance.now();
    for (const part of parts) await analyzeFiles(part);
    return performance.now() - t;
  };

  const single = async () => {
    const t = performance.now();
    const { findings } = await analyzeFiles(inputs);
    return { ms: performance.now() - t, findings: findings.length };
  };
  const parallel = async () => {
    const t = performance.now();
    const results = await Promise.all(
      parts.map(
        (part) =>
          new Promise((resolve, reject) => {
            const w = new Worker(new URL(import.meta.url), { workerData: { inputs: part } });
            w.once('message', (m) => {
              resolve(m);
              void w.terminate();
            });
            w.once('error', reject);
          }),
      ),
    );
    return {
      ms: performance.now() - t,
      findings: results.reduce((n, r) => n + r.findings, 0),
      readyMs: Math.max(...results.map((r) => r.ready)),
      workerMs: results.map((r) => r.analyzeMs),
    };
  };

  await single();
  const s = [];
  const p = [];
  let findings;
  let readyMs = 0;
  let workerMs = [];
  for (let r = 0; r < runs; r++) {
    const a = await single();
    const b = await parallel();
    if (a.findings !== b.findings) throw new Error(`threads disagree: ${a.findings} vs ${b.findings} findings`);
    findings = a.findings;
    readyMs = Math.max(readyMs, b.readyMs);
    workerMs = b.workerMs;
    s.push(a.ms);
    p.push(b.ms);
  }
  const singleMs = median(s);
  const parallelMs = median(p);
  const partsMs = await sequentialParts();
  process.stdout.write(
    `${JSON.stringify({ files: inputs.length, threads, readMs, singleMs, parallelMs, speedup: singleMs / parallelMs, partsMs, workerMs, workerStartupMs: readyMs, findings })}\n`,
  );
}
