import type { Witness } from '../github/witness.js';
import { OWNER_NAME_RE } from '../github/patterns.js';
import { displayValue, collectUnresolved, type UnresolvedPart } from '../model/policy.js';
import type { PolicyRuleContext } from './define.js';
import { isGitHubProvider, variableClaims, type ScopeVerdict } from '../scope/trust-analysis.js';
import { issuerFix, issuerRulePhrase, issuerWho } from '../issuers/messages.js';
import type { ScopeRuleId } from './scope-rules.js';

export { classPhrase } from '../scope/phrases.js';

/** Text a scope rule contributes: who gets in, and the smallest fix. */
export interface ScopeText {
  who: (v: ScopeVerdict, names: PolicyNames) => string;
  fix: (v: ScopeVerdict, names: PolicyNames) => string;
}

/** Names for messages, from the policy and the configuration (placeholders otherwise). */
export interface PolicyNames {
  owner: string;
  repo: string;
  /** `owner/repo`, or the unresolved expression that stands for both. */
  slug: string;
  branch: string;
  ownersText: string;
  role: string;
  display: (value: string) => string;
  /** True when the policy or configuration names this owner (not a placeholder). */
  knownOwner: (name: string) => boolean;
}

/**
 * The document's unresolved parts and, per provider prefix, the claims its conditions test: the same
 * for every finding of a document, so computed once per document (issue 19: per finding, a policy
 * of many statements made reporting quadratic).
 */
const PARTS = new WeakMap<object, UnresolvedPart[]>();
const TESTED = new WeakMap<object, Map<string, readonly string[]>>();

function unresolvedParts(ctx: PolicyRuleContext): UnresolvedPart[] {
  let parts = PARTS.get(ctx.document.root);
  if (!parts) {
    parts = collectUnresolved(ctx.document.root).map((u) => u.part);
    PARTS.set(ctx.document.root, parts);
  }
  return parts;
}

export function policyNames(ctx: PolicyRuleContext, v: ScopeVerdict): PolicyNames {
  const parts = unresolvedParts(ctx);
  const display = (value: string): string => displayValue(value, parts);
  const k = ctx.trust.providers.find((p) => p.provider.arn === v.provider.arn)?.knowledge;
  const firstRepo = k ? [...k.repos.values()][0] : undefined;
  const configOwners = ctx.config.owners ?? [];
  // `repo:acme*` names no owner literally, but its literal prefix is what the author meant.
  // Only a prefix that is itself an owner name (`acme-*` gives `acme-`, which no account can be called).
  const patternOwners = [...(k?.ownerPatterns ?? [])].map((p) => p.replace(/[*?].*$/s, '')).filter((p) => p.length > 1 && OWNER_NAME_RE.test(p));
  const owners = [...new Set([...(k?.owners ?? []), ...configOwners, ...patternOwners])].map(display);
  const [repoOwner, repoName] = ctx.config.repository?.split('/') ?? [];
  const owner = firstRepo ? display(firstRepo.owner) : owners[0] ?? repoOwner ?? '<owner>';
  const repo = firstRepo ? display(firstRepo.repo) : repoName ?? '<repo>';
  return {
    owner,
    repo,
    slug: firstRepo?.segment !== undefined ? display(firstRepo.segment) : `${owner}/${repo}`,
    branch: ctx.config.deployBranch ?? 'main',
    ownersText: owners.length ? owners.join(', ') : 'your organisation',
    role: ctx.document.roleName ? `role ${ctx.document.roleName}` : 'this role',
    display,
    knownOwner: (name) => owners.includes(display(name)),
  };
}

/** The namespaces `ownersText` lists (none when it is the placeholder). */
function ownerList(names: PolicyNames): string[] {
  return names.ownersText === 'your organisation' ? [] : names.ownersText.split(', ');
}

/** Why the statement does not stop the witness, from the evidence. */
function why(v: ScopeVerdict, names: PolicyNames): string {
  const f = v.finding;
  if (!f) return '';
  const e = f.evidence;
  switch (e.kind) {
    case 'matched-sub':
      return `sub ${e.operator ?? ''} '${names.display(e.value ?? '')}' admits it`;
    case 'matched-other':
      return `'${names.display(e.value ?? '')}' (${e.operator ?? ''}) is the only value that restricts it`;
    case 'absent-key':
      return `${e.operator ?? 'the condition'} on "${e.value ?? ''}" passes when the token lacks that key`;
    case 'non-positive-sub':
      return `${e.operator ?? 'the operator'} on sub does not restrict tokens it does not name`;
    case 'no-sub':
      return isGitHubProvider(v.provider) ? 'no condition restricts sub, the repository or the owner' : `no condition restricts sub or the ${v.provider.registry.entry.terms.project}`;
  }
}

