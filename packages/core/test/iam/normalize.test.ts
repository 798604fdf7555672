import { describe, expect, it } from 'vitest';
import { normalizePolicy } from '../../src/iam/normalize.js';
import { parseOperator } from '../../src/iam/operators.js';
import { parseJsonTree } from '../../src/sources/json-tree.js';
import type { PolicyObject } from '../../src/model/policy.js';
import { GH_PROVIDER, SUB, ghPolicy, ghStatement, normalize } from './helpers.js';

function parseText(text: string): PolicyObject {
  const node = parseJsonTree(text);
  if (node.type !== 'object') throw new Error('not an object');
  return node;
}

const codes = (doc: Record<string, unknown>) => normalize(doc).problems.map((p) => p.code);

describe('parseOperator', () => {
  it('parses set qualifiers, IfExists and negation', () => {
    expect(parseOperator('StringLike')).toEqual({ base: 'StringLike', ifExists: false, negated: false });
    expect(parseOperator('ForAllValues:StringNotEqualsIfExists')).toEqual({
      set: 'ForAllValues',
      base: 'StringNotEquals',
      ifExists: true,
      negated: true,
    });
    expect(parseOperator('ForAnyValue:ArnLike')?.set).toBe('ForAnyValue');
    expect(parseOperator('NotIpAddress')?.negated).toBe(true);
    expect(parseOperator('NumericNotEquals')?.negated).toBe(true);
    expect(parseOperator('Null')).toEqual({ base: 'Null', ifExists: false, negated: false });
  });

  it('rejects unknown or mis-cased names and Null with IfExists', () => {
    for (const name of ['stringlike', 'STRINGEQUALS', 'StringLikeIgnoreCase', 'NullIfExists', 'ForAllValues:Null', 'forallvalues:StringLike', 'IfExists', 'StringEqualsIfExistsIfExists', 'ForAllValues:ForAnyValue:StringLike']) {
      expect(parseOperator(name), name).toBeNull();
    }
  });
});

