#!/usr/bin/env node
// Reproduces a subvectors-style suite (subject, condition, expect match/no-match) with
// `trustlint simulate`: each vector becomes a trust policy file, each token a simulate call.
// Usage: node scripts/run-vectors.mjs VECTORS.json [--verbose]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [vectorsFile, ...flags] = process.argv.slice(2);
if (!vectorsFile) {
  console.error('usage: node scripts/run-vectors.mjs VECTORS.json [--verbose]');
  process.exit(2);
}
const verbose = flags.includes('--verbose');
const cli = new URL('../packages/cli/bin/trustlint.js', import.meta.url).pathname;
const suite = JSON.parse(readFileSync(vectorsFile, 'utf8'));
const vectors = Array.isArray(suite) ? suite : suite.vectors;
const PREFIX = 'token.actions.githubusercontent.com';
const OPERATOR = { 'aws-stringequals': 'StringEquals', 'aws-stringlike': 'StringLike' };

/** Turns a vector condition (one consumer or `aws-all` of several) into an IAM Condition block. */
function conditionBlock(condition) {
  const parts = condition.consumer === 'aws-all' ? condition.of : [condition];
  const block = {};
  for (const part of parts) {
    const op = OPERATOR[part.consumer];
    if (!op) throw new Error(`unsupported consumer ${part.consumer}`);
    block[op] ??= {};
    block[op][`${PREFIX}:${part.claim}`] = part.pattern;
  }
  return block;
}

const dir = mkdtempSync(join(tmpdir(), 'trustlint-vectors-'));
let passed = 0;
const failures = [];
try {
  for (const v of vectors) {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${PREFIX}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: conditionBlock(v.condition),
        },
      ],
    };
    const file = join(dir, `${v.id}.json`);
    writeFileSync(file, JSON.stringify(policy, null, 2));
    const claims = v.claims ?? { sub: v.subject };
    const args = [cli, 'simulate', file, '--sub', claims.sub ?? v.subject, '--format', 'json'];
    if (claims.aud !== undefined) args.push('--aud', claims.aud);
    for (const [name, value] of Object.entries(claims)) {
      if (name !== 'sub' && name !== 'aud') args.push('--claim', `${name}=${value}`);
    }
    let out;
    let code = 0;
    try {
      out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      out = err.stdout;
      code = err.status;
    }
    const decision = JSON.parse(out).decision;
    const got = decision === 'allow' ? 'match' : decision === 'deny' ? 'no-match' : 'unknown';
    const ok = got === v.expect && ((got === 'match' && code === 0) || (got === 'no-match' && code === 1));
    if (ok) passed++;
    else failures.push({ id: v.id, expect: v.expect, got, code });
    if (verbose || !ok) console.log(`${ok ? 'ok  ' : 'FAIL'} ${v.id}: expect ${v.expect}, simulate says ${decision} (exit ${code})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`vectors: ${passed} passed, ${failures.length} failed (of ${vectors.length})`);
process.exit(failures.length ? 1 : 0);
