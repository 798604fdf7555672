import { describe, expect, it } from 'vitest';
import type { ContextValue, EvalOptions } from '../../src/iam/types.js';
import { conditionResult } from './helpers.js';

/** Result of `{ [op]: { k: values } }` against a context where `k` is `value` (absent if undefined). */
function r(op: string, values: unknown, value?: ContextValue, options?: EvalOptions & { version?: string | null }) {
  return conditionResult({ [op]: { k: values } }, value === undefined ? {} : { k: value }, options).result;
}

describe('string operators', () => {
  it('StringEquals is exact and case-sensitive; * and ? are literal', () => {
    expect(r('StringEquals', 'abc', 'abc')).toBe(true);
    expect(r('StringEquals', 'abc', 'ABC')).toBe(false);
    expect(r('StringEquals', 'a*', 'abc')).toBe(false);
    expect(r('StringEquals', 'a*', 'a*')).toBe(true);
    expect(r('StringEquals', 'a?c', 'abc')).toBe(false);
  });

  it('StringNotEquals is true only when no value matches', () => {
    expect(r('StringNotEquals', ['a', 'b'], 'c')).toBe(true);
    expect(r('StringNotEquals', ['a', 'b'], 'b')).toBe(false);
    expect(r('StringNotEquals', 'a', 'A')).toBe(true);
  });

  it('IgnoreCase variants fold case but keep wildcards literal', () => {
    expect(r('StringEqualsIgnoreCase', 'Repo:Acme', 'repo:ACME')).toBe(true);
    expect(r('StringEqualsIgnoreCase', 'repo:*', 'repo:x')).toBe(false);
    expect(r('StringNotEqualsIgnoreCase', 'abc', 'ABC')).toBe(false);
    expect(r('StringNotEqualsIgnoreCase', 'abc', 'abd')).toBe(true);
  });

  it('StringLike: * matches any run including empty, across / and :', () => {
    expect(r('StringLike', 'repo:acme/*', 'repo:acme/')).toBe(true);
    expect(r('StringLike', 'repo:acme/*', 'repo:acme/app:ref:refs/heads/a/b')).toBe(true);
    expect(r('StringLike', 'a*b*c', 'abc')).toBe(true);
    expect(r('StringLike', 'a*b*c', 'axxbyyc')).toBe(true);
    expect(r('StringLike', 'a*b*c', 'axxbyy')).toBe(false);
    expect(r('StringLike', '*', '')).toBe(true);
    expect(r('StringLike', 'repo:acme/app', 'Repo:acme/app')).toBe(false);
  });

  it('StringLike: ? matches exactly one character', () => {
    expect(r('StringLike', 'ap?', 'app')).toBe(true);
    expect(r('StringLike', 'ap?', 'ap')).toBe(false);
    expect(r('StringLike', 'ap?', 'appp')).toBe(false);
    expect(r('StringLike', 'a?', 'a€')).toBe(true);
  });

  it('StringNotLike is true only when the value matches none of the patterns', () => {
    expect(r('StringNotLike', ['repo:evil/*', 'repo:bad/*'], 'repo:acme/app')).toBe(true);
    expect(r('StringNotLike', ['repo:evil/*', 'repo:bad/*'], 'repo:bad/x')).toBe(false);
  });

  it('values are OR-ed for positive operators', () => {
    expect(r('StringEquals', ['x', 'y', 'z'], 'y')).toBe(true);
    expect(r('StringLike', ['x*', 'y*'], 'yes')).toBe(true);
    expect(r('StringLike', ['x*', 'y*'], 'no')).toBe(false);
  });

  it('an empty value list matches nothing (negated: everything)', () => {
    expect(r('StringEquals', [], 'a')).toBe(false);
    expect(r('StringNotEquals', [], 'a')).toBe(true);
  });
});

