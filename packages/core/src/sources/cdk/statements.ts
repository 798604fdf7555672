import type { SimplePrincipal } from './constructs.js';
import { objectOf, prop } from './json.js';
import type { Range } from './estree.js';
import { mergeConditions, flattenPrincipals } from './trust-policy.js';
import { keyTextOf, literalText, member, setMember, text, type CMember, type CValue } from './values.js';

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
  // The constructor adds the principals' conditions first, then `conditions` (addCondition: an operator
  // present in both is `{ ...earlier, ...later }`, so the statement's value of a key wins).
  const conditions = prop(props, 'conditions', range);
  const merged = mergeConditions([...principals.flatMap((p) => p.conditions), conditions], range);
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

/**
 * What a method called for its effect on a statement or document does to its JSON (aws-cdk-lib
 * policy-statement.ts, policy-document.ts): `addCondition(op, value)` sets the operator to
 * `{ ...existing, ...value }` (a key added again replaces the earlier value), `addConditions` does so
 * for each operator, `addAccountCondition(id)` adds `StringEquals sts:ExternalId`, `addActions`
 * appends; a document's `addStatements` appends statements. `none`: a method that changes nothing
 * trustlint reads; `unmodelled`: one that may change the statement and is not followed.
 */
export type MethodEffect = { kind: 'none' } | { kind: 'change'; apply: () => void } | { kind: 'unmodelled'; reason: string };

const READ_ONLY = new Set(['toJSON', 'toStatementJson', 'toString', 'copy', 'freeze', 'validateForAnyPolicy', 'validateForIdentityPolicy', 'validateForResourcePolicy', 'resolve']);

export function statementMethod(json: CValue, method: string, args: readonly CValue[], range: Range): MethodEffect {
  if (READ_ONLY.has(method)) return { kind: 'none' };
  if (json.kind !== 'object') return { kind: 'unmodelled', reason: 'a statement that could not be read' };
  const [a0, a1] = args;
  switch (method) {
    case 'addCondition': {
      const op = literalText(a0);
      if (op === undefined || a1?.kind !== 'object') return { kind: 'unmodelled', reason: 'a condition that could not be resolved statically' };
      return { kind: 'change', apply: () => { addCondition(json, op, a1, range); } };
    }
    case 'addConditions': {
      if (a0?.kind !== 'object' || a0.spreads.length > 0) return { kind: 'unmodelled', reason: 'conditions that could not be resolved statically' };
      const ops: [string, Extract<CValue, { kind: 'object' }>][] = [];
      for (const m of a0.members) {
        const op = keyTextOf(m.key);
        if (op === undefined || m.value.kind !== 'object') return { kind: 'unmodelled', reason: 'a condition operator that could not be resolved statically' };
        ops.push([op, m.value]);
      }
      return { kind: 'change', apply: () => { ops.forEach(([op, v]) => { addCondition(json, op, v, range); }); } };
    }
    case 'addAccountCondition':
      return { kind: 'change', apply: () => { addCondition(json, 'StringEquals', objectOf([['sts:ExternalId', a0 ?? text('', range)]], range), range); } };
    case 'addActions':
      return { kind: 'change', apply: () => { appendTo(json, 'Action', args, range); } };
    case 'addResources':
      return { kind: 'change', apply: () => { appendTo(json, 'Resource', args, range); } };
    case 'addAllResources':
      return { kind: 'change', apply: () => { appendTo(json, 'Resource', [text('*', range)], range); } };
    case 'addNotResources':
      return { kind: 'change', apply: () => { appendTo(json, 'NotResource', args, range); } };
    default:
      return { kind: 'unmodelled', reason: `PolicyStatement.${method}, which trustlint does not model` };
  }
}

export function documentMethod(json: CValue, method: string, args: readonly CValue[], range: Range): MethodEffect {
  if (READ_ONLY.has(method)) return { kind: 'none' };
  if (method !== 'addStatements' || json.kind !== 'object') return { kind: 'unmodelled', reason: `PolicyDocument.${method}, which trustlint does not model` };
  return { kind: 'change', apply: () => { appendTo(json, 'Statement', args.map((a) => statementValue(a, range)), range); } };
}

function keyed(key: string, value: CValue, range: Range): CMember {
  return { key: [{ kind: 'text', text: key, range }], keyRange: range, value };
}

function addCondition(json: Extract<CValue, { kind: 'object' }>, op: string, value: Extract<CValue, { kind: 'object' }>, range: Range): void {
  let block = member(json, 'Condition')?.value;
  if (!block) {
    block = objectOf([], range);
    setMember(json.members, keyed('Condition', block, range));
  }
  if (block.kind !== 'object') return;
  const existing = member(block, op)?.value;
  if (existing?.kind === 'object') {
    const members = [...existing.members];
    for (const m of value.members) setMember(members, m);
    setMember(block.members, keyed(op, { ...existing, members, spreads: [...existing.spreads, ...value.spreads] }, range));
  } else {
    setMember(block.members, keyed(op, value, range));
  }
}

/** Appends to a list member (a single value becomes a list), in a new array: CDK copies what it is given. */
function appendTo(json: Extract<CValue, { kind: 'object' }>, key: string, items: readonly CValue[], range: Range): void {
  const existing = member(json, key)?.value;
  const before = !existing ? [] : existing.kind === 'array' ? existing.items : [existing];
  setMember(json.members, keyed(key, { kind: 'array', items: [...before, ...items], range }, range));
}
