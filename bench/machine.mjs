// The machine a result was measured on: printed with every result (issue 7).
import { availableParallelism, cpus, totalmem } from 'node:os';

export function machine() {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  return {
    cpu,
    nproc: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

export function machineLine(m = machine()) {
  return `${m.cpu}, nproc ${m.nproc}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`;
}
