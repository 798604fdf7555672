import { DEFAULT_LIMITS } from '../../src/budget.js';
import { describe, expect, it } from 'vitest';
import type { ModelDocument } from '../../src/model/document.js';
import type { WorkflowDocument, WorkflowJob } from '../../src/model/workflow.js';
import { expressionRefs } from '../../src/sources/workflow/expressions.js';
import { linkLocalActions, readCompositeAction, readWorkflow } from '../../src/sources/workflow/index.js';
import { parseAction, parseWorkflow } from './harness.js';

const job = (doc: WorkflowDocument, id: string): WorkflowJob => {
  const j = doc.jobs.find((x) => x.id === id);
  if (!j) throw new Error(`no job ${id}`);
  return j;
};

const pos = (l: { span: { start: { line: number; column: number } } } | undefined): string =>
  l ? `${l.span.start.line}:${l.span.start.column}` : 'none';

describe('triggers', () => {
  it('reads the string, list and map forms', () => {
    expect(parseWorkflow('on: push\njobs: {a: {runs-on: x}}\n').triggers.map((t) => t.event)).toEqual(['push']);
    expect(parseWorkflow('on: [push, pull_request]\njobs: {a: {runs-on: x}}\n').triggers.map((t) => t.event)).toEqual(['push', 'pull_request']);
    const doc = parseWorkflow(`on:
  push:
    branches: [main, 'release/**']
    tags: ['v*']
  pull_request:
    branches-ignore: [wip]
    types: [opened, synchronize]
  workflow_dispatch:
  schedule:
    - cron: '0 0 * * *'
jobs:
  a: {runs-on: ubuntu-latest}
`);
    expect(doc.triggers.map((t) => t.event)).toEqual(['push', 'pull_request', 'workflow_dispatch', 'schedule']);
    const push = doc.triggers[0];
    expect(push?.branches?.patterns.map((p) => p.text)).toEqual(['main', 'release/**']);
    expect(push?.tags?.patterns.map((p) => p.text)).toEqual(['v*']);
    expect(pos(push?.branches?.patterns[1]?.location)).toBe('3:21');
    expect(doc.triggers[1]?.branchesIgnore?.patterns.map((p) => p.text)).toEqual(['wip']);
    expect(doc.triggers[1]?.types).toEqual(['opened', 'synchronize']);
    expect(pos(doc.triggers[2]?.location)).toBe('8:2');
  });

  it('reads workflow_call inputs and secrets, and keeps `on` a string key (YAML 1.1 would make it true)', () => {
    const doc = parseWorkflow(`on:
  workflow_call:
    inputs:
      environment: {type: string, required: true}
    secrets:
      DEPLOY_KEY:
        required: false
jobs:
  a: {runs-on: ubuntu-latest}
`);
    const call = doc.triggers[0];
    expect(call?.event).toBe('workflow_call');
    expect(call?.inputs.map((i) => [i.name, i.type?.text, i.required?.text])).toEqual([['environment', 'string', 'true']]);
    expect(call?.secrets.map((s) => [s.name, s.required?.text])).toEqual([['DEPLOY_KEY', 'false']]);
  });
});