describe('absent keys, IfExists and Null', () => {
  it('absent key: positive false, negated true', () => {
    expect(r('StringEquals', 'a', undefined)).toBe(false);
    expect(r('StringLike', '*', undefined)).toBe(false);
    expect(r('StringNotEquals', 'a', undefined)).toBe(true);
    expect(r('StringNotLike', 'a*', undefined)).toBe(true);
    expect(r('NumericLessThan', '5', undefined)).toBe(false);
    expect(r('NotIpAddress', '10.0.0.0/8', undefined)).toBe(true);
    expect(conditionResult({ StringEquals: { k: 'a' } }, {}).outcome).toBe('key-absent');
  });

  it('…IfExists is true when the key is absent and the plain operator otherwise', () => {
    expect(r('StringEqualsIfExists', 'a', undefined)).toBe(true);
    expect(r('StringEqualsIfExists', 'a', 'b')).toBe(false);
    expect(r('StringEqualsIfExists', 'a', 'a')).toBe(true);
    expect(r('StringNotLikeIfExists', 'a*', 'abc')).toBe(false);
    expect(r('NumericLessThanIfExists', '5', undefined)).toBe(true);
    expect(conditionResult({ StringLikeIfExists: { k: 'a' } }, {}).outcome).toBe('if-exists-absent');
  });

  it('Null "true" holds iff the key is absent, "false" iff present', () => {
    expect(r('Null', 'true', undefined)).toBe(true);
    expect(r('Null', 'true', 'x')).toBe(false);
    expect(r('Null', 'false', 'x')).toBe(true);
    expect(r('Null', 'false', undefined)).toBe(false);
    expect(r('Null', true, undefined)).toBe(true); // JSON boolean → its text
    expect(r('Null', 'TRUE', undefined)).toBe(true);
  });

  it('Null with another value text never holds', () => {
    expect(r('Null', 'yes', undefined)).toBe(false);
    expect(r('Null', 'yes', 'x')).toBe(false);
  });
});

