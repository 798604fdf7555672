import { describe, expect, it } from 'vitest';
import { at, check, parseAction, parseWorkflow, rule, runAll } from './harness.js';

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683';
const CAC = `aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7`;
const ROLE = 'arn:aws:iam::123456789012:role/deploy';

/** A one-job workflow; `perms` and `steps` are inserted with the job's indentation. */
function wf(opts: { on?: string; top?: string; perms?: string; job?: string; steps: string }): string {
  return `on: ${opts.on ?? 'push'}
${opts.top ?? ''}jobs:
  deploy:
    runs-on: ubuntu-latest
${opts.job ?? ''}${opts.perms ?? ''}    steps:
${opts.steps}`;
}

const oidcStep = `      - uses: ${CAC}
        with:
          aws-region: eu-west-1
          role-to-assume: ${ROLE}
`;
const idWrite = '    permissions:\n      contents: read\n      id-token: write\n';

describe('workflow-static-aws-keys', () => {
  const id = 'workflow-static-aws-keys';

  it('trap 37: role-to-assume next to aws-access-key-id uses the keys, not OIDC', () => {
    const found = check(id, wf({ perms: idWrite, steps: `${oidcStep}          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n` }));
    expect(found.map(at)).toEqual(['13:11']);
    expect(found[0]?.message).toMatch(/the secret AWS_ACCESS_KEY_ID/);
    expect(found[0]?.message).toMatch(/never requests an OIDC token/);
    // and it is not an OIDC step for the other rules
    expect(check('workflow-missing-id-token', wf({ steps: `${oidcStep}          aws-access-key-id: \${{ secrets.K }}\n` }))).toEqual([]);
  });

  it('trap 37: job env AWS_ACCESS_KEY_ID without id-token: write', () => {
    const text = wf({ job: '    env:\n      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n', steps: oidcStep });
    const found = check(id, text);
    expect(found.map(at)).toEqual(['6:7']);
    expect(found[0]?.message).toMatch(/env of job "deploy"/);
    // The role step then runs on the keys: not an OIDC step missing its token.
    expect(check('workflow-missing-id-token', text)).toEqual([]);
  });

  it('reports env at workflow and step level, vars and literals, and aws configure set', () => {
    const text = wf({
      top: 'env:\n  AWS_SECRET_ACCESS_KEY: ${{ vars.AWS_SECRET }}\n',
      steps: `      - run: aws s3 ls
        env:
          AWS_ACCESS_KEY_ID: AKIAABCDEFGHIJKLMNOP
      - run: |
          aws configure set aws_access_key_id \${{ secrets.KEY_ID }}
          aws configure set aws_secret_access_key "$SECRET"
`,
    });
    const found = check(id, text);
    expect(found.map(at)).toEqual(['3:3', '10:11', '12:11']);
    expect(found[0]?.message).toMatch(/configuration variable AWS_SECRET/);
    expect(found[1]?.message).toMatch(/a literal value/);
    expect(found[2]?.message).toMatch(/aws configure set/);
    expect(found[2]?.location?.span.end.column).toBe(10 + 'aws configure set aws_access_key_id ${{ secrets.KEY_ID }}'.length);
  });

  it('reports keys given to any action as inputs, whatever the case or separator of the name', () => {
    // Every `with:` entry reaches the action as INPUT_<NAME> in its environment
    // (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsstep_idwith).
    const text = wf({
      steps: `      - uses: example/s3-sync@${SHA}
        with:
          aws_secret_access_key: \${{ secrets.S }}
          aws_access_key_id: \${{ secrets.K }}
      - uses: example/deploy@v1
        with:
          Aws-Secret-Access-Key: \${{ vars.S }}
      - uses: example/upload@v1
        with:
          aws-access-key-id: \${{ steps.creds.outputs.aws-access-key-id }}
          access-key: \${{ secrets.NOT_AWS }}
`,
    });
    const found = check(id, text);
    expect(found.map(at)).toEqual(['9:11', '12:11']);
    expect(found[0]?.message).toMatch(/passes aws_access_key_id from the secret K to example\/s3-sync@/);
    expect(found[1]?.message).toMatch(/configuration variable S/);
  });

  it('reports keys passed to a reusable workflow', () => {
    const text = 'on: push\njobs:\n  call:\n    uses: acme/wf/.github/workflows/deploy.yml@main\n    secrets:\n      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n';
    expect(check(id, text).map(at)).toEqual(['6:7']);
  });

  it('does not report temporary credentials from a step output, or shell variables', () => {
    const text = wf({
      steps: `      - run: aws s3 ls
        env:
          AWS_ACCESS_KEY_ID: \${{ steps.creds.outputs.aws-access-key-id }}
          AWS_SECRET_ACCESS_KEY: \${{ steps.creds.outputs.aws-secret-access-key }}
      - run: aws configure set aws_access_key_id "$AWS_ACCESS_KEY_ID"
`,
    });
    expect(check(id, text)).toEqual([]);
  });

  it('reports inside composite actions', () => {
    const doc = parseAction(`runs:\n  using: composite\n  steps:\n    - uses: ${CAC}\n      with:\n        aws-access-key-id: \${{ secrets.K }}\n`);
    expect(runAll([doc], [], {}, [rule(id)]).map(at)).toEqual(['6:9']);
  });
});