describe('permissions and the effective id-token (spec/domain.md §1.7)', () => {
  const wf = (workflowPerms: string, jobPerms: string, on = 'push'): WorkflowJob =>
    job(parseWorkflow(`on: ${on}\n${workflowPerms}jobs:\n  a:\n    runs-on: ubuntu-latest\n${jobPerms}    steps: []\n`), 'a');

  it('defaults to none without any block', () => {
    expect(wf('', '').idToken).toMatchObject({ level: 'none', source: 'default', callerDecides: false });
  });
  it('inherits the workflow-level block', () => {
    const j = wf('permissions:\n  id-token: write\n  contents: read\n', '');
    expect(j.idToken).toMatchObject({ level: 'write', source: 'workflow' });
    expect(pos(j.idToken.location)).toBe('3:2');
  });
  it('a job-level block replaces the workflow level entirely', () => {
    const j = wf('permissions:\n  id-token: write\n', '    permissions:\n      contents: read\n');
    expect(j.idToken).toMatchObject({ level: 'none', source: 'job' });
  });
  it('naming any scope sets the others to none', () => {
    expect(wf('permissions:\n  contents: write\n  packages: write\n', '').idToken.level).toBe('none');
    expect(wf('permissions:\n  id-token: read\n', '').idToken.level).toBe('read');
    expect(wf('', '    permissions:\n      id-token: none\n').idToken.level).toBe('none');
  });
  it('write-all grants id-token: write, read-all only read, {} nothing', () => {
    const w = wf('permissions: write-all\n', '');
    expect(w.idToken).toMatchObject({ level: 'write', source: 'workflow' });
    expect(pos(w.idToken.location)).toBe('2:13');
    expect(wf('permissions: read-all\n', '').idToken.level).toBe('read');
    expect(wf('permissions: write-all\n', '    permissions: {}\n').idToken).toMatchObject({ level: 'none', source: 'job' });
    expect(wf('', '    permissions: write-all\n').idToken).toMatchObject({ level: 'write', source: 'job' });
  });
  it('records the block as written', () => {
    const doc = parseWorkflow('on: push\npermissions:\n  ID-Token: WRITE\njobs:\n  a: {runs-on: x}\n');
    expect(doc.permissions).toMatchObject({ kind: 'map', scopes: [{ name: 'id-token', level: 'write' }] });
    expect(parseWorkflow('on: push\npermissions: none-of-these\njobs:\n  a: {runs-on: x}\n').permissions?.kind).toBe('invalid');
  });
  it('lets the caller decide in a reusable workflow without a block', () => {
    expect(wf('', '', 'workflow_call').idToken).toMatchObject({ level: 'none', source: 'default', callerDecides: true });
  });
  it('notes that fork pull requests get write downgraded to read', () => {
    expect(wf('permissions:\n  id-token: write\n', '', 'pull_request').idToken.forkPullRequestsDowngraded).toBe(true);
    expect(wf('permissions:\n  id-token: write\n', '', 'pull_request_target').idToken.forkPullRequestsDowngraded).toBe(false);
  });
});

