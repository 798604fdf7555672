/**
 * The built launcher in a child process with a hermetic AWS environment, for the tests that run the
 * online commands against the loopback fake AWS (packages/core/test/aws/fake-aws.ts).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTree } from './helpers.js';

const BIN = fileURLToPath(new URL('../bin/trustlint.js', import.meta.url));

export interface BinRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Static fake credentials and a region, as the environment of a CI job would give them. */
export const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1' };

/** Asynchronous on purpose: the fake server answers from this process's event loop. */
export function runBin(args: string[], cwd: string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<BinRun> {
  // No shared config files, no instance metadata.
  const home = makeTree({});
  const child = spawn(process.execPath, [...nodeArgs, BIN, ...args], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: home,
      AWS_CONFIG_FILE: join(home, 'none-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(home, 'none-credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}
