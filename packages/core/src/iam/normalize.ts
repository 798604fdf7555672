import { hasMarker } from '../model/policy.js';
import type { PolicyMember, PolicyNode, PolicyObject, PolicyPath } from '../model/policy.js';
import { operatorSpelling, parseOperator } from './operators.js';
import type {
  ConditionEntry,
  EvalString,
  Policy,
  PolicyProblem,
  PolicyProblemCode,
  PrincipalElement,
  Statement,
} from './types.js';

const VARIABLES_VERSION = '2012-10-17';
const LEGACY_VERSION = '2008-10-17';
const TOP_LEVEL_ELEMENTS: ReadonlySet<string> = new Set(['Version', 'Id', 'Statement']);

type Report = (code: PolicyProblemCode, message: string, path: PolicyPath, rejected?: boolean) => void;

/**
 * The members that count: for a key written more than once, only its last occurrence (what
 * JSON.parse and Terraform's decoder keep, and what `getMember`/`nodeAt` return).
 */
function effectiveMembers(obj: PolicyObject): PolicyMember[] {
  const last = new Map<string, PolicyMember>();
  for (const m of obj.members) last.set(m.key, m);
  return obj.members.filter((m) => last.get(m.key) === m);
}

/** Reports every exact duplicate key of the document (recursing only into the kept members). */
function reportDuplicates(node: PolicyNode, path: PolicyPath, problems: PolicyProblem[]): void {
  if (node.type === 'array') {
    node.items.forEach((item, i) => {
      reportDuplicates(item, [...path, i], problems);
    });
    return;
  }
  if (node.type !== 'object') return;
  const kept = effectiveMembers(node);
  const keptSet = new Set(kept);
  for (const m of node.members) {
    if (keptSet.has(m)) continue;
    const memberPath = [...path, m.key];
    problems.push({
      code: 'duplicate-key',
      message: `duplicate key "${m.key}": the last occurrence is used (how IAM treats duplicates is unverified)`,
      path: memberPath,
      otherPath: memberPath,
      otherMember: m,
    });
  }
  for (const m of kept) reportDuplicates(m.value, [...path, m.key], problems);
}

function describe(node: PolicyNode): string {
  return node.type === 'object' || node.type === 'array' ? `an ${node.type}` : `a ${node.type}`;
}

/** A string, or an array of strings (other items reported and skipped). */
function readStringList(node: PolicyNode, path: PolicyPath, what: string, report: Report): EvalString[] | undefined {
  if (node.type === 'string') return [{ value: node.value, path }];
  if (node.type !== 'array') {
    report('invalid-type', `${what} must be a string or an array of strings, not ${describe(node)}`, path);
    return undefined;
  }
  const out: EvalString[] = [];
  node.items.forEach((item, i) => {
    if (item.type === 'string') out.push({ value: item.value, path: [...path, i] });
    else report('invalid-type', `${what} values must be strings, not ${describe(item)}`, [...path, i]);
  });
  return out;
}

/** A condition value: a string, number or boolean (by its literal text); null and nesting are skipped. */
function readConditionScalar(node: PolicyNode, path: PolicyPath, report: Report): EvalString | undefined {
  if (node.type === 'string') return { value: node.value, path };
  if (node.type === 'number' || node.type === 'boolean') return { value: node.text, path };
  report('invalid-type', `condition values must be strings, numbers or booleans, not ${describe(node)}`, path);
  return undefined;
}

const BOOLEAN_TEXT = /^(?:true|false)$/i;

/** `Null`/`Bool` values other than true/false never match (unresolved markers aside): say so. */
function checkBooleanValues(values: readonly EvalString[], operator: string, report: Report): void {
  for (const v of values) {
    if (!BOOLEAN_TEXT.test(v.value) && !hasMarker(v.value)) {
      report('invalid-type', `"${operator}" values must be "true" or "false"; "${v.value}" never matches`, v.path);
    }
  }
}