describe('workflow-missing-id-token', () => {
  const id = 'workflow-missing-id-token';

  it('reports at the step when the job has no id-token: write, explaining why', () => {
    const none = check(id, wf({ steps: oidcStep }));
    expect(none.map((f) => [at(f), f.severity])).toEqual([['6:15', 'error']]);
    expect(none[0]?.message).toMatch(/defaults to none/);
    const named = check(id, wf({ perms: '    permissions:\n      contents: read\n', steps: oidcStep }));
    expect(named[0]?.message).toMatch(/name contents, which sets every other scope, id-token included, to none/);
    const empty = check(id, wf({ perms: '    permissions: {}\n', steps: oidcStep }));
    expect(empty[0]?.message).toMatch(/\{\}/);
    const readAll = check(id, wf({ top: 'permissions: read-all\n', steps: oidcStep }));
    expect(readAll[0]?.message).toMatch(/read-all/);
  });

  it('a job-level block replaces a workflow-level id-token: write', () => {
    const found = check(id, wf({ top: 'permissions:\n  id-token: write\n', perms: '    permissions:\n      contents: read\n', steps: oidcStep }));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/replaces the workflow level/);
  });

  it('accepts id-token: write from the job, the workflow, or write-all', () => {
    expect(check(id, wf({ perms: idWrite, steps: oidcStep }))).toEqual([]);
    expect(check(id, wf({ top: 'permissions:\n  id-token: write\n', steps: oidcStep }))).toEqual([]);
    expect(check(id, wf({ top: 'permissions: write-all\n', steps: oidcStep }))).toEqual([]);
  });

  it('uses the ROLE_TO_ASSUME env alias, not AWS_ACCESS_KEY_ID', () => {
    const step = `      - uses: ${CAC}\n        with:\n          aws-region: eu-west-1\n`;
    expect(check(id, wf({ job: `    env:\n      ROLE_TO_ASSUME: ${ROLE}\n`, steps: step })).map(at)).toEqual(['8:15']);
    expect(check(id, wf({ steps: step }))).toEqual([]);
  });

  it('skips web-identity-token-file, role-chaining and force-skip-oidc', () => {
    for (const extra of ['web-identity-token-file: /tmp/token', 'role-chaining: true', 'force-skip-oidc: TRUE']) {
      expect(check(id, wf({ steps: `${oidcStep}          ${extra}\n` })), extra).toEqual([]);
    }
    expect(check(id, wf({ steps: `${oidcStep}          role-chaining: false\n` }))).toHaveLength(1);
  });

  it('is a warning on self-hosted runners and in workflow_call workflows', () => {
    const selfHosted = wf({ steps: oidcStep }).replace('runs-on: ubuntu-latest', 'runs-on: [self-hosted, linux]');
    expect(check(id, selfHosted).map((f) => f.severity)).toEqual(['warning']);
    const group = wf({ steps: oidcStep }).replace('runs-on: ubuntu-latest', 'runs-on: {group: deployers}');
    expect(check(id, group).map((f) => f.severity)).toEqual(['warning']);
    expect(check(id, wf({ on: 'workflow_call', steps: oidcStep })).map((f) => f.severity)).toEqual(['warning']);
  });

  it('follows local composite actions in the scan', () => {
    const doc = parseWorkflow(wf({ steps: '      - uses: ./.github/actions/deploy\n' }));
    const action = parseAction(`runs:\n  using: composite\n  steps:\n${oidcStep.replace(/^ {2}/gm, '')}`);
    const found = runAll([doc, action], [], {}, [rule(id)]);
    expect(found.map(at)).toEqual(['6:15']);
    expect(found[0]?.related?.map((r) => r.location.file)).toContain('.github/actions/deploy/action.yml');
  });
});

