// Loaded with `node --import` into a benchmarked CLI run: on exit, writes the process's peak resident
// set size (KiB, from getrusage) to the file named by TRUSTLINT_BENCH_RSS.
import { writeFileSync } from 'node:fs';

const out = process.env.TRUSTLINT_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