function readConditionValues(node: PolicyNode, path: PolicyPath, report: Report): EvalString[] {
  const items = node.type === 'array' ? node.items.map((item, i) => ({ item, path: [...path, i] })) : [{ item: node, path }];
  const out: EvalString[] = [];
  for (const { item, path: itemPath } of items) {
    const value = readConditionScalar(item, itemPath, report);
    if (value) out.push(value);
  }
  return out;
}

/**
 * One entry per (operator, key). Keys that differ only in case stay separate entries: they are one
 * key to IAM, so both must hold (AND) [U: IAM's own handling; Access Analyzer calls it an error].
 */
function readCondition(node: PolicyNode, path: PolicyPath, report: Report): ConditionEntry[] {
  if (node.type !== 'object') {
    report('invalid-type', `Condition must be an object, not ${describe(node)}`, path);
    return [];
  }
  const entries: ConditionEntry[] = [];
  for (const op of effectiveMembers(node)) {
    const operatorPath = [...path, op.key];
    const parsed = parseOperator(op.key);
    if (!parsed) {
      // An operator name that is (partly) unresolved may well be valid; a fully written one IAM rejects.
      const unresolved = hasMarker(op.key) || (op.keyUnresolved?.length ?? 0) > 0;
      const spelling = unresolved ? undefined : operatorSpelling(op.key);
      report(
        'unknown-operator',
        `unknown condition operator "${op.key}"${spelling ? ` (operator names are case-sensitive: "${spelling}")` : ''}: its result is unknown`,
        operatorPath,
        !unresolved,
      );
    }
    if (op.value.type !== 'object') {
      report('invalid-type', `the block of "${op.key}" must be an object, not ${describe(op.value)}`, operatorPath);
      continue;
    }
    for (const k of effectiveMembers(op.value)) {
      const keyPath = [...operatorPath, k.key];
      const values = readConditionValues(k.value, keyPath, report);
      if (parsed?.base === 'Null' || parsed?.base === 'Bool') checkBooleanValues(values, op.key, report);
      entries.push({ operator: op.key, operatorPath, parsed, key: k.key, keyPath, values });
    }
  }
  return entries;
}

function readPrincipal(node: PolicyNode, path: PolicyPath, report: Report): PrincipalElement | undefined {
  if (node.type === 'string' && node.value === '*') return { kind: 'wildcard', path };
  if (node.type !== 'object') {
    report('invalid-type', `a principal must be "*" or an object of principal types, not ${describe(node)}`, path);
    return undefined;
  }
  const entries: Extract<PrincipalElement, { kind: 'map' }>['entries'] = [];
  for (const m of effectiveMembers(node)) {
    const entryPath = [...path, m.key];
    const values = readStringList(m.value, entryPath, `principal type ${m.key}`, report);
    if (values) entries.push({ type: m.key, values, path: entryPath });
  }
  return { kind: 'map', path, entries };
}

function readEffect(node: PolicyNode, path: PolicyPath, report: Report): Statement['effect'] {
  if (node.type === 'string' && (node.value === 'Allow' || node.value === 'Deny')) return node.value;
  const shown = node.type === 'string' ? `"${node.value}"` : describe(node);
  report('invalid-effect', `Effect must be exactly "Allow" or "Deny", not ${shown}: the statement never applies`, path);
  return null;
}

/** Reads one statement element into `st`; false when the element is unknown. */
function readElement(st: Statement, m: PolicyMember, report: Report): boolean {
  const path = [...st.path, m.key];
  switch (m.key) {
    case 'Sid':
      if (m.value.type === 'string') st.sid = m.value.value;
      else report('invalid-type', `Sid must be a string, not ${describe(m.value)}`, path);
      return true;
    case 'Effect':
      st.effect = readEffect(m.value, path, report);
      return true;
    case 'Principal':
      st.principal = readPrincipal(m.value, path, report);
      return true;
    case 'NotPrincipal':
      st.notPrincipal = readPrincipal(m.value, path, report);
      return true;
    case 'Action':
      st.action = readStringList(m.value, path, 'Action', report);
      st.actionPath = path;
      return true;
    case 'NotAction':
      st.notAction = readStringList(m.value, path, 'NotAction', report);
      st.notActionPath = path;
      return true;
    case 'Condition':
      st.conditions = readCondition(m.value, path, report);
      st.conditionPath = path;
      return true;
    case 'Resource':
    case 'NotResource':
      // A trust policy names no resource: CreateRole answers "MalformedPolicyDocument: Has prohibited
      // field Resource" (the role is the resource; IAM JSON policy elements: Resource).
      report('prohibited-element', `a trust policy statement may not contain ${m.key}`, path, true);
      return true;
    default:
      return false;
  }
}

