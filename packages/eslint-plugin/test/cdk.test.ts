import { describe, expect, it } from 'vitest';
import { rules } from '../src/index.js';
import { ids, lint, ruleTester } from './helpers.js';

/**
 * CDK stacks in the shapes real projects use (the patterns of the labelled corpus, rewritten for
 * these tests): each case lists the ids ESLint reports, in source order.
 */
const P = 'token.actions.githubusercontent.com';
const IAM = `import * as iam from 'aws-cdk-lib/aws-iam';\nimport * as cdk from 'aws-cdk-lib';\n`;

const cases: { name: string; code: string; expected: string[] }[] = [
  {
    name: 'FederatedPrincipal from CDK context values, any ref, no aud (CDK v1 imports)',
    code: `import * as core from '@aws-cdk/core';
import * as iam from '@aws-cdk/aws-iam';
export class Oidc extends core.Stack {
  constructor(scope: core.Construct, id: string) {
    super(scope, id);
    const owner = this.node.tryGetContext('owner');
    const name = this.node.tryGetContext('repository');
    const provider = new iam.OpenIdConnectProvider(this, 'Gh', { url: 'https://${P}', clientIds: ['sts.amazonaws.com', \`https://github.com/\${owner}\`] });
    const principal = new iam.FederatedPrincipal(provider.openIdConnectProviderArn,
      { StringLike: { '${P}:sub': \`repo:\${owner}/\${name}:*\` } },
      'sts:AssumeRoleWithWebIdentity');
    new iam.Role(this, 'Ci', { assumedBy: principal });
  }
}`,
    expected: ['oidc-unresolved', 'oidc-unresolved', 'oidc-audience', 'oidc-any-context'],
  },
  {
    name: 'only an OpenIdConnectProvider that accepts sts.amazonaws.com',
    code: `${IAM}export class P extends cdk.Stack { constructor(s: cdk.App, id: string) { super(s, id);
  new iam.OpenIdConnectProvider(this, 'Gh', { url: 'https://${P}', clientIds: ['sts.amazonaws.com'] }); } }`,
    expected: [],
  },
  {
    name: 'a provider without sts.amazonaws.com (L1 construct)',
    code: `${IAM}new iam.CfnOIDCProvider(stack, 'Gh', { url: 'https://${P}', clientIdList: ['https://github.com/acme'] });`,
    expected: ['oidc-provider-audience'],
  },
  {
    name: 'exact subject on main with aud, named imports',
    code: `import { Role, WebIdentityPrincipal, OpenIdConnectProvider } from 'aws-cdk-lib/aws-iam';
const provider = new OpenIdConnectProvider(stack, 'Gh', { url: 'https://${P}', clientIds: ['sts.amazonaws.com'] });
new Role(stack, 'Deploy', {
  assumedBy: new WebIdentityPrincipal(provider.openIdConnectProviderArn, {
    StringEquals: { '${P}:aud': 'sts.amazonaws.com', '${P}:sub': 'repo:acme/infra:ref:refs/heads/main' },
  }),
});`,
    expected: [],
  },
  {
    name: 'repositories from props, destructured with a default, spread and mapped to any-ref subjects',
    code: `${IAM}export interface Props extends cdk.StackProps { repo: string; extraRepos?: string[] }
export class Roles extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: Props) {
    super(scope, id, props);
    const { repo, extraRepos = [] } = props;
    const all = [repo, ...extraRepos];
    new iam.Role(this, 'Deploy', {
      assumedBy: new iam.WebIdentityPrincipal('arn:aws:iam::1:oidc-provider/${P}', {
        StringLike: { '${P}:sub': all.map((r) => \`repo:\${r}:*\`) },
        StringEquals: { '${P}:aud': 'sts.amazonaws.com' },
      }),
    });
    new iam.Role(this, 'Web', {
      assumedBy: new iam.WebIdentityPrincipal('arn:aws:iam::1:oidc-provider/${P}', {
        StringLike: { '${P}:sub': 'repo:acme/web:*' },
        StringEquals: { '${P}:aud': 'sts.amazonaws.com' },
      }),
    });
  }
}`,
    // `repo:<props.repo>:*` stands for one fixed repository whose every context gets in.
    expected: ['oidc-unresolved', 'oidc-unresolved', 'oidc-any-context', 'oidc-any-context'],
  },
  {
    name: 'flatMap over a props list with "?? \'*\'" defaults, wrapped in a CompositePrincipal',
    code: `import { Role, WebIdentityPrincipal, CompositePrincipal, Conditions } from 'aws-cdk-lib/aws-iam';
const domain = '${P}';
export function roles(stack: any, props: { repos: { owner: string; repo?: string; filter?: string }[] }) {
  const subjects = props.repos.flatMap((r) => [\`repo:\${r.owner}/\${r.repo ?? '*'}:\${r.filter ?? '*'}\`]);
  const conditions: Conditions = { StringLike: { [\`\${domain}:aud\`]: 'sts.amazonaws.com', [\`\${domain}:sub\`]: subjects } };
  return new Role(stack, 'Deploy', { assumedBy: new CompositePrincipal(new WebIdentityPrincipal('arn:aws:iam::1:oidc-provider/' + domain, conditions)) });
}`,
    expected: ['oidc-owner-wide', 'oidc-unresolved', 'oidc-unresolved', 'oidc-unresolved'],
  },
  {
    name: 'a stack instantiated in the same file: its props are used (a bare "main" context never matches)',
    code: `${IAM}interface Props extends cdk.StackProps { repos: { owner: string; repo: string; filter?: string }[] }
class Gh extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: Props) {
    super(scope, id, props);
    const domain = '${P}';
    const provider = new iam.OpenIdConnectProvider(this, 'Gh', { url: \`https://\${domain}\`, clientIds: ['sts.amazonaws.com'] });
    const subs = props.repos.map((r) => \`repo:\${r.owner}/\${r.repo}:\${r.filter ?? '*'}\`);
    new iam.Role(this, 'Deploy', { assumedBy: new iam.WebIdentityPrincipal(provider.openIdConnectProviderArn, { StringLike: { [\`\${domain}:sub\`]: subs } }) });
  }
}
const app = new cdk.App();
new Gh(app, 'Gh', { repos: [{ owner: 'acme', repo: 'site' }, { owner: 'acme', repo: 'tools', filter: 'main' }] });`,
    expected: ['oidc-any-context', 'oidc-subject-unmatchable', 'oidc-audience'],
  },
  {
    name: 'a subject from process.env without a context part',
    code: `${IAM}const REPO = process.env.GITHUB_REPOSITORY;
new iam.Role(stack, 'Deploy', {
  assumedBy: new iam.WebIdentityPrincipal('arn:aws:iam::1:oidc-provider/${P}', {
    StringEquals: { '${P}:aud': 'sts.amazonaws.com' },
    StringLike: { '${P}:sub': [\`repo:\${REPO}\`] },
  }),
});`,
    // A sub without a context part is the customised ["repo"] template: every context of that
    // (unresolved) repository carries it, as for a literal \`repo:acme/app\`.
    expected: ['oidc-unresolved', 'oidc-any-context'],
  },
  {
    name: 'GithubActionsRole (aws-cdk-github-oidc) with the default filter',
    code: `import { GithubActionsIdentityProvider, GithubActionsRole } from 'aws-cdk-github-oidc';
const provider = new GithubActionsIdentityProvider(stack, 'Gh');
new GithubActionsRole(stack, 'Upload', { provider, owner: 'acme', repo: 'site' });
new GithubActionsRole(stack, 'Release', { provider, owner: 'acme', repo: 'site', filter: 'ref:refs/tags/v*' });
new GithubActionsRole(stack, 'Main', { provider: GithubActionsIdentityProvider.fromAccount(stack, 'P'), owner: 'acme', repo: 'site', filter: 'ref:refs/heads/main' });`,
    // Every release (v1.0.0 to v2.4.1, src/role.ts) builds StringLike on one sub string, not ForAnyValue.
    expected: ['oidc-any-context', 'oidc-ref-wildcard'],
  },
  {
    name: 'a class named GithubActionsRole from a project file is that file\'s code, not the library\'s construct',
    code: `import { GithubActionsRole } from './constructs/github-role';
import { GithubActionsRole as Lib } from '../vendor/aws-cdk-github-oidc';
new GithubActionsRole(stack, 'Deploy', { repository: 'acme/site', branch: 'main' });
new Lib(stack, 'Other', { owner: 'acme', repo: 'site' });`,
    // Neither is the npm package: its semantics do not apply (before: a made-up trust on
    // repo:undefined/undefined:* with oidc-any-context and oidc-set-operator).
    expected: [],
  },
  {
    name: 'GitHubActionRole (cdk-pipelines-github): repos become repo:<repo>:*, no aud, its own provider',
    code: `import { GitHubActionRole } from 'cdk-pipelines-github';
new GitHubActionRole(stack, 'Gh', { repos: ['acme/app'] });
new GitHubActionRole(stack, 'Main', {
  provider: GitHubActionRole.existingGitHubActionsProvider(stack),
  subjectClaims: ['repo:acme/app:ref:refs/heads/main'],
});`,
    // The provider it creates accepts sts.amazonaws.com only: the info variant of oidc-audience.
    expected: ['oidc-audience', 'oidc-any-context', 'oidc-audience'],
  },
  {
    name: 'a class extending iam.Role that builds its subjects with a static helper',
    code: `${IAM}interface Repo { owner: string; repo: string; filter?: string }
export class CiRole extends iam.Role {
  private static subject(r: Repo): string {
    const { owner, repo, filter = '*' } = r;
    return \`repo:\${owner}/\${repo}:\${filter}\`;
  }
  constructor(scope: cdk.Stack, id: string, props: { provider: iam.IOpenIdConnectProvider; repos: Repo[] }) {
    super(scope, id, {
      assumedBy: new iam.OpenIdConnectPrincipal(props.provider, {
        StringLike: { '${P}:sub': props.repos.map((r) => CiRole.subject(r)) },
        StringEquals: { '${P}:aud': 'sts.amazonaws.com' },
      }),
    });
  }
}`,
    expected: ['oidc-unresolved', 'oidc-unresolved', 'oidc-unresolved', 'oidc-any-context'],
  },
  {
    name: 'withConditions and PrincipalWithConditions add conditions; CfnRole inline document',
    code: `${IAM}const base = new iam.WebIdentityPrincipal('arn:aws:iam::1:oidc-provider/${P}');
new iam.Role(stack, 'A', { assumedBy: base.withConditions({ StringEquals: { '${P}:aud': 'sts.amazonaws.com', '${P}:sub': 'repo:acme/app:pull_request' } }) });
new iam.Role(stack, 'B', { assumedBy: new iam.PrincipalWithConditions(base, { StringEquals: { '${P}:aud': 'sts.amazonaws.com', '${P}:sub': 'repo:acme/app:ref:refs/heads/main' } }) });
new iam.CfnRole(stack, 'C', {
  assumeRolePolicyDocument: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::1:oidc-provider/${P}' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { '${P}:aud': 'sts.amazonaws.com' } } }],
  },
});`,
    expected: ['oidc-pull-request', 'oidc-any-owner'],
  },
  {
    name: 'AnyPrincipal, and a long-lived access key for a user',
    code: `${IAM}new iam.Role(stack, 'Open', { assumedBy: new iam.AnyPrincipal() });
const user = new iam.User(stack, 'Ci', { userName: 'ci' });
new iam.AccessKey(stack, 'Key', { user });
new iam.CfnAccessKey(stack, 'Key2', { userName: 'ci' });`,
    expected: ['trust-wildcard-principal', 'iac-access-key', 'iac-access-key'],
  },
  {
    name: 'conditions from a function parameter: not analysed, and said so',
    code: `${IAM}export function role(stack: cdk.Stack, conditions: iam.Conditions) {
  return new iam.Role(stack, 'R', { assumedBy: new iam.WebIdentityPrincipal('arn:aws:iam::1:oidc-provider/${P}', conditions) });
}`,
    expected: ['oidc-unresolved'],
  },
  {
    name: 'service roles and unrelated TypeScript give nothing',
    code: `${IAM}new iam.Role(stack, 'Lambda', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
export const add = (a: number, b: number) => a + b;`,
    expected: [],
  },
];