describe('jobs and steps', () => {
  const doc = parseWorkflow(`name: deploy
on: push
env:
  REGION: eu-west-1
jobs:
  build:
    runs-on: [self-hosted, linux]
    environment: production
    strategy:
      matrix:
        target: [a, b]
    env:
      TARGET: \${{ matrix.target }}
    container: node:20
    steps:
      - id: creds
        name: Configure
        uses: aws-actions/configure-aws-credentials@v6
        with:
          role-to-assume: arn:aws:iam::\${{ secrets.ACCOUNT_ID }}:role/deploy
          aws-region: eu-west-1
        env:
          ROLE_TO_ASSUME: x
      - uses: acme/actions/deploy/sub@0123456789abcdef0123456789abcdef01234567
      - uses: docker://alpine:3.19
      - uses: docker://ghcr.io/acme/tool@sha256:aaaa
      - uses: ./.github/actions/local
      - run: echo "\${{ steps.creds.outputs.aws-access-key-id }}"
  deploy:
    runs-on: {group: large, labels: [linux]}
    environment:
      name: \${{ inputs.env }}
      url: https://example.com
    needs: [build]
    uses: acme/workflows/.github/workflows/deploy.yml@v1
    with:
      region: eu-west-1
    secrets: inherit
  other:
    runs-on: \${{ matrix.os }}
    uses: ./.github/workflows/reusable.yml
    secrets:
      KEY: \${{ secrets.KEY }}
`);

  it('reads name, env, runs-on, environment, matrix and container', () => {
    expect(doc.name?.text).toBe('deploy');
    expect(doc.env?.entries.map((e) => [e.name, e.value.text])).toEqual([['REGION', 'eu-west-1']]);
    const build = job(doc, 'build');
    expect(build.runsOn?.labels.map((l) => l.text)).toEqual(['self-hosted', 'linux']);
    expect(build.environment?.name).toMatchObject({ kind: 'literal', text: 'production' });
    expect(build.matrix?.keys).toEqual(['target']);
    expect(build.env?.entries[0]?.value).toMatchObject({ kind: 'expression', refs: ['matrix.target'] });
    expect(build.container?.text).toBe('node:20');
    const deploy = job(doc, 'deploy');
    expect(deploy.runsOn?.group?.text).toBe('large');
    expect(deploy.environment?.name).toMatchObject({ kind: 'expression', refs: ['inputs.env'] });
    expect(deploy.environment?.url?.text).toBe('https://example.com');
    expect(deploy.needs).toEqual(['build']);
    expect(job(doc, 'other').runsOn?.labels[0]).toMatchObject({ kind: 'expression', refs: ['matrix.os'] });
  });

  it('reads steps with uses, with, run, env, id and name', () => {
    const steps = job(doc, 'build').steps;
    const s0 = steps[0];
    expect(s0?.id?.text).toBe('creds');
    expect(s0?.name?.text).toBe('Configure');
    expect(s0?.uses).toMatchObject({ kind: 'repository', owner: 'aws-actions', repo: 'configure-aws-credentials', ref: 'v6' });
    expect(s0?.with.map((w) => w.name)).toEqual(['role-to-assume', 'aws-region']);
    expect(s0?.with[0]?.value).toMatchObject({
      kind: 'expression',
      refs: ['secrets.ACCOUNT_ID'],
      parts: [{ kind: 'text', text: 'arn:aws:iam::' }, { kind: 'expression', text: 'secrets.ACCOUNT_ID' }, { kind: 'text', text: ':role/deploy' }],
    });
    expect(pos(s0?.with[0]?.nameLocation)).toBe('20:10');
    expect(s0?.env?.entries[0]?.name).toBe('ROLE_TO_ASSUME');
    expect(steps[1]?.uses).toMatchObject({ kind: 'repository', owner: 'acme', repo: 'actions', path: 'deploy/sub', ref: '0123456789abcdef0123456789abcdef01234567' });
    expect(steps[2]?.uses).toMatchObject({ kind: 'docker', image: 'alpine', tag: '3.19' });
    expect(steps[3]?.uses).toMatchObject({ kind: 'docker', image: 'ghcr.io/acme/tool', digest: 'sha256:aaaa' });
    expect(steps[4]?.uses).toMatchObject({ kind: 'local', path: './.github/actions/local' });
    expect(steps[5]?.run).toMatchObject({ kind: 'expression', refs: ['steps.creds.outputs.aws-access-key-id'] });
  });

  it('reads reusable-workflow calls with with/secrets', () => {
    const deploy = job(doc, 'deploy');
    expect(deploy.uses).toMatchObject({ kind: 'repository', owner: 'acme', repo: 'workflows', path: '.github/workflows/deploy.yml', ref: 'v1' });
    expect(deploy.with.map((w) => w.name)).toEqual(['region']);
    expect(deploy.secrets?.kind).toBe('inherit');
    const other = job(doc, 'other');
    expect(other.uses).toMatchObject({ kind: 'local', path: './.github/workflows/reusable.yml' });
    expect(other.secrets).toMatchObject({ kind: 'map', entries: [{ name: 'KEY', value: { refs: ['secrets.KEY'] } }] });
  });

  it('keeps scalars as written (failsafe schema)', () => {
    const d = parseWorkflow('on: push\nenv:\n  ACCOUNT: 012345678901\n  FLAG: TRUE\njobs:\n  a: {runs-on: x}\n');
    expect(d.env?.entries.map((e) => e.value.text)).toEqual(['012345678901', 'TRUE']);
  });

  it('follows YAML aliases', () => {
    const d = parseWorkflow('on: push\nenv: &common\n  A: "1"\njobs:\n  a:\n    runs-on: x\n    env: *common\n');
    expect(job(d, 'a').env?.entries.map((e) => e.name)).toEqual(['A']);
  });
});

describe('expressions', () => {
  it('distinguishes secrets, vars, step outputs and matrix values; literals are not references', () => {
    expect(expressionRefs("secrets['AWS_KEY']")).toEqual(['secrets.AWS_KEY']);
    expect(expressionRefs('vars.ROLE_ARN || secrets.ROLE_ARN')).toEqual(['vars.ROLE_ARN', 'secrets.ROLE_ARN']);
    expect(expressionRefs("format('secrets.{0}', matrix.env)")).toEqual(['matrix.env']);
    expect(expressionRefs('steps.creds.outputs.aws-secret-access-key')).toEqual(['steps.creds.outputs.aws-secret-access-key']);
    expect(expressionRefs('toJSON(secrets)')).toEqual(['secrets']);
  });
});