function reportMissing(st: Statement, keys: ReadonlySet<string>, report: Report): void {
  if (!keys.has('Effect')) report('missing-element', 'statement has no Effect: it never applies', st.path);
  if (!keys.has('Action') && !keys.has('NotAction')) {
    report('missing-element', 'statement has neither Action nor NotAction: it applies to no action', st.path);
  }
  if (!keys.has('Principal') && !keys.has('NotPrincipal')) {
    report('missing-element', 'statement has neither Principal nor NotPrincipal: it applies to nobody', st.path);
  }
}

function readStatement(node: PolicyNode, index: number, path: PolicyPath, report: Report): Statement | undefined {
  if (node.type !== 'object') {
    report('invalid-type', `a statement must be an object, not ${describe(node)}`, path);
    return undefined;
  }
  const st: Statement = { index, path, effect: null, conditions: [] };
  const members = effectiveMembers(node);
  for (const m of members) {
    if (!readElement(st, m, report)) report('unknown-element', `unknown statement element "${m.key}"`, [...path, m.key]);
  }
  reportMissing(st, new Set(members.map((m) => m.key)), report);
  return st;
}

function readStatements(node: PolicyNode | undefined, report: Report): Statement[] {
  if (!node) {
    report('missing-element', 'policy has no Statement', []);
    return [];
  }
  if (node.type === 'object') {
    const st = readStatement(node, 0, ['Statement'], report);
    return st ? [st] : [];
  }
  if (node.type !== 'array') {
    report('invalid-type', `Statement must be an object or an array, not ${describe(node)}`, ['Statement']);
    return [];
  }
  const out: Statement[] = [];
  node.items.forEach((item, i) => {
    const st = readStatement(item, i, ['Statement', i], report);
    if (st) out.push(st);
  });
  return out;
}

/** Version as written and whether it enables `${…}` policy variables. */
function readVersion(node: PolicyNode | undefined, report: Report): { version: string | undefined; variablesEnabled: boolean } {
  if (!node) return { version: undefined, variablesEnabled: false };
  const version = node.type === 'string' ? node.value : node.type === 'number' ? node.text : undefined;
  if (version === VARIABLES_VERSION) return { version, variablesEnabled: true };
  if (version !== LEGACY_VERSION) {
    report(
      'invalid-version',
      `Version must be "${VARIABLES_VERSION}" (or "${LEGACY_VERSION}"); policy variables are read as literal text`,
      ['Version'],
    );
  }
  return { version, variablesEnabled: false };
}

/**
 * Turns a policy document tree into the evaluator's model. Never throws: everything the evaluator had
 * to assume around is listed in `problems` (duplicate keys first, in document order).
 */
export function normalizePolicy(root: PolicyObject): Policy {
  const problems: PolicyProblem[] = [];
  reportDuplicates(root, [], problems);
  const report: Report = (code, message, path, rejected) => {
    problems.push({ code, message, path, ...(rejected ? { rejected } : {}) });
  };
  const top = new Map(effectiveMembers(root).map((m) => [m.key, m.value]));
  for (const key of top.keys()) {
    if (!TOP_LEVEL_ELEMENTS.has(key)) report('unknown-element', `unknown policy element "${key}"`, [key]);
  }
  const { version, variablesEnabled } = readVersion(top.get('Version'), report);
  const statements = readStatements(top.get('Statement'), report);
  return { version, variablesEnabled, statements, problems };
}
