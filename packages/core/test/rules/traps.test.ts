import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { SCOPE_ORDER } from '../../src/catalog/rules.js';

/**
 * The traps of spec/domain.md that concern JSON trust policies, each with the verdict given there:
 * the one scope finding expected (or none) and other ids that must or must not appear.
 */
const GH = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const K = 'token.actions.githubusercontent.com';
const AUD = { [`${K}:aud`]: 'sts.amazonaws.com' };

type Cond = Record<string, Record<string, string | string[]>>;
interface Stmt {
  Effect?: string;
  Principal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Condition?: Cond;
}

function policy(statements: Stmt[], version = '2012-10-17'): string {
  const full = statements.map((s) => ({
    Effect: 'Allow',
    Principal: { Federated: GH },
    ...(s.NotAction ? {} : { Action: 'sts:AssumeRoleWithWebIdentity' }),
    ...s,
  }));
  return JSON.stringify({ Version: version, Statement: full }, null, 2);
}
const allow = (Condition?: Cond, extra: Stmt = {}): Stmt => ({ ...(Condition ? { Condition } : {}), ...extra });

interface Trap {
  n: number;
  title: string;
  text: string;
  /** Scope ids expected, one per Allow statement that gets one (in statement order). */
  scope: string[];
  present?: string[];
  absent?: string[];
}