describe('workflow-untrusted-trigger-oidc', () => {
  const id = 'workflow-untrusted-trigger-oidc';
  const checkout = `      - uses: actions/checkout@${SHA}\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n`;

  it('trap 38: pull_request_target + job id-token: write + PR head checkout is an error at the grant', () => {
    const found = check(id, wf({ on: 'pull_request_target', perms: idWrite, steps: checkout + oidcStep }));
    expect(found.map((f) => [at(f), f.severity])).toEqual([['7:7', 'error']]);
    expect(found[0]?.related?.map((r) => r.message)).toEqual(['triggered by pull_request_target', expect.stringMatching(/checks out/)]);
  });

  it('trap 38: write-all at workflow level counts as id-token: write', () => {
    const found = check(id, wf({ on: '[issue_comment]', top: 'permissions: write-all\n', steps: `      - run: gh pr checkout \${{ github.event.issue.number }}\n` }));
    expect(found.map((f) => [at(f), f.severity])).toEqual([['2:14', 'error']]);
    expect(found[0]?.message).toMatch(/write-all/);
  });

  it('workflow_run with artifacts from the triggering run', () => {
    const steps = `      - uses: actions/download-artifact@${SHA}\n        with:\n          run-id: \${{ github.event.workflow_run.id }}\n`;
    expect(check(id, wf({ on: 'workflow_run', perms: idWrite, steps })).map((f) => f.severity)).toEqual(['error']);
  });

  it('is a warning when no foreign code is visible', () => {
    expect(check(id, wf({ on: 'pull_request_target', perms: idWrite, steps: oidcStep })).map((f) => f.severity)).toEqual(['warning']);
  });

  it('does not fire without id-token: write or without an untrusted trigger', () => {
    expect(check(id, wf({ on: 'pull_request_target', perms: '    permissions:\n      contents: read\n', steps: checkout }))).toEqual([]);
    expect(check(id, wf({ on: 'pull_request', perms: idWrite, steps: checkout + oidcStep }))).toEqual([]);
    // a job-level block without id-token replaces workflow-level write-all
    expect(check(id, wf({ on: 'pull_request_target', top: 'permissions: write-all\n', perms: '    permissions: read-all\n', steps: checkout }))).toEqual([]);
  });
});

