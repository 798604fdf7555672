import { analyze } from '@trustlint/core';
import { describe, expect, it } from 'vitest';
import { ids, lint } from './helpers.js';

const P = 'token.actions.githubusercontent.com';
const ARN = `arn:aws:iam::123456789012:oidc-provider/${P}`;

/** A CloudFormation role whose sub is owner-wide; `comment` goes on the line above the sub. */
function template(comment = ''): string {
  return `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Org:
    Type: String
    Default: acme
Resources:
  Deploy:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: !Sub arn:aws:iam::\${AWS::AccountId}:oidc-provider/${P}
            Action: sts:AssumeRoleWithWebIdentity
            Condition:
              StringEquals:
                ${P}:aud: sts.amazonaws.com
              StringLike:
${comment ? `                ${comment}\n` : ''}                ${P}:sub: !Sub 'repo:\${Org}/*'
`;
}

describe('CloudFormation YAML through yaml-eslint-parser', () => {
  it('short-form tags (!Sub, !Ref, !GetAtt) are not errors, and the finding points at the value', () => {
    const messages = lint(template(), 'template.yaml');
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(ids(messages)).toEqual(['oidc-owner-wide']);
    const [core] = analyze([{ file: 'template.yaml', text: template() }]).findings;
    const span = core!.location!.span;
    expect(messages[0]).toMatchObject({ line: span.start.line, column: span.start.column + 1, endLine: span.end.line, endColumn: span.end.column + 1, message: core!.message });
  });

  it('# eslint-disable-next-line trustlint/<id> works', () => {
    expect(ids(lint(template('# eslint-disable-next-line trustlint/oidc-owner-wide -- org-wide CI role'), 'template.yaml'))).toEqual([]);
    // (ESLint also reports that directive as unused.)
    const other = lint(template('# eslint-disable-next-line trustlint/oidc-audience'), 'template.yaml');
    expect(ids(other.filter((m) => m.ruleId !== null))).toEqual(['oidc-owner-wide']);
  });

  it('# trustlint-ignore rule-id -- reason works; without a reason it does not', () => {
    expect(ids(lint(template('# trustlint-ignore oidc-owner-wide -- every repo of acme deploys'), 'template.yaml'))).toEqual([]);
    // The owner-wide finding is suppressed; oidc-any-owner has no finding there, which is reported.
    expect(ids(lint(template('# trustlint-ignore oidc-any-owner, oidc-owner-wide -- reviewed'), 'template.yaml'))).toEqual(['unused-suppression']);
    expect(ids(lint(template('# trustlint-ignore oidc-owner-wide'), 'template.yaml'))).toEqual(['unused-suppression', 'oidc-owner-wide']);
  });

  it('reports the same unused, reason-less and unknown-id comments as the CLI, at the same places', () => {
    for (const comment of [
      '# trustlint-ignore oidc-owner-wide',
      '# trustlint-ignore oidc-ownr-wide -- typo',
      '# trustlint-ignore oidc-audience -- no such finding here',
      '# trustlint-ignore oidc-owner-wide -- used',
    ]) {
      const text = template(comment);
      const cli = analyze([{ file: 'template.yaml', text, explicit: true }]).findings.map(
        (f) => `${f.ruleId} ${f.location!.span.start.line}:${f.location!.span.start.column + 1}-${f.location!.span.end.column + 1} ${f.message}`,
      );
      const editor = lint(text, 'template.yaml').map((m) => `${m.ruleId!.replace('trustlint/', '')} ${m.line}:${m.column}-${m.endColumn} ${m.message}`);
      expect(editor, comment).toEqual(cli);
    }
  });
});

describe('workflows through yaml-eslint-parser', () => {
  const workflow = (comment = '') => `on: push
permissions:
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
${comment ? `      ${comment}\n` : ''}      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
`;

  it('reports workflow rules in .github/workflows/*.yml', () => {
    expect(ids(lint(workflow(), '.github/workflows/deploy.yml'))).toContain('workflow-unpinned-action');
  });

  it('honours eslint-disable comments there too', () => {
    const messages = lint(workflow('# eslint-disable-next-line trustlint/workflow-unpinned-action'), '.github/workflows/deploy.yml');
    expect(ids(messages)).not.toContain('workflow-unpinned-action');
  });
});

describe('JSON has no comments: configuration suppresses', () => {
  const policy = JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Federated: ARN }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { [`${P}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${P}:sub`]: 'repo:acme/*' } } }],
    },
    null,
    2,
  );

  it('settings.trustlint.ignoreFindings (file relative to the working directory, reason required)', () => {
    expect(ids(lint(policy, 'infra/role.json'))).toEqual(['oidc-owner-wide']);
    const ignore = (reason: string) => ({ trustlint: { ignoreFindings: [{ file: 'infra/role.json', rule: 'oidc-owner-wide', reason }] } });
    expect(ids(lint(policy, 'infra/role.json', ignore('org-wide by design')))).toEqual([]);
    expect(ids(lint(policy, 'infra/role.json', ignore(' ')))).toEqual(['oidc-owner-wide']);
    expect(ids(lint(policy, 'other/role.json', ignore('org-wide by design')))).toEqual(['oidc-owner-wide']);
  });

  it('unrelated JSON (package.json) and YAML give nothing', () => {
    expect(lint('{ "name": "x", "version": "1.0.0" }\n', 'package.json')).toEqual([]);
    expect(lint('name: ci\nvalues: [1, 2]\n', 'values.yaml')).toEqual([]);
  });

  it('settings.trustlint.reportInfo: false drops findings whose variant severity is info', () => {
    const noAud = `import * as iam from 'aws-cdk-lib/aws-iam';
const provider = new iam.OpenIdConnectProvider(this, 'GitHub', { url: 'https://${P}', clientIds: ['sts.amazonaws.com'] });
new iam.Role(this, 'Deploy', {
  assumedBy: new iam.OpenIdConnectPrincipal(provider, { StringEquals: { '${P}:sub': 'repo:acme/app:ref:refs/heads/main' } }),
});
`;
    expect(ids(lint(noAud, 'stack.ts'))).toEqual(['oidc-audience']);
    expect(ids(lint(noAud, 'stack.ts', { trustlint: { reportInfo: false } }))).toEqual([]);
  });
});
