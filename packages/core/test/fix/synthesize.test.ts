import { describe, expect, it } from 'vitest';
import type { TrustlintConfig } from '../../src/config.js';
import { filterToIam, synthesizeTrust } from '../../src/fix/synthesize.js';
import type { ModelDocument } from '../../src/model/document.js';
import { roleUsesOf } from '../../src/workflow/role-uses.js';
import { parseWorkflow, trustPolicy } from '../workflow/harness.js';

const GH = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const K = 'token.actions.githubusercontent.com';
const ACME: TrustlintConfig = { repository: 'acme/app' };

function policy(condition: Record<string, Record<string, string | string[]>> | undefined, extra: unknown[] = []): string {
  const statement = { Effect: 'Allow', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', ...(condition ? { Condition: condition } : {}) };
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement, ...extra] }, null, 2);
}

const WIDE = policy({ StringLike: { [`${K}:sub`]: 'repo:acme/*' } });

function job(id: string, o: { environment?: string; audience?: string; role?: string } = {}): string {
  return `  ${id}:
    runs-on: ubuntu-latest
${o.environment ? `    environment: ${o.environment}\n` : ''}    permissions:
      id-token: write
    steps:
      - uses: aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7
        with:
          aws-region: eu-west-1
          role-to-assume: ${o.role ?? 'arn:aws:iam::123456789012:role/deploy'}
${o.audience ? `          audience: ${o.audience}\n` : ''}`;
}

function synth(on: string, jobs: string, pol = WIDE, config: TrustlintConfig = ACME, subject?: string) {
  const wf = parseWorkflow(`name: deploy\non:\n${on}\njobs:\n${jobs}`, '.github/workflows/deploy.yml');
  const doc = trustPolicy(pol, undefined, 'iam/deploy.json');
  const docs: ModelDocument[] = [wf, doc];
  return synthesizeTrust(doc, roleUsesOf(doc, docs), config, subject);
}

function conditionOf(s: ReturnType<typeof synth>, i = 0): unknown {
  if (!s.ok) throw new Error(s.reason);
  return (s.policy as { Statement: { Condition?: unknown }[] }).Statement[i]?.Condition;
}