describe('normalizePolicy', () => {
  it('reads Version: 2012-10-17 enables variables, 2008-10-17/missing do not, others are reported', () => {
    expect(normalize({ Version: '2012-10-17', Statement: [] }).variablesEnabled).toBe(true);
    expect(normalize({ Version: '2008-10-17', Statement: [] })).toMatchObject({ version: '2008-10-17', variablesEnabled: false, problems: [] });
    expect(normalize({ Statement: [] })).toMatchObject({ version: undefined, variablesEnabled: false, problems: [] });
    const bad = normalize({ Version: '2012-10-18', Statement: [] });
    expect(bad.variablesEnabled).toBe(false);
    expect(bad.problems).toMatchObject([{ code: 'invalid-version', path: ['Version'] }]);
  });

  it('reads a statement with exact paths', () => {
    const p = normalize(
      ghPolicy(
        ghStatement(
          { StringLike: { [SUB]: ['repo:acme/app:*', 'repo:acme/lib:*'] }, StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } },
          { Sid: 'GitHub', Action: ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'] },
        ),
      ),
    );
    expect(p.problems).toEqual([]);
    const st = p.statements[0]!;
    expect(st).toMatchObject({ index: 0, path: ['Statement', 0], sid: 'GitHub', effect: 'Allow', conditionPath: ['Statement', 0, 'Condition'] });
    expect(st.principal).toEqual({
      kind: 'map',
      path: ['Statement', 0, 'Principal'],
      entries: [{ type: 'Federated', path: ['Statement', 0, 'Principal', 'Federated'], values: [{ value: GH_PROVIDER, path: ['Statement', 0, 'Principal', 'Federated'] }] }],
    });
    expect(st.action).toEqual([
      { value: 'sts:AssumeRoleWithWebIdentity', path: ['Statement', 0, 'Action', 0] },
      { value: 'sts:TagSession', path: ['Statement', 0, 'Action', 1] },
    ]);
    expect(st.actionPath).toEqual(['Statement', 0, 'Action']);
    expect(st.conditions).toHaveLength(2);
    expect(st.conditions[0]).toMatchObject({
      operator: 'StringLike',
      operatorPath: ['Statement', 0, 'Condition', 'StringLike'],
      parsed: { base: 'StringLike' },
      key: SUB,
      keyPath: ['Statement', 0, 'Condition', 'StringLike', SUB],
      values: [
        { value: 'repo:acme/app:*', path: ['Statement', 0, 'Condition', 'StringLike', SUB, 0] },
        { value: 'repo:acme/lib:*', path: ['Statement', 0, 'Condition', 'StringLike', SUB, 1] },
      ],
    });
    expect(st.conditions[1]!.values).toEqual([
      { value: 'sts.amazonaws.com', path: ['Statement', 0, 'Condition', 'StringEquals', 'token.actions.githubusercontent.com:aud'] },
    ]);
  });

  it('accepts Statement as a single object (path ["Statement"])', () => {
    const p = normalize({ Version: '2012-10-17', Statement: ghStatement({ StringEquals: { [SUB]: 'x' } }) });
    expect(p.statements).toHaveLength(1);
    expect(p.statements[0]!.path).toEqual(['Statement']);
    expect(p.statements[0]!.conditions[0]!.values[0]!.path).toEqual(['Statement', 'Condition', 'StringEquals', SUB]);
  });

  it('reads Principal "*", {"AWS":"*"}, lists and NotPrincipal/NotAction', () => {
    const p = normalize(
      ghPolicy(
        { Effect: 'Allow', Principal: '*', NotAction: 'sts:AssumeRole' },
        { Effect: 'Deny', NotPrincipal: { AWS: '*', Federated: ['a', 'b'] }, Action: '*' },
      ),
    );
    expect(p.problems).toEqual([]);
    expect(p.statements[0]!.principal).toEqual({ kind: 'wildcard', path: ['Statement', 0, 'Principal'] });
    expect(p.statements[0]!.notAction).toEqual([{ value: 'sts:AssumeRole', path: ['Statement', 0, 'NotAction'] }]);
    expect(p.statements[0]!.notActionPath).toEqual(['Statement', 0, 'NotAction']);
    const np = p.statements[1]!.notPrincipal;
    expect(np?.kind).toBe('map');
    if (np?.kind === 'map') {
      expect(np.entries.map((e) => [e.type, e.values.map((v) => v.value)])).toEqual([
        ['AWS', ['*']],
        ['Federated', ['a', 'b']],
      ]);
      expect(np.entries[1]!.values[1]!.path).toEqual(['Statement', 1, 'NotPrincipal', 'Federated', 1]);
    }
  });

  it('turns numbers and booleans into their literal text, skips null with a problem', () => {
    const p = normalizePolicy(
      parseText(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*",
        "Condition":{"NumericEquals":{"n":1.0},"Bool":{"b":[true,null]},"StringEquals":{"s":null}}}]}`),
    );
    const [n, b, s] = p.statements[0]!.conditions;
    expect(n!.values).toEqual([{ value: '1.0', path: ['Statement', 0, 'Condition', 'NumericEquals', 'n'] }]);
    expect(b!.values).toEqual([{ value: 'true', path: ['Statement', 0, 'Condition', 'Bool', 'b', 0] }]);
    expect(s!.values).toEqual([]);
    expect(p.problems).toMatchObject([
      { code: 'invalid-type', path: ['Statement', 0, 'Condition', 'Bool', 'b', 1] },
      { code: 'invalid-type', path: ['Statement', 0, 'Condition', 'StringEquals', 's'] },
    ]);
  });

  it('reports invalid and missing Effect (effect null)', () => {
    const p = normalize(ghPolicy(ghStatement(undefined, { Effect: 'allow' }), { Principal: '*', Action: '*' }));
    expect(p.statements.map((s) => s.effect)).toEqual([null, null]);
    expect(p.problems).toMatchObject([
      { code: 'invalid-effect', path: ['Statement', 0, 'Effect'] },
      { code: 'missing-element', path: ['Statement', 1] },
    ]);
  });

  it('reports missing Action/NotAction and Principal/NotPrincipal', () => {
    expect(codes(ghPolicy({ Effect: 'Allow' }))).toEqual(['missing-element', 'missing-element']);
  });

  it('reports unknown statement and top-level elements; Resource is one IAM rejects in a trust policy', () => {
    // CreateRole: "MalformedPolicyDocument: Has prohibited field Resource" (devopsacademyau/academy PR #1368).
    const p = normalize({ Version: '2012-10-17', Foo: 1, Statement: [ghStatement(undefined, { Resource: '*', Conditions: {} })] });
    expect(p.problems).toMatchObject([
      { code: 'unknown-element', path: ['Foo'] },
      { code: 'prohibited-element', path: ['Statement', 0, 'Resource'], rejected: true },
      { code: 'unknown-element', path: ['Statement', 0, 'Conditions'] },
    ]);
  });

  it('reports invalid types', () => {
    const p = normalize(ghPolicy({ Effect: 'Allow', Principal: 'arn:aws:iam::1:root', Action: ['sts:AssumeRole', 5], Condition: { StringEquals: 'x' } }));
    expect(p.problems.map((x) => [x.code, x.path])).toEqual([
      ['invalid-type', ['Statement', 0, 'Principal']],
      ['invalid-type', ['Statement', 0, 'Action', 1]],
      ['invalid-type', ['Statement', 0, 'Condition', 'StringEquals']],
    ]);
    expect(p.statements[0]!.principal).toBeUndefined();
    expect(p.statements[0]!.action).toHaveLength(1);
    expect(codes({ Statement: 'x' })).toEqual(['invalid-type']);
    expect(codes({ Version: '2012-10-17' })).toEqual(['missing-element']);
  });

  it('reports Null/Bool values other than true/false (they never match)', () => {
    const p = normalize(ghPolicy(ghStatement({ Null: { [SUB]: ['false', 'no'] }, BoolIfExists: { 'aws:x': 'TRUE' } })));
    expect(p.problems).toMatchObject([{ code: 'invalid-type', path: ['Statement', 0, 'Condition', 'Null', SUB, 1] }]);
  });

  it('keeps an unknown operator as an entry with parsed null and reports it', () => {
    const p = normalize(ghPolicy(ghStatement({ stringlike: { [SUB]: 'repo:acme/*' } })));
    expect(p.statements[0]!.conditions[0]).toMatchObject({ operator: 'stringlike', parsed: null, key: SUB });
    expect(p.problems).toMatchObject([{ code: 'unknown-operator', path: ['Statement', 0, 'Condition', 'stringlike'] }]);
  });

  it('keeps case-variant keys of one operator block as separate entries (no duplicate)', () => {
    const p = normalize(ghPolicy(ghStatement({ StringLike: { [SUB]: 'repo:acme/*', [SUB.toUpperCase()]: '*' } })));
    expect(p.problems).toEqual([]);
    expect(p.statements[0]!.conditions.map((c) => c.key)).toEqual([SUB, SUB.toUpperCase()]);
  });

  it('keeps the last of duplicate keys and reports the earlier one', () => {
    const text = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*",
      "Condition":{"StringLike":{"${SUB}":"repo:acme/app:*","${SUB}":"*"}}}]}`;
    const p = normalizePolicy(parseText(text));
    const entries = p.statements[0]!.conditions;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.values).toEqual([{ value: '*', path: ['Statement', 0, 'Condition', 'StringLike', SUB] }]);
    expect(p.problems).toHaveLength(1);
    const dup = p.problems[0]!;
    expect(dup).toMatchObject({ code: 'duplicate-key', path: ['Statement', 0, 'Condition', 'StringLike', SUB], otherPath: ['Statement', 0, 'Condition', 'StringLike', SUB] });
    expect(dup.otherMember?.value).toMatchObject({ type: 'string', value: 'repo:acme/app:*' });
    expect(dup.otherMember!.keySpan.start.offset).toBeLessThan(text.lastIndexOf(`"${SUB}"`));
  });

  it('reports duplicates anywhere (Effect, Statement) and uses the last', () => {
    const p = normalizePolicy(
      parseText(`{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*"}],"Statement":[{"Effect":"Deny","Effect":"Allow","Principal":"*","Action":"*"}]}`),
    );
    expect(p.problems.map((x) => [x.code, x.path])).toEqual([
      ['duplicate-key', ['Statement']],
      ['duplicate-key', ['Statement', 0, 'Effect']],
    ]);
    expect(p.statements[0]!.effect).toBe('Allow');
  });
});
