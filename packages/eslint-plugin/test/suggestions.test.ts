import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';
import { applySuggestion, lint, ruleTester } from './helpers.js';

const P = 'token.actions.githubusercontent.com';
const ARN = `arn:aws:iam::123456789012:oidc-provider/${P}`;

/** A one-statement GitHub trust policy with the given Condition lines (already indented). */
function policy(condition: string | undefined): string {
  const head = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "${ARN}" },
      "Action": "sts:AssumeRoleWithWebIdentity"`;
  return condition === undefined ? `${head}\n    }\n  ]\n}\n` : `${head},\n      "Condition": {\n${condition}\n      }\n    }\n  ]\n}\n`;
}

const rule = (id: string) => {
  const r = rules[id];
  if (!r) throw new Error(id);
  return r;
};

describe('add the missing aud condition (JSON)', () => {
  const subOnly = `        "StringEquals": {\n          "${P}:sub": "repo:acme/app:ref:refs/heads/main"\n        }`;
  const likeOnly = `        "StringLike": {\n          "${P}:sub": "repo:acme/app:ref:refs/heads/main"\n        }`;
  ruleTester('json').run('oidc-audience', rule('oidc-audience'), {
    valid: [],
    invalid: [
      {
        name: 'into the existing StringEquals block',
        filename: 'role.json',
        code: policy(subOnly),
        errors: [
          {
            messageId: 'finding',
            suggestions: [
              {
                messageId: 'addAudience',
                output: policy(`        "StringEquals": {\n          "${P}:aud": "sts.amazonaws.com",\n          "${P}:sub": "repo:acme/app:ref:refs/heads/main"\n        }`),
              },
            ],
          },
        ],
      },
      {
        name: 'as a new StringEquals block',
        filename: 'role.json',
        code: policy(likeOnly),
        errors: [
          {
            messageId: 'finding',
            suggestions: [
              {
                messageId: 'addAudience',
                // The core's edit (check --fix): a new block after the last one, in the file's layout.
                output: policy(`${likeOnly},\n        "StringEquals": {\n          "${P}:aud": "sts.amazonaws.com"\n        }`),
              },
            ],
          },
        ],
      },
      {
        name: 'with the configured audience',
        filename: 'role.json',
        code: policy(likeOnly),
        settings: { trustlint: { audiences: ['https://github.com/acme'] } },
        errors: [
          {
            messageId: 'finding',
            suggestions: [
              {
                messageId: 'addAudience',
                output: policy(`${likeOnly},\n        "StringEquals": {\n          "${P}:aud": "https://github.com/acme"\n        }`),
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('StringEquals → StringLike for an intended wildcard', () => {
  const jobWorkflow = (op: string) =>
    policy(
      `        "${op}": {\n          "${P}:aud": "sts.amazonaws.com",\n          "${P}:sub": "repo:acme/app:ref:refs/heads/main",\n          "${P}:job_workflow_ref": "acme/app/.github/workflows/deploy.yml@*"\n        }`,
    );
  // The core's edit moves only the key with the wildcard: aud and sub stay exact matches.
  const jobWorkflowLike = policy(
    `        "StringEquals": {\n          "${P}:aud": "sts.amazonaws.com",\n          "${P}:sub": "repo:acme/app:ref:refs/heads/main"\n        },\n        "StringLike": {\n          "${P}:job_workflow_ref": "acme/app/.github/workflows/deploy.yml@*"\n        }`,
  );
  const anyContext = policy(`        "StringEquals": {\n          "${P}:aud": "sts.amazonaws.com",\n          "${P}:sub": "repo:acme/app:*"\n        }`);
  const branchPattern = policy(`        "StringEquals": {\n          "${P}:aud": "sts.amazonaws.com",\n          "${P}:sub": "repo:acme/app:ref:refs/heads/release-?"\n        }`);
  ruleTester('json').run('oidc-stringequals-wildcard', rule('oidc-stringequals-wildcard'), {
    valid: [],
    invalid: [
      {
        name: 'offered: the pattern then admits nobody new (any ref of the same reusable workflow, on main)',
        filename: 'role.json',
        code: jobWorkflow('StringEquals'),
        errors: [{ messageId: 'finding', suggestions: [{ messageId: 'useStringLike', output: jobWorkflowLike }] }],
      },
      { name: 'not offered: repo:acme/app:* would admit every branch and pull request', filename: 'role.json', code: anyContext, errors: [{ messageId: 'finding', suggestions: [] }] },
      { name: 'not offered: release-? would admit new branch names', filename: 'role.json', code: branchPattern, errors: [{ messageId: 'finding', suggestions: [] }] },
    ],
  });
});

describe('pin repo:o/r:* to the configured deploy branch', () => {
  const star = policy(`        "StringLike": {\n          "${P}:aud": "sts.amazonaws.com",\n          "${P}:sub": "repo:acme/app:*"\n        }`);
  const pinned = star.replace('repo:acme/app:*', 'repo:acme/app:ref:refs/heads/release');
  ruleTester('json', { trustlint: { deployBranch: 'release' } }).run('oidc-any-context', rule('oidc-any-context'), {
    valid: [],
    invalid: [{ name: 'JSON', filename: 'role.json', code: star, errors: [{ messageId: 'finding', suggestions: [{ messageId: 'pinBranch', output: pinned }] }] }],
  });

  it('is not offered without settings.trustlint.deployBranch', () => {
    const [m] = lint(star, 'role.json').filter((x) => x.ruleId === 'trustlint/oidc-any-context');
    expect(m?.suggestions).toBeUndefined();
  });

  it('works in CDK code and in CloudFormation YAML', () => {
    const ts = `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.Role(this, 'Deploy', {
  assumedBy: new iam.WebIdentityPrincipal('${ARN}', {
    StringEquals: { '${P}:aud': 'sts.amazonaws.com' },
    StringLike: { '${P}:sub': 'repo:acme/app:*' },
  }),
});
`;
    const [m] = lint(ts, 'stack.ts', { trustlint: { deployBranch: 'main' } }).filter((x) => x.ruleId === 'trustlint/oidc-any-context');
    expect(applySuggestion(ts, m!.suggestions![0]!)).toBe(ts.replace("'repo:acme/app:*'", "'repo:acme/app:ref:refs/heads/main'"));

    const yaml = `Resources:
  Deploy:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Federated: ${ARN} }
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals: { ${P}:aud: sts.amazonaws.com }
              StringLike: { ${P}:sub: repo:acme/app:* }