describe('synthesizeTrust', () => {
  it('an environment job: exactly its environment subject and the default audience, proven', () => {
    const s = synth('  push:\n    branches: [main]', job('deploy', { environment: 'production' }));
    expect(s.ok && s.proven).toBe(true);
    expect(conditionOf(s)).toEqual({ StringEquals: { [`${K}:aud`]: 'sts.amazonaws.com', [`${K}:sub`]: 'repo:acme/app:environment:production' } });
    if (s.ok) expect(s.proof).toEqual({ extraScope: [], neededScope: [], refused: [], jobsLockedOut: [] });
  });

  it('push branch and tag filters become refs; patterns need StringLike and are the only scope finding left', () => {
    const s = synth("  push:\n    branches: [main, 'release/**']\n    tags: ['v*']", job('deploy'));
    expect(conditionOf(s)).toEqual({
      StringEquals: { [`${K}:aud`]: 'sts.amazonaws.com' },
      StringLike: { [`${K}:sub`]: ['repo:acme/app:ref:refs/heads/main', 'repo:acme/app:ref:refs/heads/release/*', 'repo:acme/app:ref:refs/tags/v*'] },
    });
    if (!s.ok) throw new Error(s.reason);
    expect(s.conditions.needed).toEqual(['oidc-ref-wildcard']);
    expect(s.proven).toBe(true);
    expect(s.proof.extraScope).toEqual([]);
    expect(s.proof.neededScope.map((f) => f.ruleId)).toContain('oidc-ref-wildcard');
  });

  it('pull_request only where a job assuming the role runs on it; workflow_dispatch and schedule use deployBranch', () => {
    const pr = synth('  pull_request:\n  push:\n    branches: [main]', job('deploy'));
    if (!pr.ok) throw new Error(pr.reason);
    expect(pr.conditions.subjects).toEqual(['repo:acme/app:pull_request', 'repo:acme/app:ref:refs/heads/main']);
    expect(pr.conditions.needed).toEqual(['oidc-pull-request']);
    expect(pr.proven).toBe(true);
    const manual = synth("  workflow_dispatch:\n  schedule:\n    - cron: '0 3 * * *'", job('deploy'), WIDE, { ...ACME, deployBranch: 'trunk' });
    if (!manual.ok) throw new Error(manual.reason);
    expect(manual.conditions.subjects).toEqual(['repo:acme/app:ref:refs/heads/trunk']);
    expect(manual.conditions.notes[0]).toContain('trunk');
    expect(manual.proven).toBe(true);
  });

  it('the audience the jobs request; other jobs and other roles do not count', () => {
    const jobs = job('deploy', { environment: 'prod', audience: 'sts.amazonaws.com.cn' }) + job('other', { environment: 'staging', role: 'arn:aws:iam::123456789012:role/other' });
    const s = synth('  push:\n    branches: [main]', jobs);
    expect(conditionOf(s)).toEqual({ StringEquals: { [`${K}:aud`]: 'sts.amazonaws.com.cn', [`${K}:sub`]: 'repo:acme/app:environment:prod' } });
    expect(s.ok && s.proven).toBe(true);
  });

  it('keeps conditions it does not own and drops sub/aud from every operator', () => {
    const pol = policy({
      StringLike: { [`${K}:sub`]: 'repo:acme/app:*', [`${K}:job_workflow_ref`]: 'acme/app/.github/workflows/deploy.yml@*' },
      'ForAnyValue:StringEquals': { [`${K}:aud`]: ['sts.amazonaws.com', 'other'] },
    });
    const s = synth('  push:\n    branches: [main]', job('deploy', { environment: 'prod' }), pol);
    expect(conditionOf(s)).toEqual({
      StringLike: { [`${K}:job_workflow_ref`]: 'acme/app/.github/workflows/deploy.yml@*' },
      StringEquals: { [`${K}:aud`]: 'sts.amazonaws.com', [`${K}:sub`]: 'repo:acme/app:environment:prod' },
    });
    if (!s.ok) throw new Error(s.reason);
    expect(s.proof.jobsLockedOut).toEqual([]);
  });

  it('rewrites every trusting statement (a second team statement without sub), leaves Deny and others alone', () => {
    const second = { Effect: 'Allow', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { [`${K}:aud`]: 'sts.amazonaws.com' } } };
    const deny = { Effect: 'Deny', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { [`${K}:actor`]: 'mallory' } } };
    const s = synth('  push:\n    branches: [main]', job('deploy', { environment: 'prod' }), policy({ StringLike: { [`${K}:sub`]: 'repo:acme/app:*' } }, [second, deny]));
    expect(conditionOf(s, 1)).toEqual(conditionOf(s, 0));
    expect(conditionOf(s, 2)).toEqual(deny.Condition);
    expect(s.ok && s.proven).toBe(true);
  });

  it('is not proven when a kept condition locks the jobs out', () => {
    const pol = policy({ StringLike: { [`${K}:sub`]: 'repo:acme/*' }, StringEquals: { [`${K}:job_workflow_ref`]: 'acme/app/.github/workflows/other.yml@refs/heads/main' } });
    const s = synth('  push:\n    branches: [main]', job('deploy', { environment: 'prod' }), pol);
    if (!s.ok) throw new Error(s.reason);
    expect(s.proven).toBe(false);
    expect(s.proof.jobsLockedOut).toEqual(['.github/workflows/deploy.yml#deploy']);
    expect(s.proof.refused.map((r) => r.sub)).toEqual(['repo:acme/app:environment:prod']);
  });

  it('says why it cannot synthesise', () => {
    const reason = (s: ReturnType<typeof synth>): string => (s.ok ? 'ok' : s.reason);
    expect(reason(synth('  push:', job('deploy'), WIDE, {}))).toMatch(/repository is not known/);
    expect(reason(synth('  workflow_call:', job('deploy')))).toMatch(/reusable workflow/);
    expect(reason(synth('  push:', job('deploy', { environment: '${{ inputs.env }}' })))).toMatch(/environment is an expression/);
    expect(reason(synth('  push:', job('deploy', { audience: '${{ vars.AUD }}' })))).toMatch(/audience is an expression/);
    expect(reason(synth('  push:', job('deploy', { role: 'arn:aws:iam::123456789012:role/other' })))).toMatch(/--subject/);
  });

  it('a stated subject for a role whose jobs are not in the scan', () => {
    const s = synth('  push:', job('x', { role: 'arn:aws:iam::123456789012:role/other' }), WIDE, ACME, 'repo:acme/app:environment:prod');
    expect(conditionOf(s)).toEqual({ StringEquals: { [`${K}:aud`]: 'sts.amazonaws.com', [`${K}:sub`]: 'repo:acme/app:environment:prod' } });
    expect(s.ok && s.proven).toBe(true);
    // A stated subject wider than one repository is synthesised, but the proof refuses it.
    const wide = synth('  push:', job('x', { role: 'arn:aws:iam::123456789012:role/other' }), WIDE, ACME, 'repo:acme/*');
    if (!wide.ok) throw new Error(wide.reason);
    expect(wide.proven).toBe(false);
    expect(wide.proof.extraScope.map((f) => f.ruleId)).toContain('oidc-owner-wide');
  });

  it('keeps the immutable subject form when the policy already names the ids of the repository', () => {
    const pol = policy({ StringLike: { [`${K}:sub`]: 'repo:acme@1234/app@5678:*' }, StringEquals: { [`${K}:aud`]: 'sts.amazonaws.com' } });
    const s = synth('  push:\n    branches: [main]', job('deploy', { environment: 'prod' }), pol);
    if (!s.ok) throw new Error(s.reason);
    expect(s.conditions.subjects).toEqual(['repo:acme@1234/app@5678:environment:prod']);
    expect(s.conditions.notes[0]).toContain('immutable subject form');
    expect(s.proven).toBe(true);
    // Ids of another repository are not borrowed.
    const other = synth('  push:\n    branches: [main]', job('deploy', { environment: 'prod' }), policy({ StringLike: { [`${K}:sub`]: 'repo:acme@1234/other@9:*' } }));
    expect(other.ok && other.conditions.subjects).toEqual(['repo:acme/app:environment:prod']);
  });

  it('maps GitHub filter patterns to IAM patterns that admit every name they match', () => {
    expect(filterToIam('main')).toBe('main');
    expect(filterToIam('release/**')).toBe('release/*');
    expect(filterToIam('feature/*/x')).toBe('feature/*/x');
    expect(filterToIam('v[0-9]+.*')).toBe('v*');
    expect(filterToIam('v?1')).toBe('v*');
  });
});
