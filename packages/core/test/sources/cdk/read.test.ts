import { describe, expect, it } from 'vitest';
import type { AccessKeyDocument, OidcProviderDocument } from '../../../src/model/document.js';
import { readCdkProgram, type EsProgram } from '../../../src/sources/cdk/index.js';
import { findings, IAM, P, parse, policyJson, read, textAt, trustPolicies } from './helpers.js';

const ARN = `arn:aws:iam::123456789012:oidc-provider/${P}`;

describe('readCdkProgram: documents', () => {
  it('a Role with a WebIdentityPrincipal becomes the trust policy CDK synthesizes', () => {
    const result = read(`${IAM}new iam.Role(this, 'Deploy', {
  roleName: 'deploy',
  assumedBy: new iam.WebIdentityPrincipal('${ARN}', {
    StringEquals: { '${P}:aud': 'sts.amazonaws.com' },
    StringLike: { '${P}:sub': ['repo:acme/app:ref:refs/heads/main', 'repo:acme/app:environment:prod'] },
  }),
});`);
    const [doc] = trustPolicies(result);
    expect(doc).toMatchObject({ resource: 'iam.Role "Deploy"', roleName: 'deploy', sourceKind: 'cloudformation' });
    expect(policyJson(doc!)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: ARN },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { [`${P}:aud`]: 'sts.amazonaws.com' },
            StringLike: { [`${P}:sub`]: ['repo:acme/app:ref:refs/heads/main', 'repo:acme/app:environment:prod'] },
          },
        },
      ],
    });
    expect(result.findings).toEqual([]);
  });

  it('spans point into the TypeScript: the condition object, its keys and the string literals', () => {
    const text = `${IAM}new iam.Role(this, 'Deploy', {
  assumedBy: new iam.WebIdentityPrincipal('${ARN}', { StringLike: { '${P}:sub': 'repo:acme/*' } }),
});`;
    const [doc] = trustPolicies(read(text));
    const statement = doc!.root.members[1]!.value;
    if (statement.type !== 'array' || statement.items[0]?.type !== 'object') throw new Error('statement');
    const condition = statement.items[0].members.find((m) => m.key === 'Condition')!.value;
    if (condition.type !== 'object') throw new Error('condition');
    expect(textAt(text, condition.span)).toBe(`{ StringLike: { '${P}:sub': 'repo:acme/*' } }`);
    expect(textAt(text, condition.members[0]!.keySpan)).toBe('StringLike');
    const operator = condition.members[0]!.value;
    if (operator.type !== 'object') throw new Error('operator');
    expect(textAt(text, operator.members[0]!.value.span)).toBe(`'repo:acme/*'`);
    expect(textAt(text, doc!.location.span)).toMatch(/^new iam\.Role\(this, 'Deploy'/);
  });

  it('OpenIdConnectPrincipal takes the provider ARN IAM derives from the provider URL', () => {
    const result = read(`${IAM}const provider = new iam.OpenIdConnectProvider(this, 'Gh', { url: 'https://${P}/', clientIds: ['sts.amazonaws.com'] });
new iam.Role(this, 'R', { assumedBy: new iam.OpenIdConnectPrincipal(provider).withConditions({ StringEquals: { '${P}:sub': 'repo:a/b:ref:refs/heads/main' } }) });`);
    const provider = result.documents.find((d): d is OidcProviderDocument => d.kind === 'oidc-provider');
    expect(provider).toMatchObject({ url: `https://${P}/`, clientIds: [{ value: 'sts.amazonaws.com' }], resource: 'iam.OpenIdConnectProvider "Gh"' });
    const [doc] = trustPolicies(result);
    expect(policyJson(doc!)).toMatchObject({ Statement: [{ Principal: { Federated: `arn:aws:iam::<AWS::AccountId>:oidc-provider/${P}` } }] });
  });

  it('CompositePrincipal gives one statement per principal; FederatedPrincipal defaults to sts:AssumeRole', () => {
    const [doc] = trustPolicies(
      read(`${IAM}new iam.Role(this, 'R', { assumedBy: new iam.CompositePrincipal(new iam.ServicePrincipal('ec2.amazonaws.com'), new iam.FederatedPrincipal('${ARN}', {})) });`),
    );
    expect(policyJson(doc!)).toMatchObject({
      Statement: [
        { Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        { Principal: { Federated: ARN }, Action: 'sts:AssumeRole' },
      ],
    });
  });

  it('access keys, with the user name when it is known', () => {
    const result = read(`import { aws_iam as iam } from 'aws-cdk-lib';
const user = new iam.User(this, 'Ci', { userName: 'ci-bot' });
new iam.AccessKey(this, 'Key', { user });`);
    expect(result.documents.filter((d): d is AccessKeyDocument => d.kind === 'access-key')).toMatchObject([{ resource: 'iam.AccessKey "Key"', userName: 'ci-bot' }]);
  });

  it('ignores classes of other modules with the same names, and files that mention no construct', () => {
    expect(read(`import { Role } from './my-roles';\nnew Role(this, 'R', { assumedBy: 'x' });`).documents).toEqual([]);
    expect(read('export const x = 1;').documents).toEqual([]);
  });
});