`;
    const [y] = lint(yaml, 'template.yaml', { trustlint: { deployBranch: 'main' } }).filter((x) => x.ruleId === 'trustlint/oidc-any-context');
    expect(applySuggestion(yaml, y!.suggestions![0]!)).toBe(yaml.replace('repo:acme/app:*', 'repo:acme/app:ref:refs/heads/main'));
  });
});

describe('CDK code', () => {
  it('adds aud to the condition object literal, in the file’s quote style', () => {
    const ts = `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.Role(this, 'Deploy', {
  assumedBy: new iam.WebIdentityPrincipal('${ARN}', {
    StringEquals: { '${P}:sub': 'repo:acme/app:ref:refs/heads/main' },
  }),
});
`;
    const [m] = lint(ts, 'stack.ts').filter((x) => x.ruleId === 'trustlint/oidc-audience');
    expect(applySuggestion(ts, m!.suggestions![0]!)).toBe(
      ts.replace(`StringEquals: { '${P}:sub'`, `StringEquals: { '${P}:aud': 'sts.amazonaws.com', '${P}:sub'`),
    );
  });

  it('offers StringLike after re-parsing the edited TypeScript', () => {
    const ts = (op: string) => `import * as iam from 'aws-cdk-lib/aws-iam';
new iam.Role(this, 'Deploy', {
  assumedBy: new iam.WebIdentityPrincipal('${ARN}', {
    ${op}: {
      '${P}:aud': 'sts.amazonaws.com',
      '${P}:sub': 'repo:acme/app:environment:prod',
      '${P}:ref': 'refs/heads/*',
    },
  }),
});
`;
    const [m] = lint(ts('StringEquals'), 'stack.ts').filter((x) => x.ruleId === 'trustlint/oidc-stringequals-wildcard');
    expect(applySuggestion(ts('StringEquals'), m!.suggestions![0]!)).toBe(ts('StringLike'));
  });
});