describe('typed operators', () => {
  it('Bool compares true/false case-insensitively', () => {
    expect(r('Bool', 'true', 'true')).toBe(true);
    expect(r('Bool', true, 'TRUE')).toBe(true);
    expect(r('Bool', 'false', 'true')).toBe(false);
    expect(r('Bool', 'yes', 'yes')).toBe(false);
    expect(r('BoolIfExists', 'true', undefined)).toBe(true);
  });

  it('Numeric operators compare numbers, not text', () => {
    expect(r('NumericEquals', '10', '10.0')).toBe(true);
    expect(r('NumericEquals', 10, '10')).toBe(true);
    expect(r('NumericNotEquals', ['1', '2'], '3')).toBe(true);
    expect(r('NumericNotEquals', ['1', '2'], '2')).toBe(false);
    expect(r('NumericLessThan', '10', '9')).toBe(true);
    expect(r('NumericLessThan', '10', '10')).toBe(false);
    expect(r('NumericLessThanEquals', '10', '10')).toBe(true);
    expect(r('NumericGreaterThan', '10', '11')).toBe(true);
    expect(r('NumericGreaterThan', '10', '10')).toBe(false);
    expect(r('NumericGreaterThanEquals', '-1.5', '-1.5')).toBe(true);
  });

  it('unparseable numbers never match', () => {
    expect(r('NumericEquals', 'ten', 'ten')).toBe(false);
    expect(r('NumericEquals', '10', '0x0a')).toBe(false);
  });

  it('Date operators accept ISO 8601 and epoch seconds', () => {
    expect(r('DateEquals', '2020-01-01T00:00:00Z', '1577836800')).toBe(true);
    expect(r('DateEquals', '2020-01-01', '2020-01-01T00:00:00Z')).toBe(true);
    expect(r('DateEquals', '2020-01-01T01:00:00+01:00', '2020-01-01T00:00:00Z')).toBe(true);
    expect(r('DateNotEquals', '2020-01-01', '2020-01-02')).toBe(true);
    expect(r('DateLessThan', '2020-01-01T00:00:00Z', '2019-12-31T23:59:59Z')).toBe(true);
    expect(r('DateLessThanEquals', '2020-01-01', '2020-01-01')).toBe(true);
    expect(r('DateGreaterThan', '2020-01-01', '2020-01-01T00:00:01Z')).toBe(true);
    expect(r('DateGreaterThanEquals', '2020-01-01', '2019-01-01')).toBe(false);
    expect(r('DateEquals', '2020-02-30', '2020-03-01')).toBe(false);
    expect(r('DateEquals', 'yesterday', 'yesterday')).toBe(false);
  });

  it('IpAddress / NotIpAddress with IPv4 and IPv6 CIDRs', () => {
    expect(r('IpAddress', '203.0.113.0/24', '203.0.113.7')).toBe(true);
    expect(r('IpAddress', '203.0.113.0/24', '203.0.114.7')).toBe(false);
    expect(r('IpAddress', '203.0.113.7', '203.0.113.7')).toBe(true);
    expect(r('IpAddress', '0.0.0.0/0', '8.8.8.8')).toBe(true);
    expect(r('IpAddress', '2001:db8::/32', '2001:db8:1::5')).toBe(true);
    expect(r('IpAddress', '2001:db8::/32', '2001:db9::5')).toBe(false);
    expect(r('IpAddress', '::ffff:0:0/96', '::ffff:1.2.3.4')).toBe(true);
    expect(r('IpAddress', '10.0.0.0/8', '2001:db8::1')).toBe(false);
    expect(r('NotIpAddress', ['10.0.0.0/8', '192.168.0.0/16'], '8.8.8.8')).toBe(true);
    expect(r('NotIpAddress', ['10.0.0.0/8', '192.168.0.0/16'], '10.1.2.3')).toBe(false);
    expect(r('IpAddress', '10.0.0.0/33', '10.0.0.1')).toBe(false);
    expect(r('IpAddress', '300.0.0.0/8', '300.0.0.1')).toBe(false);
  });

  it('ArnEquals/ArnLike match the six components separately, with wildcards', () => {
    const role = 'arn:aws:iam::123456789012:role/deploy';
    expect(r('ArnEquals', role, role)).toBe(true);
    expect(r('ArnLike', 'arn:aws:iam::*:role/*', role)).toBe(true);
    expect(r('ArnEquals', 'arn:aws:iam::123456789012:role/*', role)).toBe(true);
    expect(r('ArnLike', 'arn:aws:iam::1234?6789012:role/deploy', role)).toBe(true);
    expect(r('ArnLike', 'arn:aws:iam::*:role/deploy', 'arn:aws:iam::1:2:role/deploy')).toBe(false);
    expect(r('ArnLike', 'arn:aws:sns:*:*:topic:*', 'arn:aws:sns:eu-west-1:1:topic:sub')).toBe(true);
    expect(r('ArnLike', 'arn:aws:iam::*', role)).toBe(false); // not a six-part ARN
    expect(r('ArnLike', 'arn:aws:iam::123456789012:ROLE/deploy', role)).toBe(false);
    expect(r('ArnNotEquals', role, role)).toBe(false);
    expect(r('ArnNotLike', 'arn:aws:iam::*:user/*', role)).toBe(true);
  });

  it('BinaryEquals compares base64 bytes', () => {
    expect(r('BinaryEquals', 'QmluYXJ5', 'QmluYXJ5')).toBe(true);
    expect(r('BinaryEquals', 'QmluYXJ5', 'QmluYXJ6')).toBe(false);
    expect(r('BinaryEquals', 'not base64!', 'not base64!')).toBe(false);
  });
});

describe('set operators', () => {
  it('ForAllValues: every request value must match some policy value', () => {
    expect(r('ForAllValues:StringEquals', ['a', 'b'], ['a', 'b'])).toBe(true);
    expect(r('ForAllValues:StringEquals', ['a', 'b'], ['a', 'c'])).toBe(false);
    expect(r('ForAllValues:StringLike', ['a*'], 'abc')).toBe(true);
  });

  it('ForAllValues is true for an absent key and for an empty set', () => {
    expect(r('ForAllValues:StringEquals', 'a', undefined)).toBe(true);
    expect(r('ForAllValues:StringEquals', 'a', [])).toBe(true);
    expect(conditionResult({ 'ForAllValues:StringEquals': { k: 'a' } }, { k: [] }).outcome).toBe('set-empty');
  });

  it('ForAnyValue: some request value must match; false when absent or empty', () => {
    expect(r('ForAnyValue:StringEquals', ['a', 'b'], ['x', 'b'])).toBe(true);
    expect(r('ForAnyValue:StringEquals', ['a', 'b'], ['x', 'y'])).toBe(false);
    expect(r('ForAnyValue:StringEquals', 'a', undefined)).toBe(false);
    expect(r('ForAnyValue:StringEquals', 'a', [])).toBe(false);
    expect(r('ForAnyValue:StringEqualsIfExists', 'a', undefined)).toBe(true);
  });

  it('negated bases: ForAllValues = every value matches none; ForAnyValue = some value matches none', () => {
    expect(r('ForAllValues:StringNotEquals', ['a', 'b'], ['x', 'y'])).toBe(true);
    expect(r('ForAllValues:StringNotEquals', ['a', 'b'], ['x', 'a'])).toBe(false);
    expect(r('ForAnyValue:StringNotLike', ['a*'], ['abc', 'xyz'])).toBe(true);
    expect(r('ForAnyValue:StringNotLike', ['a*'], ['abc', 'axe'])).toBe(false);
  });

  it('plain operators read a multivalued request value as any-of (positive) / none-of (negated)', () => {
    expect(r('StringEquals', 'a', ['x', 'a'])).toBe(true);
    expect(r('StringNotEquals', 'a', ['x', 'a'])).toBe(false);
    expect(r('StringNotEquals', 'a', ['x', 'y'])).toBe(true);
  });
});