describe('source results', () => {
  it('reports invalid YAML as parse-error at the parser position', () => {
    const r = readWorkflow({ file: '.github/workflows/x.yml', text: 'on: push\njobs: [\n  a\n', explicit: false });
    expect(r.documents).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'parse-error', severity: 'error' });
    expect(r.findings[0]?.message).toMatch(/^workflow is not valid YAML: /);
    expect(r.findings[0]?.location?.span.start.line).toBeGreaterThanOrEqual(2);
  });
  it('reports duplicate keys as parse-error', () => {
    const r = readWorkflow({ file: '.github/workflows/x.yml', text: 'on: push\non: pull_request\njobs: {}\n', explicit: false });
    expect(r.findings[0]).toMatchObject({ ruleId: 'parse-error', location: { span: { start: { line: 2, column: 0 } } } });
  });
  it('skips a walked YAML file outside .github/workflows that does not parse', () => {
    expect(readWorkflow({ file: 'ci/x.yml', text: 'on: [\n', explicit: false })).toEqual({ documents: [], findings: [] });
  });
  it('gives nothing for YAML that is not a workflow', () => {
    expect(readWorkflow({ file: '.github/workflows/x.yml', text: 'name: template\nsteps: []\n', explicit: false })).toEqual({ documents: [], findings: [] });
    expect(readWorkflow({ file: '.github/workflows/x.yml', text: '- a\n- b\n', explicit: false })).toEqual({ documents: [], findings: [] });
    expect(readWorkflow({ file: '.github/workflows/x.yml', text: '', explicit: false })).toEqual({ documents: [], findings: [] });
  });
  it('stops at too many alias dereferences with input-error', () => {
    // The reader only walks workflow positions, so nesting cannot multiply; sheer numbers are capped.
    const text = `x-step: &s {run: echo}\non: push\njobs:\n  j:\n    runs-on: x\n    steps: [${Array(DEFAULT_LIMITS.aliases + 1).fill('*s').join(', ')}]\n`;
    const r = readWorkflow({ file: '.github/workflows/x.yml', text, explicit: false });
    expect(r.documents).toEqual([]);
    expect(r.findings[0]).toMatchObject({ ruleId: 'input-error', severity: 'error' });
  });
});

describe('composite actions', () => {
  const action = `name: deploy
inputs:
  role:
    required: true
runs:
  using: composite
  steps:
    - uses: aws-actions/configure-aws-credentials@v6
      with:
        role-to-assume: \${{ inputs.role }}
    - run: ./deploy.sh
      shell: bash
`;
  it('reads composite actions and ignores JavaScript and Docker actions', () => {
    const doc = parseAction(action);
    expect(doc.workflowKind).toBe('composite-action');
    expect(doc.inputs.map((i) => i.name)).toEqual(['role']);
    expect(doc.steps).toHaveLength(2);
    expect(readCompositeAction({ file: 'action.yml', text: 'runs:\n  using: node20\n  main: index.js\n', explicit: true }).documents).toEqual([]);
  });

  it('links `uses: ./…` to the action under the repository root of the workflow', () => {
    const wf = parseWorkflow('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./.github/actions/deploy\n      - uses: ./missing\n', 'repo/.github/workflows/ci.yml');
    const mine = parseAction(action, 'repo/.github/actions/deploy/action.yml');
    const other = parseAction(action, 'other/.github/actions/deploy/action.yml');
    const docs: ModelDocument[] = [wf, mine, other];
    linkLocalActions(docs);
    expect(job(wf, 'a').steps[0]?.localAction).toBe(mine);
    expect(job(wf, 'a').steps[1]?.localAction).toBeUndefined();
  });

  it('links by a unique path suffix when the workflow has no repository layout', () => {
    const wf = parseWorkflow('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./actions/deploy/\n', 'ci.yml');
    const act = parseAction(action, 'x/actions/deploy/action.yaml');
    linkLocalActions([wf, act]);
    expect(job(wf, 'a').steps[0]?.localAction).toBe(act);
  });
});