export function witnessText(w: Witness, names: PolicyNames): string {
  return `sub "${names.display(w.claims.sub ?? '')}"`;
}

/** Reports the scope finding of every verdict whose first admitted class is `ruleId`. */
export function reportScope(ctx: PolicyRuleContext, ruleId: ScopeRuleId, ruleText: ScopeText): void {
  for (const v of ctx.trust.scope()) {
    const f = v.finding;
    if (f?.ruleId !== ruleId) continue;
    let text = ruleText;
    const names = policyNames(ctx, v);
    const { entry, match } = v.provider.registry;
    // Other issuers speak their own terms (group, workspace, pipeline): the rule's text is GitHub's.
    if (!isGitHubProvider(v.provider)) {
      const t = entry.terms;
      const inTerms = {
        owners: ownerList(names),
        owner: names.owner === '<owner>' ? `<${t.namespace}>` : names.owner,
        project: names.repo === '<repo>' ? `<${t.project}>` : names.repo,
        branch: names.branch,
        display: names.display,
      };
      text = {
        who: () => issuerWho(entry, match, ruleId, f.witness, inTerms),
        fix: () => issuerFix(entry, match, v.provider.prefix, ruleId, f.witness, inTerms),
      };
    }
    const phrase = (id: ScopeRuleId): string =>
      isGitHubProvider(v.provider) ? ctx.trust.scopeRule(id)?.scope.phrase ?? id : issuerRulePhrase(entry, id);
    const also = f.also.length ? ` Also admitted: ${f.also.map(phrase).join(', ')}.` : '';
    const principalNote = v.provider.unresolvedPrincipal
      ? ` (the Federated principal is unresolved: taken to be the ${v.provider.prefix} provider its condition keys use)`
      : '';
    const issuerNote = isGitHubProvider(v.provider) ? '' : ` (${entry.name} issuer ${v.provider.prefix})`;
    const stmt = v.statement.sid ? `statement "${v.statement.sid}"` : `statement ${v.statement.index}`;
    ctx.report({
      message:
        `${text.who(v, names)} can assume ${names.role}${issuerNote} through ${stmt}${principalNote}: ${why(v, names)} ` +
        `(e.g. a token with ${witnessText(f.witness, names)}).${also} Fix: ${text.fix(v, names)}.`,
      path: f.evidence.path,
      at: f.evidence.at,
      witness: witnessFor(ctx, v, names),
      properties: { provider: v.provider.prefix, statement: v.statement.index, outsider: f.witness.cls },
    });
  }
}

/** `sub`, `aud` and every claim the policy tests, as bare names (spec/cli.md `witness`). */
function witnessFor(ctx: PolicyRuleContext, v: ScopeVerdict, names: PolicyNames): Record<string, string> {
  const claims = v.finding?.witness.claims ?? {};
  const out: Record<string, string> = {};
  for (const claim of testedClaims(ctx, v.provider.prefix)) {
    const value = claims[claim];
    if (value !== undefined) out[claim] = names.display(value);
  }
  return out;
}

function testedClaims(ctx: PolicyRuleContext, providerPrefix: string): readonly string[] {
  let byPrefix = TESTED.get(ctx.policy);
  if (!byPrefix) {
    byPrefix = new Map();
    TESTED.set(ctx.policy, byPrefix);
  }
  const cached = byPrefix.get(providerPrefix);
  if (cached) return cached;
  const tested = new Set(['sub', 'aud']);
  const prefix = providerPrefix.toLowerCase() + ':';
  for (const s of ctx.policy.statements) {
    for (const c of s.conditions) {
      const key = c.key.toLowerCase();
      if (key.startsWith(prefix)) tested.add(key.slice(prefix.length));
      // A claim named by a policy variable decides the match too: the witness must carry it to replay.
      if (ctx.policy.variablesEnabled) for (const value of c.values) for (const claim of variableClaims(value.value, providerPrefix)) tested.add(claim);
    }
  }
  const list = [...tested];
  byPrefix.set(providerPrefix, list);
  return list;
}