describe('keys and traces', () => {
  it('context keys are looked up case-insensitively', () => {
    expect(conditionResult({ StringEquals: { 'Token.Actions.GithubUserContent.Com:SUB': 'x' } }, { 'token.actions.githubusercontent.com:sub': 'x' }).result).toBe(true);
    expect(conditionResult({ StringEquals: { 'aws:sourceip': 'x' } }, { 'AWS:SourceIp': 'x' }).result).toBe(true);
  });

  it('matchedValues lists the policy values that matched (positive operators only)', () => {
    const t = conditionResult({ StringLike: { k: ['a*', 'b*', 'ab*'] } }, { k: 'abc' });
    expect(t.matchedValues).toEqual([
      ['Statement', 0, 'Condition', 'StringLike', 'k', 0],
      ['Statement', 0, 'Condition', 'StringLike', 'k', 2],
    ]);
    expect(t.outcome).toBe('matched');
    expect(conditionResult({ StringNotLike: { k: ['x*'] } }, { k: 'abc' }).matchedValues).toEqual([]);
    expect(conditionResult({ StringEquals: { k: 'abc' } }, { k: 'abc' }).matchedValues).toEqual([
      ['Statement', 0, 'Condition', 'StringEquals', 'k'],
    ]);
  });

  it('an unknown operator gives unknown with the unknown-operator outcome', () => {
    const t = conditionResult({ StringLikeIgnoreCase: { k: 'a' } }, { k: 'a' });
    expect(t.result).toBe('unknown');
    expect(t.outcome).toBe('unknown-operator');
  });
});