describe('CDK TypeScript through typescript-eslint’s parser (no type information)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const messages = lint(c.code, 'lib/stack.ts');
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      expect(ids(messages)).toEqual(c.expected);
    });
  }

  /** An owner-wide CDK role; `comment` goes on the line above its sub condition. */
  const role = (comment: string) => `${IAM}new iam.Role(stack, 'A', {
  assumedBy: new iam.WebIdentityPrincipal('arn:aws:iam::1:oidc-provider/${P}', {
    StringEquals: { '${P}:aud': 'sts.amazonaws.com' },
    ${comment}
    StringLike: { '${P}:sub': 'repo:acme/*' },
  }),
});`;

  it('eslint-disable-next-line and trustlint-ignore comments work in TypeScript', () => {
    expect(ids(lint(role(''), 'stack.ts'))).toEqual(['oidc-owner-wide']);
    expect(ids(lint(role('// eslint-disable-next-line trustlint/oidc-owner-wide -- org-wide deploy role'), 'stack.ts'))).toEqual([]);
    expect(ids(lint(role('// trustlint-ignore oidc-owner-wide -- org-wide deploy role'), 'stack.ts'))).toEqual([]);
    expect(ids(lint(role('/* trustlint-ignore oidc-owner-wide -- org-wide deploy role */'), 'stack.ts'))).toEqual([]);
  });

  it('reports trustlint-ignore comments that suppress nothing, with the core grammar and messages', () => {
    const report = (comment: string) =>
      lint(role(comment), 'stack.ts').map((m) => `${m.ruleId!.replace('trustlint/', '')} ${m.line}:${m.column}-${m.endColumn} ${m.message}`);
    const line = IAM.split('\n').length + 3;
    expect(report('// trustlint-ignore oidc-owner-wide')).toEqual([
      `unused-suppression ${line}:8-40 this trustlint-ignore comment for oidc-owner-wide has no reason, so it suppresses nothing: add why the finding is accepted after \`--\` (\`trustlint-ignore rule-id -- reason\`).`,
      expect.stringMatching(new RegExp(`^oidc-owner-wide ${line + 1}:`)),
    ]);
    expect(report('// trustlint-ignore oidc-owner-wide, oidc-any-ownr -- org-wide')).toEqual([
      `unused-suppression ${line}:42-55 "oidc-any-ownr" is not a trustlint rule id (did you mean "oidc-any-owner"?), so it suppresses nothing; \`trustlint rules\` lists the ids.`,
    ]);
    expect(report('// trustlint-ignore oidc-audience -- wrong line')).toEqual([
      `unused-suppression ${line}:25-38 trustlint-ignore oidc-audience suppresses nothing: no oidc-audience finding starts on line ${line + 1}. Remove the comment, or move it to the line above the finding.`,
      expect.stringMatching(new RegExp(`^oidc-owner-wide ${line + 1}:`)),
    ]);
  });
});

describe('exact locations in the TypeScript source', () => {
  const code = `${IAM}const OWNER = 'acme';
new iam.Role(stack, 'Deploy', {
  assumedBy: new iam.WebIdentityPrincipal('arn:aws:iam::1:oidc-provider/${P}', {
    StringLike: { '${P}:sub': \`repo:\${OWNER}/app:*\` },
  }),
});
`;
  const rule = (id: string) => rules[id]!;
  ruleTester('ts').run('oidc-any-context', rule('oidc-any-context'), {
    valid: [],
    invalid: [{ filename: 'stack.ts', code, errors: [{ messageId: 'finding', line: 6, column: 62, endLine: 6, endColumn: 83 }] }],
  });
  ruleTester('ts').run('oidc-audience', rule('oidc-audience'), {
    valid: [],
    invalid: [
      {
        filename: 'stack.ts',
        code,
        errors: [
          {
            messageId: 'finding',
            line: 5,
            column: 111,
            endLine: 7,
            endColumn: 4,
            suggestions: [{ messageId: 'addAudience', output: code.replace(`StringLike: {`, `StringEquals: { '${P}:aud': 'sts.amazonaws.com' },\n    StringLike: {`) }],
          },
        ],
      },
    ],
  });
});
