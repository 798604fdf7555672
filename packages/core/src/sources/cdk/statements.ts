import { objectOf, prop, type SimplePrincipal } from './constructs.js';
import type { Range } from './estree.js';
import { mergeConditions, flattenPrincipals } from './trust-policy.js';
import { text, type CValue } from './values.js';

/**
 * `new iam.PolicyStatement({...})` and `new iam.PolicyDocument({ statements })` as the IAM JSON CDK
 * renders for them (aws-cdk-lib aws-iam/lib/policy-statement.ts `toStatementJson`): `effect` defaults to
 * Allow; `principals` become one Principal object (a principal's key holding a list when several share
 * it) and their conditions are added to the statement's `conditions` (`addPrincipals` →
 * `addPrincipalConditions`, operator by operator); `sid`, `actions`/`notActions` and
 * `resources`/`notResources` as given. A document is `{ Version: '2012-10-17', Statement: [...] }`.
 */
export function statementJson(props: CValue | undefined, range: Range): CValue {
  const entries: [string, CValue][] = [];
  const sid = prop(props, 'sid', range);
  if (sid.kind !== 'undefined') entries.push(['Sid', sid]);
  entries.push(['Effect', effectOf(prop(props, 'effect', range), range)]);
  const principals = listOf(prop(props, 'principals', range)).flatMap(flattenPrincipals);
  if (principals.length > 0) entries.push(['Principal', principalJson(principals, range)]);
  for (const [key, json] of [
    ['actions', 'Action'],
    ['notActions', 'NotAction'],
    ['resources', 'Resource'],
    ['notResources', 'NotResource'],
  ] as const) {
    const v = prop(props, key, range);
    if (v.kind !== 'undefined') entries.push([json, v]);
  }
  const conditions = prop(props, 'conditions', range);
  const merged = mergeConditions([conditions, ...principals.flatMap((p) => p.conditions)], range);
  if (merged.kind === 'unresolved') entries.push(['Condition', { kind: 'unknown', expression: merged.part.expression, reason: merged.part.reason, range: merged.part.range }]);
  else if (merged.value) entries.push(['Condition', merged.value]);
  // The action a principal brings (`sts:AssumeRoleWithWebIdentity`) is not added by CDK: only `actions`.
  return objectOf(entries, range);
}

export function documentJson(props: CValue | undefined, range: Range): CValue {
  const statements = listOf(prop(props, 'statements', range)).map((s) => statementValue(s, range));
  return objectOf([['Version', text('2012-10-17', range)], ['Statement', { kind: 'array', items: statements, range }]], range);
}

/** A statement construct as JSON; anything else is kept as it is (unresolved, or an object of IAM JSON). */
export function statementValue(value: CValue, range: Range): CValue {
  if (value.kind === 'construct' && value.construct.type === 'statement') return value.construct.json;
  if (value.kind === 'construct') return { kind: 'unknown', expression: 'statement', reason: 'a construct that is not a PolicyStatement', range };
  return value;
}

function effectOf(value: CValue, range: Range): CValue {
  if (value.kind === 'undefined') return text('Allow', range);
  if (value.kind === 'module') {
    const last = value.path.at(-1);
    if (last === 'ALLOW') return text('Allow', value.range);
    if (last === 'DENY') return text('Deny', value.range);
  }
  return value;
}

function listOf(value: CValue): CValue[] {
  if (value.kind === 'array') return value.items;
  if (value.kind === 'undefined') return [];
  return [value];
}

function principalJson(principals: readonly SimplePrincipal[], range: Range): CValue {
  if (principals.some((p) => p.kind === 'plain' && p.key === '*')) return text('*', range);
  const byKey = new Map<string, CValue[]>();
  for (const p of principals) {
    const key = p.kind === 'federated' ? 'Federated' : p.key;
    const value = p.kind === 'federated' ? p.federated : p.value;
    byKey.set(key, [...(byKey.get(key) ?? []), value]);
  }
  return objectOf(
    [...byKey].map(([key, values]): [string, CValue] => [key, values.length === 1 && values[0] ? values[0] : { kind: 'array', items: values, range }]),
    range,
  );
}