describe('policy variables', () => {
  it('${key} is replaced by the request value (case-insensitive key)', () => {
    const ctx = { k: 'repo:acme/app', 'aws:userid': 'acme' };
    expect(conditionResult({ StringLike: { k: 'repo:${AWS:UserId}/*' } }, ctx).result).toBe(true);
    expect(conditionResult({ StringEquals: { k: 'repo:${aws:userid}/app' } }, ctx).result).toBe(true);
  });

  it("${key, 'default'} uses the default when the key is absent", () => {
    expect(conditionResult({ StringEquals: { k: "repo:${aws:userid, 'acme'}/app" } }, { k: 'repo:acme/app' }).result).toBe(true);
    expect(conditionResult({ StringEquals: { k: "${aws:userid, 'x'}" } }, { k: 'y', 'aws:userid': 'y' }).result).toBe(true);
  });

  it('an absent variable without default is null: positive operators fail, negated ones hold', () => {
    expect(conditionResult({ StringLike: { k: '${aws:userid}*' } }, { k: 'anything' }).result).toBe(false);
    expect(conditionResult({ StringNotLike: { k: '${aws:userid}*' } }, { k: 'anything' }).result).toBe(true);
    expect(conditionResult({ StringNotEquals: { k: ['${aws:userid}', 'x'] } }, { k: 'x' }).result).toBe(false);
  });

  it('${*}, ${?} and ${$} are literal characters, never wildcards', () => {
    expect(conditionResult({ StringLike: { k: 'repo:${*}' } }, { k: 'repo:acme/app' }).result).toBe(false);
    expect(conditionResult({ StringLike: { k: 'repo:${*}' } }, { k: 'repo:*' }).result).toBe(true);
    expect(conditionResult({ StringLike: { k: 'ap${?}' } }, { k: 'apx' }).result).toBe(false);
    expect(conditionResult({ StringLike: { k: 'ap${?}' } }, { k: 'ap?' }).result).toBe(true);
    expect(conditionResult({ StringEquals: { k: 'a${$}b' } }, { k: 'a$b' }).result).toBe(true);
  });

  it('a substituted value never acts as a wildcard', () => {
    expect(conditionResult({ StringLike: { k: '${aws:userid}' } }, { k: 'abc', 'aws:userid': '*' }).result).toBe(false);
  });

  it('Version 2008-10-17 or no Version: ${…} is literal text', () => {
    const ctx = { k: 'repo:acme', 'aws:userid': 'acme' };
    expect(conditionResult({ StringEquals: { k: 'repo:${aws:userid}' } }, ctx, { version: '2008-10-17' }).result).toBe(false);
    expect(conditionResult({ StringEquals: { k: 'repo:${aws:userid}' } }, { k: 'repo:${aws:userid}' }, { version: null }).result).toBe(true);
    // Only ${ and } are literal: the * between them is still a StringLike wildcard.
    expect(conditionResult({ StringLike: { k: 'repo:${*}' } }, { k: 'repo:${acme}' }, { version: '2008-10-17' }).result).toBe(true);
  });

  it('only String and Arn operators substitute variables', () => {
    expect(conditionResult({ NumericEquals: { k: '${aws:n}' } }, { k: '5', 'aws:n': '5' }).result).toBe(false);
    expect(conditionResult({ ArnEquals: { k: 'arn:aws:iam::${aws:acct}:role/x' } }, { k: 'arn:aws:iam::1:role/x', 'aws:acct': '1' }).result).toBe(true);
  });
});

describe('unresolved markers', () => {
  const M = '\uE0000\uE001';

  it('literal mode (default): a marker is a fixed literal without wildcards', () => {
    expect(conditionResult({ StringLike: { k: `repo:${M}/*` } }, { k: 'repo:acme/app' }).result).toBe(false);
    expect(conditionResult({ StringLike: { k: `repo:${M}/*` } }, { k: `repo:${M}/app` }).result).toBe(true);
    expect(conditionResult({ StringNotLike: { k: `repo:${M}/*` } }, { k: 'repo:acme/app' }).result).toBe(true);
  });

  it("unknown mode: a comparison that depends on the marker is 'unknown' (outcome unresolved)", () => {
    const opts = { unresolved: 'unknown' } as const;
    const t = conditionResult({ StringEquals: { k: `repo:${M}/app` } }, { k: 'repo:acme/app' }, opts);
    expect(t.result).toBe('unknown');
    expect(t.outcome).toBe('unresolved');
    expect(conditionResult({ StringNotLike: { k: `repo:${M}/*` } }, { k: 'repo:acme/app' }, opts).result).toBe('unknown');
  });

  it('unknown mode: decided without the marker when even a wildcard cannot match, or another value matches', () => {
    const opts = { unresolved: 'unknown' } as const;
    expect(conditionResult({ StringEquals: { k: `repo:${M}/app` } }, { k: 'other:acme/app' }, opts).result).toBe(false);
    expect(conditionResult({ StringEquals: { k: [`repo:${M}/app`, 'repo:acme/app'] } }, { k: 'repo:acme/app' }, opts).result).toBe(true);
  });

  it('typed operators: a marker is unparseable (literal) or unknown', () => {
    expect(conditionResult({ NumericEquals: { k: M } }, { k: '5' }).result).toBe(false);
    expect(conditionResult({ NumericEquals: { k: M } }, { k: '5' }, { unresolved: 'unknown' }).result).toBe('unknown');
  });

  it('unknown mode: a marker in the key makes the entry unknown', () => {
    const t = conditionResult({ StringEquals: { [`${M}:sub`]: 'x' } }, { k: 'x' }, { unresolved: 'unknown' });
    expect(t.result).toBe('unknown');
    expect(t.outcome).toBe('unresolved');
  });
});
