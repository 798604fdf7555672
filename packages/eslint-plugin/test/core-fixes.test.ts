import { analyze, planMechanicalFixes } from '@trustlint/core';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { rules } from '../src/index.js';
import { applySuggestion, ruleTester } from './helpers.js';

/**
 * The plugin's suggestions for the rules `trustlint check --fix` fixes are the core's own edits:
 * byte-exact outputs here, and the same bytes as the core's plan for the same file.
 */

const P = 'token.actions.githubusercontent.com';
const ARN = `arn:aws:iam::123456789012:oidc-provider/${P}`;
const CAC = 'aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7 # v6.0.0';

const rule = (id: string) => {
  const r = rules[id];
  if (!r) throw new Error(id);
  return r;
};

// id-token: write at workflow level, a job that assumes a role and one that does not.
const MOVE_BEFORE = `name: deploy
on:
  push:
    branches: [main]
permissions:
  contents: read
  id-token: write
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  deploy:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: ${CAC}
        with:
          aws-region: eu-west-1
          role-to-assume: arn:aws:iam::123456789012:role/deploy
`;
// A job-level permissions block replaces the workflow's, so the other scopes are copied (GitHub docs,
// "Assigning permissions to jobs").
const MOVE_AFTER = `name: deploy
on:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
  deploy:
    permissions:
      contents: read
      id-token: write
    needs: test
    runs-on: ubuntu-latest
    steps:
      - uses: ${CAC}
        with:
          aws-region: eu-west-1
          role-to-assume: arn:aws:iam::123456789012:role/deploy
`;

const keys = (perm: string, withKeys: boolean): string => `name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
${perm}    steps:
      - uses: ${CAC}
        with:
          aws-region: eu-west-1
          role-to-assume: arn:aws:iam::123456789012:role/deploy
${withKeys ? '          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n' : ''}      - run: ./deploy.sh
`;
const GRANTED = '    permissions:\n      id-token: write\n';

describe('workflow-id-token-scope: move id-token: write to the jobs that assume a role', () => {
  ruleTester('yaml').run('workflow-id-token-scope', rule('workflow-id-token-scope'), {
    valid: [],
    invalid: [
      {
        name: 'moved, with the other workflow scopes',
        filename: '.github/workflows/deploy.yml',
        code: MOVE_BEFORE,
        errors: [{ messageId: 'finding', suggestions: [{ messageId: 'moveIdToken', output: MOVE_AFTER }] }],
      },
      {
        // Moving the only scope would leave an empty block, which grants nothing at all.
        name: 'not offered when id-token is the only workflow scope',
        filename: '.github/workflows/deploy.yml',
        code: MOVE_BEFORE.replace('  contents: read\n', ''),
        errors: [{ messageId: 'finding', suggestions: [] }],
      },
    ],
  });
});

describe('workflow-static-aws-keys: remove the keys beside role-to-assume', () => {
  ruleTester('yaml').run('workflow-static-aws-keys', rule('workflow-static-aws-keys'), {
    valid: [],
    invalid: [
      {
        // With role-to-assume and no keys the action assumes the role through OIDC
        // (aws-actions/configure-aws-credentials README, "OIDC").
        name: 'removed when the job may request a token',
        filename: '.github/workflows/deploy.yml',
        code: keys(GRANTED, true),
        errors: [{ messageId: 'finding', suggestions: [{ messageId: 'removeStaticKeys', output: keys(GRANTED, false) }] }],
      },
      {
        name: 'not offered without id-token: write (the action could not get a token)',
        filename: '.github/workflows/deploy.yml',
        code: keys('', true),
        errors: [{ messageId: 'finding', suggestions: [] }],
      },
    ],
  });
});

const CFN = (condition: string): string => `Resources:
  Deploy:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: ${ARN}
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
${condition}`;
const CFN_SUB = `              StringEquals:
                ${P}:sub: repo:acme/app:ref:refs/heads/main
`;
const CFN_SUB_AUD = `              StringEquals:
                ${P}:aud: sts.amazonaws.com
                ${P}:sub: repo:acme/app:ref:refs/heads/main
`;

