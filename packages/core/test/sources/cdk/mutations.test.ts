import { describe, expect, it } from 'vitest';
import { findings, IAM, P, policyJson, read, trustPolicies } from './helpers.js';

/**
 * Changes to a conditions object after it is created (issue 13): modelled in straight-line code before
 * the role is created; anywhere the static reading cannot order them (a loop, a branch, a call, after
 * the role exists), the trust is reported unresolved — never judged from the object as first written.
 */
const ARN = `arn:aws:iam::1:oidc-provider/${P}`;
const AUD = `{ StringEquals: { '${P}:aud': 'sts.amazonaws.com' } }`;
const role = (name: string, conditions: string): string => `new iam.Role(stack, '${name}', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', ${conditions}) });`;
const ids = (text: string): string[] => findings(`${IAM}${text}`).map((f) => f.ruleId);
const subOf = (text: string): unknown => {
  const [doc] = trustPolicies(read(`${IAM}${text}`));
  return doc ? (policyJson(doc) as { Statement: { Condition: unknown }[] }).Statement[0]?.Condition : undefined;
};

describe('CDK: changes made before the role is created, in straight-line code', () => {
  it("conditions.StringEquals['…:sub'] = … narrows the trust (the issue's case): clean", () => {
    const text = `const conditions: any = ${AUD};
conditions.StringEquals['${P}:sub'] = 'repo:acme/app:ref:refs/heads/main';
${role('Deploy', 'conditions')}`;
    expect(subOf(text)).toEqual({ StringEquals: { [`${P}:aud`]: 'sts.amazonaws.com', [`${P}:sub`]: 'repo:acme/app:ref:refs/heads/main' } });
    expect(ids(text)).toEqual([]);
  });

  it('obj.k = v adds an operator; a computed key from a constant; the last write wins', () => {
    const text = `const K = '${P}:sub';
const c: any = ${AUD};
c.StringLike = { [K]: 'repo:acme/app:ref:refs/heads/main' };
c.StringLike[K] = 'repo:acme/*';
${role('Deploy', 'c')}`;
    expect(ids(text)).toEqual(['oidc-owner-wide']);
  });

  it('Object.assign into the operator block, and an alias of the same object', () => {
    const text = `const c: any = ${AUD};
const same = c.StringEquals;
Object.assign(same, { '${P}:sub': 'repo:acme/app:pull_request' });
${role('Deploy', 'c')}`;
    expect(ids(text)).toEqual(['oidc-pull-request']);
  });

  it('delete removes the sub condition: any owner gets in', () => {
    const text = `const c: any = { StringEquals: { '${P}:aud': 'sts.amazonaws.com', '${P}:sub': 'repo:acme/app:ref:refs/heads/main' } };
delete c.StringEquals['${P}:sub'];
${role('Deploy', 'c')}`;
    expect(ids(text)).toEqual(['oidc-any-owner']);
  });

  it('spreads {...base, k: v} keep the base and override it', () => {
    const text = `const base = { '${P}:aud': 'sts.amazonaws.com', '${P}:sub': 'repo:acme/*' };
${role('Deploy', `{ StringEquals: { ...base, '${P}:sub': 'repo:acme/app:ref:refs/heads/main' } }`)}`;
    expect(ids(text)).toEqual([]);
  });

  it('a helper that builds and changes its own object is followed; a let rebound before use', () => {
    const text = `function conditions(repo: string) {
  const c: any = { StringEquals: {}, StringLike: {} };
  c.StringEquals['${P}:aud'] = 'sts.amazonaws.com';
  c.StringLike['${P}:sub'] = \`repo:\${repo}:*\`;
  return c;
}
let subject = 'repo:acme/app:ref:refs/heads/main';
subject = 'repo:acme/app:pull_request';
${role('A', "conditions('acme/app')")}
${role('B', `{ StringEquals: { '${P}:aud': 'sts.amazonaws.com', '${P}:sub': subject } }`)}`;
    expect(ids(text)).toEqual(['oidc-any-context', 'oidc-pull-request']);
  });

  it('push in straight-line code adds subjects', () => {
    const text = `const subs = ['repo:acme/app:ref:refs/heads/main'];
subs.push('repo:acme/app:pull_request');
${role('Deploy', `{ StringEquals: { '${P}:aud': 'sts.amazonaws.com' }, StringLike: { '${P}:sub': subs } }`)}`;
    expect(ids(text)).toEqual(['oidc-pull-request']);
  });
});

describe('CDK: changes the evaluator does not follow make the trust unresolved, never a confident verdict', () => {
  const unresolved = (text: string): string[] => {
    const all = findings(`${IAM}${text}`);
    expect(all.map((f) => f.ruleId)).toEqual(['oidc-unresolved']);
    return all.map((f) => f.message);
  };

  it('in a branch: without it the view would be a false oidc-any-owner error', () => {
    const [message] = unresolved(`const c: any = ${AUD};
if (process.env.PROD) c.StringEquals['${P}:sub'] = 'repo:acme/app:ref:refs/heads/main';
${role('Deploy', 'c')}`);
    expect(message).toContain(`changed by "c.StringEquals['${P}:sub'] = 'repo:acme/app:re…" (a change made in a branch (line 3)`);
  });

  it('in a loop, and in a callback', () => {
    expect(unresolved(`const subs: string[] = [];
for (const r of ['app', 'web']) subs.push(\`repo:acme/\${r}:ref:refs/heads/main\`);
${role('Deploy', `{ StringEquals: { '${P}:aud': 'sts.amazonaws.com' }, StringLike: { '${P}:sub': subs } }`)}`)[0]).toContain('in a loop (line 3)');
    expect(unresolved(`const c: any = ${AUD};
['app'].forEach((r) => { c.StringEquals['${P}:sub'] = \`repo:acme/\${r}:ref:refs/heads/main\`; });
${role('Deploy', 'c')}`)[0]).toContain('inside the function at line 3');
  });

  it('through a call of a function trustlint cannot see, or of one that changes its argument', () => {
    expect(unresolved(`import { addSubject } from '@acme/oidc';
const c: any = ${AUD};
addSubject(c, 'acme/app');
${role('Deploy', 'c')}`)[0]).toContain('passed to addSubject, which may change it');
    expect(unresolved(`function addSubject(c: any) { c.StringEquals['${P}:sub'] = 'repo:acme/app:ref:refs/heads/main'; }
const c: any = ${AUD};
addSubject(c);
${role('Deploy', 'c')}`)[0]).toContain('inside addSubject');
  });

  it('after the role is created (CDK keeps condition objects by reference): the policy is withdrawn', () => {
    const text = `const c: any = ${AUD};
${role('Deploy', 'c')}
c.StringEquals['${P}:sub'] = 'repo:acme/app:ref:refs/heads/main';`;
    const [message] = unresolved(text);
    expect(message).toContain('changes the trust of iam.Role "Deploy" after it is created (line 3)');
    expect(trustPolicies(read(`${IAM}${text}`))).toEqual([]);
  });

  it('a class or function sees module state after the module ran; changes inside it to module objects are not followed', () => {
    const text = `const c: any = ${AUD};
export class S { constructor(stack: any) { ${role('Deploy', 'c')} } }
c.StringEquals['${P}:sub'] = 'repo:acme/app:ref:refs/heads/main';`;
    expect(ids(text)).toEqual([]);
    unresolved(`const c: any = ${AUD};
export function tweak() { c.StringEquals['${P}:sub'] = 'repo:acme/app:ref:refs/heads/main'; }
export class S { constructor(stack: any) { ${role('Deploy', 'c')} } }`);
  });
});
