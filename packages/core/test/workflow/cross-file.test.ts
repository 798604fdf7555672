import { describe, expect, it } from 'vitest';
import type { TrustlintConfig } from '../../src/config.js';
import type { ModelDocument } from '../../src/model/document.js';
import { readPolicyFile } from '../../src/sources/policy-file.js';
import { roleNameOf, roleUsesOf } from '../../src/workflow/role-uses.js';
import { at, parseWorkflow, rule, runAll, trustPolicy } from './harness.js';

const GH = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const K = 'token.actions.githubusercontent.com';
const ACME: TrustlintConfig = { repository: 'acme/app' };

interface PolicyOptions {
  sub?: string | string[];
  op?: string;
  aud?: string;
  extra?: Record<string, Record<string, string | string[]>>;
  deny?: Record<string, Record<string, string | string[]>>;
  principal?: unknown;
  /** The whole policy text instead. */
  text?: string;
}

function policy(o: PolicyOptions): string {
  if (o.text !== undefined) return o.text;
  const condition: Record<string, Record<string, string | string[]>> = { StringEquals: { [`${K}:aud`]: o.aud ?? 'sts.amazonaws.com' } };
  if (o.sub !== undefined) {
    const op = o.op ?? 'StringEquals';
    condition[op] = { ...(condition[op] ?? {}), [`${K}:sub`]: o.sub };
  }
  for (const [op, entries] of Object.entries(o.extra ?? {})) condition[op] = { ...(condition[op] ?? {}), ...entries };
  const statements: unknown[] = [{ Effect: 'Allow', Principal: o.principal ?? { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition }];
  if (o.deny) statements.push({ Effect: 'Deny', Principal: { Federated: GH }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: o.deny });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

function workflow(o: { on?: string; environment?: string; role?: string; audience?: string } = {}): string {
  return `name: deploy
on:
${o.on ?? '  push:\n    branches: [main]'}
jobs:
  deploy:
    runs-on: ubuntu-latest
${o.environment ? `    environment: ${o.environment}\n` : ''}    permissions:
      contents: read
      id-token: write
    steps:
      - uses: aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7
        with:
          aws-region: eu-west-1
          role-to-assume: ${o.role ?? 'arn:aws:iam::123456789012:role/deploy'}
${o.audience ? `          audience: ${o.audience}\n` : ''}`;
}

function run(wf: string, pol: PolicyOptions, config: TrustlintConfig = ACME, roleName = 'deploy') {
  const docs: ModelDocument[] = [parseWorkflow(wf, '.github/workflows/deploy.yml'), trustPolicy(policy(pol), roleName)];
  return runAll(docs, [], config, [rule('workflow-role-mismatch'), rule('workflow-audience-mismatch')]);
}

/** `rule severity @key`: the YAML key on the reported line (and the value's column must be right after it). */
function summary(wf: string, pol: PolicyOptions, config: TrustlintConfig = ACME): string[] {
  const lines = wf.split('\n');
  return run(wf, pol, config).map((f) => {
    const start = f.location?.span.start;
    const line = start ? (lines[start.line - 1] ?? '') : '';
    const m = /^\s*([\w-]+):\s*/.exec(line);
    const onValue = m !== null && start?.column === m[0].length;
    return `${f.ruleId} ${f.severity} @${onValue ? (m[1] ?? '') : `?${at(f)}`}`;
  });
}

describe('workflow-role-mismatch', () => {
  it('reports a job in an environment whose role trusts only the branch (docs example)', () => {
    const found = run(workflow({ environment: 'production' }), { sub: `repo:acme/app:ref:refs/heads/main` });
    expect(found.map((f) => `${f.ruleId} ${f.severity} ${at(f)}`)).toEqual(['workflow-role-mismatch error 16:27']);
    expect(summary(workflow({ environment: 'production' }), { sub: `repo:acme/app:ref:refs/heads/main` })).toEqual(['workflow-role-mismatch error @role-to-assume']);
    expect(found[0]?.message).toContain('repo:acme/app:environment:production');
    expect(found[0]?.related?.[0]?.location.file).toBe('infra/role.json');
    expect(run(workflow({ environment: 'production' }), { sub: 'repo:acme/app:environment:production' })).toEqual([]);
  });

  it('is info when the repository is unknown, or a sub pattern is customised', () => {
    expect(summary(workflow({ environment: 'production' }), { sub: 'repo:acme/app:ref:refs/heads/main' }, {})).toEqual(['workflow-role-mismatch info @role-to-assume']);
    const custom = { sub: ['repo:acme/app:ref:refs/heads/main', 'repository_owner_id:123:environment:staging'] };
    expect(summary(workflow({ environment: 'production' }), custom)).toEqual(['workflow-role-mismatch info @role-to-assume']);
  });

  it('matches branch filters against the policy in both directions', () => {
    const release = workflow({ on: "  push:\n    branches: ['release/**']" });
    expect(summary(release, { sub: 'repo:acme/app:ref:refs/heads/release/*', op: 'StringLike' })).toEqual([]);
    expect(summary(release, { sub: 'repo:acme/app:ref:refs/heads/rel*', op: 'StringLike' })).toEqual([]);
    expect(summary(release, { sub: 'repo:acme/app:ref:refs/heads/main' })).toEqual(['workflow-role-mismatch error @role-to-assume']);
    const ignoreMain = workflow({ on: '  push:\n    branches-ignore: [main]' });
    expect(summary(ignoreMain, { sub: 'repo:acme/app:ref:refs/heads/main' })).toEqual(['workflow-role-mismatch error @role-to-assume']);
    expect(summary(workflow({ on: '  push:' }), { sub: 'repo:acme/app:ref:refs/heads/main' })).toEqual([]);
    expect(summary(workflow({ on: "  push:\n    tags: ['v*']" }), { sub: 'repo:acme/app:ref:refs/tags/v*', op: 'StringLike' })).toEqual([]);
    expect(summary(workflow({ on: "  push:\n    tags: ['v*']" }), { sub: 'repo:acme/app:ref:refs/heads/main' })).toEqual(['workflow-role-mismatch error @role-to-assume']);
  });

  it('pull_request presents pull_request; pull_request_target may present the default branch too (trap 27)', () => {
    expect(summary(workflow({ on: '  pull_request:' }), { sub: 'repo:acme/app:ref:refs/heads/main' })).toEqual(['workflow-role-mismatch error @role-to-assume']);
    expect(summary(workflow({ on: '  pull_request:' }), { sub: 'repo:acme/app:pull_request' })).toEqual([]);
    expect(summary(workflow({ on: '  pull_request_target:' }), { sub: 'repo:acme/app:ref:refs/heads/main' })).toEqual([]);
    expect(summary(workflow({ on: '  pull_request_target:' }), { sub: 'repo:acme/app:pull_request' })).toEqual([]);
    expect(summary(workflow({ on: '  schedule:\n    - cron: "0 0 * * *"' }), { sub: 'repo:acme/app:pull_request' })).toEqual(['workflow-role-mismatch error @role-to-assume']);
  });

  it('accepts the immutable format and the policy spelling of the repository', () => {
    expect(summary(workflow(), { sub: 'repo:acme@123/app@456:ref:refs/heads/main' })).toEqual([]);
    expect(summary(workflow(), { sub: 'repo:Acme/App:ref:refs/heads/main' })).toEqual([]);
    expect(summary(workflow(), { sub: 'repo:other/app:ref:refs/heads/main' })).toEqual(['workflow-role-mismatch error @role-to-assume']);
  });

  it('takes claims the workflow cannot know from the policy, and honours Deny statements', () => {
    const ids = { sub: 'repo:acme/app:ref:refs/heads/main', extra: { StringEquals: { [`${K}:repository_id`]: '456' } } };
    expect(summary(workflow(), ids)).toEqual([]);
    const deny = { sub: 'repo:acme/app:*', op: 'StringLike', deny: { StringLike: { [`${K}:sub`]: '*:pull_request' } } };
    expect(summary(workflow({ on: '  pull_request:' }), deny)).toEqual(['workflow-role-mismatch error @role-to-assume']);
    expect(summary(workflow(), deny)).toEqual([]);
  });

  it('reports a role whose trust policy trusts no GitHub provider', () => {
    const ec2 = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
    const found = run(workflow(), { text: ec2 });
    expect(found.map((f) => f.ruleId)).toEqual(['workflow-role-mismatch']);
    expect(found[0]?.message).toMatch(/trusts no GitHub OIDC provider/);
  });

  it('a reusable workflow can be called from any repository and ref: info at most', () => {
    const wf = workflow({ on: '  workflow_call:', environment: 'staging' });
    expect(summary(wf, { sub: 'repo:acme/app:environment:production' })).toEqual(['workflow-role-mismatch info @role-to-assume']);
    expect(summary(workflow({ on: '  workflow_call:' }), { sub: 'repo:acme/app:ref:refs/heads/main' })).toEqual([]);
  });

  it('environment expressions and unresolved values never give a false error', () => {
    expect(summary(workflow({ environment: '${{ inputs.env }}' }), { sub: 'repo:acme/app:environment:prod' })).toEqual([]);
    // A template placeholder that decides the outcome: unknown, so no finding.
    const template = readPolicyFile('infra/role.json.tpl', policy({ sub: 'repo:${org}/app:ref:refs/heads/main' }), true).documents[0];
    if (!template) throw new Error('no template');
    const docs: ModelDocument[] = [parseWorkflow(workflow()), { ...template, roleName: 'deploy' }];
    expect(runAll(docs, [], ACME, [rule('workflow-role-mismatch')])).toEqual([]);
  });
});

describe('matching roles', () => {
  it('reads the role name from ARNs (with secrets or vars parts) and bare names', () => {
    const v = (text: string) => parseWorkflow(workflow({ role: text })).jobs[0]?.steps[0]?.with.find((w) => w.name === 'role-to-assume')?.value;
    const name = (text: string) => {
      const value = v(text);
      return value ? roleNameOf(value) : undefined;
    };
    expect(name('arn:aws:iam::123456789012:role/deploy')).toEqual({ name: 'deploy', account: '123456789012' });
    expect(name('arn:aws:iam::123456789012:role/ci/deploy')).toEqual({ name: 'deploy', account: '123456789012' });
    expect(name('arn:aws:iam::${{ secrets.AWS_ACCOUNT_ID }}:role/deploy')).toEqual({ name: 'deploy' });
    expect(name('arn:${{ vars.PARTITION }}:iam::${{ vars.ACCOUNT }}:role/deploy')).toEqual({ name: 'deploy' });
    expect(name('deploy')).toEqual({ name: 'deploy' });
    expect(name('${{ secrets.ROLE_ARN }}')).toEqual({});
    expect(name('arn:aws:iam::123456789012:role/${{ vars.ROLE }}')).toEqual({});
  });

  it('matches by role name (and account when both spell it); other roles are not checked', () => {
    const bad = { sub: 'repo:acme/app:environment:other' };
    expect(summary(workflow({ role: 'deploy' }), bad)).toHaveLength(1);
    expect(summary(workflow({ role: 'arn:aws:iam::${{ secrets.ACCOUNT }}:role/deploy' }), bad)).toHaveLength(1);
    expect(summary(workflow({ role: 'arn:aws:iam::123456789012:role/other' }), bad)).toEqual([]);
    const docs: ModelDocument[] = [
      parseWorkflow(workflow({ role: 'arn:aws:iam::111111111111:role/deploy' })),
      { ...trustPolicy(policy(bad), undefined), resource: 'arn:aws:iam::222222222222:role/deploy' },
    ];
    expect(runAll(docs, [], ACME, [rule('workflow-role-mismatch')])).toEqual([]);
    const byResource: ModelDocument[] = [parseWorkflow(workflow()), { ...trustPolicy(policy(bad), undefined), resource: 'aws_iam_role.deploy' }];
    expect(runAll(byResource, [], ACME, [rule('workflow-role-mismatch')])).toHaveLength(1);
  });

  it('pairs a raw JSON policy file with the role named by its file name (deploy.json ↔ deploy)', () => {
    const bad = { sub: 'repo:acme/app:environment:other' };
    const good = { sub: 'repo:acme/app:ref:refs/heads/main' };
    const mismatch = (file: string, pol: PolicyOptions, role?: string): number =>
      runAll([parseWorkflow(workflow(role ? { role } : {})), trustPolicy(policy(pol), undefined, file)], [], ACME, [rule('workflow-role-mismatch')]).length;
    expect(mismatch('infra/deploy.json', bad)).toBe(1);
    expect(mismatch('infra\\deploy.json', bad)).toBe(1);
    expect(mismatch('infra/deploy.json', good)).toBe(0);
    // Another file name is another role; the account in the ARN does not matter for a bare file.
    expect(mismatch('infra/role.json', bad)).toBe(0);
    expect(mismatch('infra/deploy.json', bad, 'arn:aws:iam::999999999999:role/deploy')).toBe(1);
    // Templates and names IAM would not accept do not pair.
    const template = readPolicyFile('infra/deploy.json', policy(bad), true).documents[0];
    if (!template) throw new Error('not a policy');
    expect(runAll([parseWorkflow(workflow()), template], [], ACME, [rule('workflow-role-mismatch')])).toEqual([]);
    expect(mismatch('infra/de ploy.json', bad, 'de ploy')).toBe(0);
    const pol = trustPolicy(policy(good), undefined, 'iam/deploy.json');
    expect(roleUsesOf(pol, [parseWorkflow(workflow()), pol]).map((u) => u.job.id)).toEqual(['deploy']);
  });

  it('lists the jobs that use a role (for explain)', () => {
    const pol = trustPolicy(policy({ sub: 'repo:acme/app:ref:refs/heads/main' }), 'deploy');
    const wf = parseWorkflow(workflow());
    expect(roleUsesOf(pol, [wf, pol]).map((u) => [u.workflow.file, u.job.id, u.roleName])).toEqual([['.github/workflows/ci.yml', 'deploy', 'deploy']]);
  });
});

describe('workflow-audience-mismatch', () => {
  it('reports the audience input the role does not accept (docs example)', () => {
    const found = run(workflow({ audience: 'https://github.com/acme' }), { sub: 'repo:acme/app:ref:refs/heads/main' });
    expect(found.map((f) => `${f.ruleId} ${f.severity} ${at(f)}`)).toEqual(['workflow-audience-mismatch error 16:21']);
    expect(found[0]?.message).toContain('"https://github.com/acme"');
    expect(summary(workflow(), { sub: 'repo:acme/app:ref:refs/heads/main' })).toEqual([]);
  });

  it('reports the default audience at role-to-assume when the role wants another one', () => {
    expect(summary(workflow(), { sub: 'repo:acme/app:ref:refs/heads/main', aud: 'sts.amazonaws.com.cn' })).toEqual(['workflow-audience-mismatch error @role-to-assume']);
    expect(summary(workflow({ audience: 'sts.amazonaws.com.cn' }), { sub: 'repo:acme/app:ref:refs/heads/main', aud: 'sts.amazonaws.com.cn' })).toEqual([]);
  });

  it('an audience expression is not judged, and a wrong subject is a role mismatch', () => {
    expect(summary(workflow({ audience: '${{ vars.AUDIENCE }}' }), { sub: 'repo:acme/app:ref:refs/heads/main' })).toEqual([]);
    expect(summary(workflow({ audience: 'other', environment: 'prod' }), { sub: 'repo:acme/app:ref:refs/heads/main' })).toEqual([
      'workflow-role-mismatch error @role-to-assume',
    ]);
  });
});