describe('readCdkProgram: values', () => {
  const subOf = (code: string): unknown => {
    const [doc] = trustPolicies(read(`${IAM}${code}`));
    const json = policyJson(doc!) as { Statement: { Condition: Record<string, Record<string, unknown>> }[] };
    return Object.values(json.Statement[0]!.Condition).flatMap((o) => Object.entries(o)).find(([k]) => k.endsWith(':sub'))?.[1];
  };
  const role = (sub: string, prelude = '') =>
    `${prelude}\nnew iam.Role(this, 'R', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', { StringLike: { [\`\${'${P}'}:sub\`]: ${sub} } }) });`;

  it('constants, template literals, concatenation and object spreads', () => {
    expect(subOf(role('`repo:${OWNER}/${REPO}:ref:refs/heads/${BRANCH}`', "const OWNER = 'acme'; const REPO = 'app'; const BRANCH = 'main';"))).toBe(
      'repo:acme/app:ref:refs/heads/main',
    );
    expect(subOf(role("'repo:' + cfg.owner + '/app:*'", "const base = { owner: 'x' }; const cfg = { ...base, owner: 'acme' };"))).toBe('repo:acme/app:*');
  });

  it('functions of the file are inlined; parameters of the enclosing code are unresolved', () => {
    expect(subOf(role("subject('acme', 'app')", "function subject(owner: string, repo: string, ref = 'main') { return `repo:${owner}/${repo}:ref:refs/heads/${ref}`; }"))).toBe(
      'repo:acme/app:ref:refs/heads/main',
    );
    const result = read(`${IAM}export function make(stack: any, owner: string) {\n${role('`repo:${owner}/app:*`')}\n}`);
    expect(policyJson(trustPolicies(result)[0]!)).toMatchObject({ Statement: [{ Condition: { StringLike: { [`${P}:sub`]: 'repo:<owner>/app:*' } } }] });
  });

  it('a `??` default on an unresolved value covers both the value and the default', () => {
    expect(subOf(role("`repo:acme/${props.repo ?? '*'}:*`", 'declare const props: { repo?: string };'))).toEqual(['repo:acme/<props.repo>:*', 'repo:acme/*:*']);
  });

  it('process.env, CDK context and imports from other files are unresolved, with the reason', () => {
    const all = findings(
      `${IAM}import { ORG } from './config';\n${role("[`repo:${process.env.OWNER}/a:*`, `repo:${this.node.tryGetContext('org')}/b:*`, `repo:${ORG}/c:*`]")}`,
    ).filter((f) => f.ruleId === 'oidc-unresolved');
    expect(all.map((f) => f.properties?.expression)).toEqual(['process.env.OWNER', "this.node.tryGetContext('org')", 'ORG']);
    expect(all[0]?.message).toContain('read from the environment when the app is synthesized');
    expect(all[1]?.message).toContain('CDK context value');
  });

  it('a class instantiated in the file is evaluated with those props (one variant per instantiation)', () => {
    const result = read(`${IAM}class S { constructor(scope: any, id: string, props: { filter: string }) {
${role('`repo:acme/app:${props.filter}`')}
} }
new S(app, 'a', { filter: 'ref:refs/heads/main' });
new S(app, 'b', { filter: 'environment:prod' });`);
    const docs = trustPolicies(result);
    expect(docs.map((d) => d.variant)).toEqual(['with the props of new S(…) at line 6', 'with the props of new S(…) at line 7']);
    expect(docs.map((d) => (policyJson(d) as { Statement: { Condition: { StringLike: Record<string, string> } }[] }).Statement[0]!.Condition.StringLike[`${P}:sub`])).toEqual([
      'repo:acme/app:ref:refs/heads/main',
      'repo:acme/app:environment:prod',
    ]);
  });

  it('conditions that cannot be resolved: the statement is not analysed, and oidc-unresolved says so', () => {
    const result = read(`${IAM}export const f = (c: any) => new iam.Role(this, 'R', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', c) });`);
    expect(trustPolicies(result)).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['oidc-unresolved', 'the conditions of iam.Role "R" are "c" (a parameter of a function, set by its caller): they could not be resolved statically, so this trust statement was not analysed'],
    ]);
  });
});

describe('readCdkProgram: robustness', () => {
  it('accepts acorn-style start/end offsets instead of range', () => {
    const text = `${IAM}new iam.Role(this, 'R', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', { StringLike: { '${P}:sub': 'repo:acme/*' } }) });`;
    const toStartEnd = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(toStartEnd);
      if (typeof node !== 'object' || node === null) return node;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        if (k === 'parent' || k === 'loc') continue;
        if (k === 'range') {
          const [start, end] = v as [number, number];
          Object.assign(out, { start, end });
        } else out[k] = toStartEnd(v);
      }
      return out;
    };
    const acornLike = toStartEnd(parse(text)) as EsProgram;
    const [viaRange] = trustPolicies(read(text));
    const [viaStartEnd] = trustPolicies(readCdkProgram(acornLike, 'lib/stack.ts', text));
    expect(viaStartEnd).toEqual(viaRange);
  });

  it('recursion and pathological input end as unresolved values, not hangs', () => {
    const result = read(`${IAM}function f(n: number): string { return f(n) + 'x'; }
const a: any = a;
new iam.Role(this, 'R', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', { StringLike: { '${P}:sub': f(1) + a } }) });`);
    expect(trustPolicies(result)).toHaveLength(1);
  });
});

describe('sources/cdk has no parser dependency', () => {
  it('imports only relative modules (no @typescript-eslint, estree or other packages)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../../src/sources/cdk/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      for (const m of text.matchAll(/from '([^']+)'/g)) expect(m[1], `${file}: ${m[1]}`).toMatch(/^\.\.?\//);
    }
  });
});