const traps: Trap[] = [
  { n: 1, title: 'aud-only', text: policy([allow({ StringEquals: AUD })]), scope: ['oidc-any-owner'] },
  { n: 2, title: 'aud pinned to owner URL', text: policy([allow({ StringEquals: { [`${K}:aud`]: 'https://github.com/my-org' } })]), scope: ['oidc-any-owner'] },
  { n: 3, title: 'repo:*', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:*' } })]), scope: ['oidc-any-owner'] },
  { n: 3, title: 'repo:*/*', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:*/*' } })]), scope: ['oidc-any-owner'] },
  { n: 4, title: 'loose value in list', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: ['repo:acme/app:ref:refs/heads/main', '*'] } })]), scope: ['oidc-any-owner'] },
  { n: 5, title: 'owner prefix without slash', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme*' } })]), scope: ['oidc-any-owner'] },
  { n: 5, title: 'owner prefix without slash, with context', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme*:*' } })]), scope: ['oidc-any-owner'] },
  { n: 5, title: 'correct owner-wide form', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/*' } })]), scope: ['oidc-owner-wide'] },
  { n: 6, title: 'repo prefix', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/app*' } })]), scope: ['oidc-repo-prefix'] },
  { n: 6, title: 'repo prefix with context', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/app*:*' } })]), scope: ['oidc-repo-prefix'] },
  { n: 7, title: 'branch prefix', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main*' } })]), scope: ['oidc-ref-wildcard'] },
  { n: 8, title: '? wildcard', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/ap?:*' } })]), scope: ['oidc-repo-prefix'] },
  { n: 9, title: 'StringEquals with *', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/*' } })]), scope: [], present: ['oidc-stringequals-wildcard'] },
  { n: 10, title: 'case-variant key', text: policy([allow({ StringEquals: AUD, StringLike: { 'TOKEN.ACTIONS.GITHUBUSERCONTENT.COM:SUB': '*' } })]), scope: ['oidc-any-owner'] },
  { n: 10, title: 'two case variants of one key are AND-ed', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main', [`${K.toUpperCase()}:SUB`]: '*' } })]), scope: [] },
  { n: 11, title: 'ForAllValues on an absent key', text: policy([allow({ StringEquals: AUD, 'ForAllValues:StringEquals': { [`${K}:environment`]: 'prod' } })]), scope: ['oidc-any-owner'], present: ['oidc-set-operator'] },
  { n: 11, title: 'ForAllValues on a typo key', text: policy([allow({ StringEquals: AUD, 'ForAllValues:StringEquals': { [`${K}:subject`]: 'repo:acme/app:ref:refs/heads/main' } })]), scope: ['oidc-any-owner'], present: ['oidc-key-mismatch'] },
  { n: 11, title: 'ForAllValues on a key AWS does not populate', text: policy([allow({ StringEquals: AUD, 'ForAllValues:StringEquals': { [`${K}:repository_owner`]: 'acme' } })]), scope: ['oidc-any-owner'], present: ['oidc-key-mismatch'] },
  { n: 11, title: 'ForAllValues:StringLike on sub behaves like StringLike', text: policy([allow({ StringEquals: AUD, 'ForAllValues:StringLike': { [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main' } })]), scope: [], present: ['oidc-set-operator'] },
  { n: 12, title: 'IfExists on a key that can be absent', text: policy([allow({ StringEquals: AUD, StringEqualsIfExists: { [`${K}:environment`]: 'prod' } })]), scope: ['oidc-any-owner'] },
  { n: 12, title: 'IfExists on sub is the plain operator', text: policy([allow({ StringEquals: AUD, StringEqualsIfExists: { [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main' } })]), scope: [] },
  { n: 13, title: 'StringNotLike deny-list', text: policy([allow({ StringEquals: AUD, StringNotLike: { [`${K}:sub`]: 'repo:evil/*' } })]), scope: ['oidc-any-owner'] },
  { n: 13, title: 'StringNotEquals values AND-ed', text: policy([allow({ StringEquals: AUD, StringNotEquals: { [`${K}:sub`]: ['a', 'b'] } })]), scope: ['oidc-any-owner'] },
  { n: 14, title: 'Null check only', text: policy([allow({ StringEquals: AUD, Null: { [`${K}:sub`]: 'false' } })]), scope: ['oidc-any-owner'] },
  { n: 15, title: 'two Allow statements', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main' } }), allow({ StringEquals: AUD })]), scope: ['oidc-any-owner'] },
  { n: 16, title: 'Deny narrows an aud-only Allow', text: policy([allow({ StringEquals: AUD }), { Effect: 'Deny', Condition: { StringNotLike: { [`${K}:sub`]: 'repo:acme/app:*' } } }]), scope: ['oidc-any-context'], absent: ['oidc-any-owner'] },
  { n: 16, title: 'Deny with a positive operator on an absent key never fires', text: policy([allow({ StringEquals: AUD }), { Effect: 'Deny', Condition: { StringEquals: { [`${K}:environment`]: 'dev' } } }]), scope: ['oidc-any-owner'] },
  { n: 17, title: 'Action sts:*', text: policy([allow({ StringEquals: AUD }, { Action: 'sts:*' })]), scope: ['oidc-any-owner'] },
  { n: 17, title: 'Action *', text: policy([allow({ StringEquals: AUD }, { Action: '*' })]), scope: ['oidc-any-owner'] },
  { n: 17, title: 'Action sts:AssumeRole*', text: policy([allow({ StringEquals: AUD }, { Action: 'sts:AssumeRole*' })]), scope: ['oidc-any-owner'] },
  { n: 17, title: 'Action in other case', text: policy([allow({ StringEquals: AUD }, { Action: 'STS:assumerolewithwebidentity' })]), scope: ['oidc-any-owner'] },
  { n: 17, title: 'NotAction', text: policy([allow({ StringEquals: AUD }, { NotAction: 'sts:AssumeRole' })]), scope: ['oidc-any-owner'] },
  { n: 18, title: 'Principal * with a GitHub sub condition', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main' } }, { Principal: '*' })]), scope: [], present: ['trust-wildcard-principal'] },
  { n: 18, title: 'Principal * without conditions', text: policy([allow(undefined, { Principal: '*' })]), scope: ['oidc-any-owner'], present: ['trust-wildcard-principal'] },
  { n: 18, title: '{"AWS":"*"} without conditions', text: policy([allow(undefined, { Principal: { AWS: '*' } })]), scope: ['oidc-any-owner'], present: ['trust-wildcard-principal'] },
  { n: 19, title: 'enterprise prefix, positive operators: unusable', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main' } }, { Principal: { Federated: `${GH}/acme` } })]), scope: [], present: ['oidc-key-mismatch'] },
  { n: 19, title: 'enterprise prefix, StringNotLike: open', text: policy([allow({ StringNotLike: { [`${K}:sub`]: 'repo:evil/*' } }, { Principal: { Federated: `${GH}/acme` } })]), scope: ['oidc-any-owner'], present: ['oidc-key-mismatch'] },
  { n: 20, title: 'two providers, conditions for one', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main' } }, { Principal: { Federated: [GH, 'arn:aws:iam::123456789012:oidc-provider/ghes.acme.example/_services/token'] } })]), scope: [] },
  { n: 20, title: 'two providers, negated condition for one', text: policy([allow({ StringNotEquals: { [`${K}:sub`]: 'repo:evil/x:ref:refs/heads/main' }, StringEquals: { [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main' } }, { Principal: { Federated: [GH, 'arn:aws:iam::123456789012:oidc-provider/ghes.acme.example/_services/token'] } })]), scope: [] },
  { n: 21, title: 'job_workflow_ref alone', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:job_workflow_ref`]: 'acme/deploy/.github/workflows/deploy.yml@refs/heads/main' } })]), scope: ['oidc-reusable-workflow-only'] },
  { n: 21, title: 'job_workflow_ref with a ref wildcard', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:job_workflow_ref`]: 'acme/deploy/.github/workflows/deploy.yml@*' } })]), scope: ['oidc-reusable-workflow-only'] },
  { n: 22, title: 'customised sub: job_workflow_ref', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'job_workflow_ref:acme/deploy/.github/workflows/deploy.yml@*' } })]), scope: ['oidc-reusable-workflow-only'], absent: ['oidc-subject-unmatchable'] },
  { n: 23, title: 'customised sub: repository_owner', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repository_owner:acme' } })]), scope: ['oidc-owner-wide'], absent: ['oidc-subject-unmatchable'] },
  { n: 23, title: 'customised sub: repository_owner_id', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repository_owner_id:12345' } })]), scope: ['oidc-owner-wide'] },
  { n: 24, title: 'immutable-format id wildcards', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme@*/app@*:ref:refs/heads/main' } })]), scope: ['oidc-id-wildcard'] },
  { n: 24, title: 'immutable-format exact ids', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme@123/app@456:ref:refs/heads/main' } })]), scope: [] },
  { n: 26, title: 'exact environment: no finding offline', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/app:environment:prod' } })]), scope: [] },
  { n: 27, title: 'main only: no finding on the policy side', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main' } })]), scope: [] },
  { n: 28, title: 'pull_request subject', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/app:pull_request' } })]), scope: ['oidc-pull-request'] },
  { n: 28, title: 'repo:acme/app:*', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/app:*' } })]), scope: ['oidc-any-context'] },
  { n: 29, title: '%3A in an environment subject is GitHub\'s escaping', text: policy([allow({ StringEquals: { ...AUD, [`${K}:sub`]: 'repo:acme/app:environment:prod%3Aeu' } })]), scope: [], absent: ['oidc-subject-unmatchable'] },
  { n: 30, title: 'StringEqualsIgnoreCase on sub admits a case-variant branch', text: policy([allow({ StringEquals: AUD, StringEqualsIgnoreCase: { [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/main' } })]), scope: ['oidc-ref-wildcard'] },
  // Under 2008-10-17 `${*}` is plain text, so its `*` stays a StringLike wildcard: branches named
  // `${…}` get in (a new name within one context kind).
  { n: 33, title: 'Version 2008-10-17: ${*} is literal text whose * is a wildcard', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/${*}' } })], '2008-10-17'), scope: ['oidc-ref-wildcard'] },
  { n: 33, title: 'Version 2012-10-17: ${*} is a literal star, not a wildcard', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/app:ref:refs/heads/${*}' } })]), scope: [] },
  { n: 40, title: '.git-suffixed repository', text: policy([allow({ StringEquals: AUD, StringLike: { [`${K}:sub`]: 'repo:acme/app.git:*' } })]), scope: [], present: ['oidc-subject-unmatchable'] },
];

describe('traps of spec/domain.md (JSON policies)', () => {
  for (const trap of traps) {
    it(`trap ${trap.n}: ${trap.title}`, () => {
      const findings = analyze([{ file: `trap-${trap.n}.json`, text: trap.text }]).findings;
      const ids = findings.map((f) => f.ruleId);
      expect(ids.filter((id) => (SCOPE_ORDER as readonly string[]).includes(id))).toEqual(trap.scope);
      for (const id of trap.present ?? []) expect(ids).toContain(id);
      for (const id of trap.absent ?? []) expect(ids).not.toContain(id);
      for (const f of findings) expect(f.location).not.toBeNull();
    });
  }

  it('trap 34: duplicate JSON keys are reported and the last value is evaluated', () => {
    const text = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"${GH}"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"${K}:aud":"sts.amazonaws.com"},"StringLike":{"${K}:sub":"repo:acme/app:*","${K}:sub":"*"}}}]}`;
    const ids = analyze([{ file: 'trap-34.json', text }]).findings.map((f) => f.ruleId);
    expect(ids).toContain('oidc-unresolved');
    expect(ids).toContain('oidc-any-owner');
  });

  it('every scope finding carries a witness with sub and aud', () => {
    for (const trap of traps) {
      for (const f of analyze([{ file: 'x.json', text: trap.text }]).findings) {
        if (!(SCOPE_ORDER as readonly string[]).includes(f.ruleId)) continue;
        expect(f.witness?.sub, trap.title).toBeTruthy();
        expect(f.witness?.aud, trap.title).toBeTruthy();
      }
    }
  });
});