describe('workflow-unpinned-action', () => {
  const id = 'workflow-unpinned-action';

  it('reports tags, branches and docker tags in a job with id-token: write', () => {
    const steps = `      - uses: actions/checkout@v4\n      - uses: actions/setup-node@main\n      - uses: docker://alpine:3.19\n      - uses: ./.github/actions/local\n${oidcStep}`;
    const found = check(id, wf({ perms: idWrite, steps }));
    expect(found.map(at)).toEqual(['9:15', '10:15', '11:15']);
  });

  it('accepts SHA pins, docker digests and local actions', () => {
    const digest = `docker://alpine@sha256:${'a'.repeat(64)}`;
    const steps = `      - uses: actions/checkout@${SHA}\n      - uses: ${digest}\n      - uses: ./local\n${oidcStep}`;
    expect(check(id, wf({ perms: idWrite, steps }))).toEqual([]);
  });

  it('only in jobs that obtain AWS credentials', () => {
    expect(check(id, wf({ steps: '      - uses: actions/checkout@v4\n' }))).toEqual([]);
    // env keys
    expect(check(id, wf({ job: '    env:\n      AWS_ACCESS_KEY_ID: x\n', steps: '      - uses: actions/checkout@v4\n' }))).toHaveLength(1);
    // a configure-aws-credentials step (even with static keys)
    expect(check(id, wf({ steps: `      - uses: aws-actions/configure-aws-credentials@v6\n        with:\n          aws-access-key-id: \${{ secrets.K }}\n` }))).toHaveLength(1);
    // AWS key inputs to any other action (the spec row's "or inputs")
    const keyed = `      - uses: actions/checkout@v4\n      - uses: example/s3-sync@${SHA}\n        with:\n          aws_access_key_id: \${{ secrets.K }}\n`;
    expect(check(id, wf({ steps: keyed })).map(at)).toEqual(['6:15']);
  });

  it('reports reusable workflows and container images', () => {
    const text = `on: push\njobs:\n  call:\n    permissions:\n      id-token: write\n    uses: acme/wf/.github/workflows/deploy.yml@v1\n  build:\n    runs-on: ubuntu-latest\n    container: node:20\n    permissions:\n      id-token: write\n    steps: []\n`;
    expect(check(id, text).map(at)).toEqual(['6:11', '9:16']);
  });

  it('reports the unpinned actions a local composite action runs in the job', () => {
    const doc = parseWorkflow(wf({ perms: idWrite, steps: `      - uses: ./.github/actions/build\n${oidcStep}` }));
    const action = parseAction('runs:\n  using: composite\n  steps:\n    - uses: actions/setup-node@v4\n', '.github/actions/build/action.yml');
    const found = runAll([doc, action], [], {}, [rule(id)]);
    expect(found.map(at)).toEqual(['9:15']);
    expect(found[0]?.related?.map((r) => r.location.file)).toEqual(['.github/actions/build/action.yml']);
  });

  it('reports inside a composite action that obtains credentials itself', () => {
    const action = parseAction(`runs:\n  using: composite\n  steps:\n    - uses: actions/setup-node@v4\n    - uses: aws-actions/configure-aws-credentials@v6\n      with:\n        role-to-assume: x\n`);
    expect(runAll([action], [], {}, [rule(id)]).map(at)).toEqual(['4:13', '5:13']);
  });
});

describe('workflow-id-token-scope', () => {
  const id = 'workflow-id-token-scope';
  const two = (top: string, deployPerms = ''): string => `on: push
${top}jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  deploy:
    runs-on: ubuntu-latest
${deployPerms}    steps:
${oidcStep}`;

  it('reports a workflow-level grant reaching jobs that assume no role', () => {
    const found = check(id, two('permissions:\n  contents: read\n  id-token: write\n'));
    expect(found.map(at)).toEqual(['4:3']);
    expect(found[0]?.properties).toEqual({ jobs: ['test'] });
    expect(check(id, two('permissions: write-all\n')).map(at)).toEqual(['2:14']);
  });

  it('does not report job-level grants, or jobs that override the block', () => {
    expect(check(id, two('permissions:\n  contents: read\n', idWrite))).toEqual([]);
    const overridden = two('permissions:\n  id-token: write\n').replace('  test:\n    runs-on: ubuntu-latest\n', '  test:\n    runs-on: ubuntu-latest\n    permissions: {}\n');
    expect(check(id, overridden)).toEqual([]);
  });

  it('counts other token consumers as needing the token', () => {
    const text = 'on: push\npermissions:\n  id-token: write\njobs:\n  pages:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/deploy-pages@v4\n';
    expect(check(id, text)).toEqual([]);
  });
});