describe('oidc-audience in CloudFormation YAML (the core YAML edit)', () => {
  ruleTester('yaml').run('oidc-audience', rule('oidc-audience'), {
    valid: [],
    invalid: [
      {
        name: 'aud added to the existing StringEquals map',
        filename: 'template.yaml',
        code: CFN(CFN_SUB),
        errors: [{ messageId: 'finding', suggestions: [{ messageId: 'addAudience', output: CFN(CFN_SUB_AUD) }] }],
      },
    ],
  });
});

/** Lints with `configs.recommended`, as a user's eslint.config.js loads the plugin. */
function lintRecommended(code: string, filename: string, settings: Record<string, unknown> = {}): Linter.LintMessage[] {
  return new Linter({ cwd: '/project' }).verify(code, [...plugin.configs.recommended, { settings }], { filename: `/project/${filename}` });
}

/** The core's combined `check --fix` plan for one file, as the CLI computes it. */
function checkFix(file: string, text: string, config: Record<string, unknown> = {}): Map<string, string> {
  const texts = new Map([[file, text]]);
  const analysis = analyze([{ file, text, explicit: true }], { config });
  const plan = planMechanicalFixes(analysis.documents, analysis.findings, texts, config);
  return new Map(plan.files.map((f) => [f.file, f.after]));
}

describe('the same bytes as trustlint check --fix, through configs.recommended', () => {
  const jsonPolicy = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "${ARN}" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          "${P}:aud": "sts.amazonaws.com",
          "${P}:sub": "repo:acme/app:ref:refs/heads/main",
          "${P}:job_workflow_ref": "acme/app/.github/workflows/deploy.yml@*"
        }
      }
    }
  ]
}
`;
  const noAud = jsonPolicy.replace(`          "${P}:aud": "sts.amazonaws.com",\n`, '').replace('@*"', '@refs/heads/main"');
  const cases: { name: string; file: string; text: string; rule: string; settings?: Record<string, unknown> }[] = [
    { name: 'aud added (JSON)', file: 'iam/deploy.json', text: noAud, rule: 'oidc-audience' },
    { name: 'aud added with the configured audience (JSON)', file: 'iam/deploy.json', text: noAud, rule: 'oidc-audience', settings: { audiences: ['https://github.com/acme'] } },
    { name: 'StringLike for job_workflow_ref (JSON)', file: 'iam/deploy.json', text: jsonPolicy, rule: 'oidc-stringequals-wildcard' },
    { name: 'aud added (CloudFormation YAML)', file: 'cfn/template.yaml', text: CFN(CFN_SUB), rule: 'oidc-audience' },
    { name: 'id-token moved', file: '.github/workflows/deploy.yml', text: MOVE_BEFORE, rule: 'workflow-id-token-scope' },
    { name: 'static keys removed', file: '.github/workflows/deploy.yml', text: keys(GRANTED, true), rule: 'workflow-static-aws-keys' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const expected = checkFix(c.file, c.text, c.settings).get(c.file);
      expect(expected).toBeDefined();
      const messages = lintRecommended(c.text, c.file, { trustlint: c.settings ?? {} }).filter((m) => m.ruleId === `trustlint/${c.rule}`);
      expect(messages).toHaveLength(1);
      const suggestions = messages[0]?.suggestions ?? [];
      expect(suggestions).toHaveLength(1);
      expect(applySuggestion(c.text, suggestions[0]!)).toBe(expected);
      // A suggestion, never an autofix: `eslint --fix` leaves the file alone.
      expect(messages[0]?.fix).toBeUndefined();
    });
  }

  it('offers nothing that check --fix refuses (the wildcard on sub would admit other branches)', () => {
    const sub = jsonPolicy.replace('refs/heads/main"', 'refs/heads/release-*"').replace(`,\n          "${P}:job_workflow_ref": "acme/app/.github/workflows/deploy.yml@*"`, '');
    expect(checkFix('iam/deploy.json', sub).size).toBe(0);
    const [m] = lintRecommended(sub, 'iam/deploy.json').filter((x) => x.ruleId === 'trustlint/oidc-stringequals-wildcard');
    expect(m).toBeDefined();
    expect(m?.suggestions ?? []).toEqual([]);
  });

  it('the suggesting rules declare hasSuggestions and none is fixable', () => {
    for (const id of ['oidc-audience', 'oidc-stringequals-wildcard', 'workflow-id-token-scope', 'workflow-static-aws-keys']) {
      expect(rule(id).meta?.hasSuggestions).toBe(true);
      expect(rule(id).meta?.fixable).toBeUndefined();
    }
  });
});
