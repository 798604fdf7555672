import { appendAll } from '../../arrays.js';
import type { Finding } from '../../model/finding.js';
import type { PolicyObject } from '../../model/policy.js';
import type { SimplePrincipal } from './constructs.js';
import { objectOf } from './json.js';
import type { Range } from './estree.js';
import type { SpanMaker } from '../../model/located.js';
import type { PolicyRenderer } from './to-policy.js';
import { unfollowedPart } from './mutations.js';
import { member, setMember, text, type CMember, type CValue, type UnresolvedSegment } from './values.js';

/**
 * A role's `assumedBy` principal → the trust policy CDK synthesizes for it: one Allow statement per
 * principal (a CompositePrincipal gives several), the principal's action, and its conditions merged
 * operator by operator as CDK merges `withConditions`.
 */

/** The non-composite principals a value stands for; values that are not principals are skipped. */
export function flattenPrincipals(value: CValue): SimplePrincipal[] {
  if (value.kind === 'alternatives') return value.options.flatMap(flattenPrincipals);
  if (value.kind !== 'construct' || value.construct.type !== 'principal') return [];
  const p = value.construct.principal;
  return p.kind === 'composite' ? p.members.flatMap(flattenPrincipals) : [p];
}

type Merged =
  | { kind: 'conditions'; value: CValue | undefined; spreads: UnresolvedSegment[] }
  /** `changed`: the conditions were changed where the evaluator does not follow. */
  | { kind: 'unresolved'; part: UnresolvedSegment; changed?: boolean };

/** Merges condition blocks; an unresolved block makes the whole set unknown. */
export function mergeConditions(blocks: readonly CValue[], range: Range): Merged {
  const members: CMember[] = [];
  const spreads: UnresolvedSegment[] = [];
  for (const block of blocks) {
    if (block.kind === 'undefined' || block.kind === 'null') continue;
    // Changed where the evaluator does not follow (a loop, a branch, a call): not judged from a partial view.
    const notFollowed = unfollowedPart(block);
    if (notFollowed) return { kind: 'unresolved', part: notFollowed, changed: true };
    if (block.kind !== 'object') {
      const expression = block.kind === 'unknown' ? block.expression : block.kind;
      const reason = block.kind === 'unknown' ? block.reason : 'not an object of condition operators';
      return { kind: 'unresolved', part: { kind: 'unresolved', expression, reason, range: block.range } };
    }
    appendAll(spreads, block.spreads);
    for (const m of block.members) {
      const name = keyText(m);
      const existing = name === undefined ? undefined : members.find((x) => keyText(x) === name);
      if (existing && existing.value.kind === 'object' && m.value.kind === 'object') {
        // CDK merges an operator present in both as `{ ...first, ...second }` (PrincipalWithConditions).
        const both = [...existing.value.members];
        for (const x of m.value.members) setMember(both, x);
        const merged: CValue = { ...existing.value, members: both, spreads: [...existing.value.spreads, ...m.value.spreads] };
        members[members.indexOf(existing)] = { ...existing, value: merged };
      } else {
        members.push(m);
      }
    }
  }
  if (members.length === 0) return { kind: 'conditions', value: undefined, spreads };
  const only = blocks.length === 1 ? blocks[0] : undefined;
  return { kind: 'conditions', value: { kind: 'object', members, range: only?.range ?? range, spreads: [] }, spreads };
}

function keyText(m: CMember): string | undefined {
  const texts = m.key.map((s) => (s.kind === 'text' ? s.text : undefined));
  return texts.includes(undefined) ? undefined : texts.join('');
}

export interface TrustPolicyBuild {
  root: PolicyObject | undefined;
  findings: Finding[];
}

/** The policy document of a set of principals, with findings on conditions that cannot be known. */
/** `extra`: statements added with `assumeRolePolicy.addStatements`, as IAM JSON. */
export function trustPolicyOf(
  principals: readonly SimplePrincipal[],
  site: { file: string; range: Range; resource: string },
  renderer: PolicyRenderer,
  spans: SpanMaker,
  extra: readonly CValue[] = [],
): TrustPolicyBuild {
  const findings: Finding[] = [];
  const unresolved = (part: UnresolvedSegment, message: string): void => {
    findings.push({ ruleId: 'oidc-unresolved', severity: 'warning', message, location: { file: site.file, span: spans.span(part.range) }, resource: site.resource });
  };
  const statements: CValue[] = [];
  for (const p of principals) {
    const merged = mergeConditions(p.conditions, p.range);
    if (merged.kind === 'unresolved') {
      // Only web-identity trust is judged; the conditions of other principals do not matter here.
      if (p.kind === 'federated') {
        unresolved(
          merged.part,
          merged.changed === true
            ? `the conditions of ${site.resource} are changed by "${merged.part.expression}" (${merged.part.reason}): what they hold when the role is created is not known statically, so this trust statement was not analysed`
            : `the conditions of ${site.resource} are "${merged.part.expression}" (${merged.part.reason}): they could not be resolved statically, so this trust statement was not analysed`,
        );
      }
      continue;
    }
    if (p.kind === 'federated') {
      for (const s of merged.spreads) {
        unresolved(s, `"...${s.expression}" (${s.reason}) may add condition operators to ${site.resource} that trustlint cannot see; the statement was analysed without them`);
      }
    }
    const principal: CValue = p.kind === 'plain' && p.key === '*' ? text('*', p.range) : objectOf([[p.kind === 'federated' ? 'Federated' : p.key, p.kind === 'federated' ? p.federated : p.value]], p.range);
    const entries: [string, CValue][] = [
      ['Effect', text('Allow', p.range)],
      ['Principal', principal],
      ['Action', p.action],
    ];
    if (merged.value) entries.push(['Condition', merged.value]);
    statements.push(objectOf(entries, p.range));
  }
  appendAll(statements, extra);
  if (statements.length === 0) return { root: undefined, findings };
  const root = renderer.render(objectOf([['Version', text('2012-10-17', site.range)], ['Statement', { kind: 'array', items: statements, range: site.range }]], site.range));
  return { root: root?.type === 'object' ? root : undefined, findings };
}

/** `CfnRole`'s inline `assumeRolePolicyDocument`, written in IAM's own JSON shape. */
export function inlinePolicyOf(doc: CValue, renderer: PolicyRenderer): PolicyObject | undefined {
  if (doc.kind !== 'object' || !member(doc, 'Statement')) return undefined;
  const root = renderer.render(doc);
  return root?.type === 'object' ? root : undefined;
}
