/**
 * `fix --github --immutable`: a name-only trust (`repo:acme/app:ref:refs/heads/main`) whose
 * repository the GitHub check found, with its ids, is rewritten in its own source to the immutable
 * subject form `repo:acme@OWNER-ID/app@REPO-ID:ref:refs/heads/main`. GitHub issues that form for
 * repositories created, renamed or transferred after 2026-07-15 and for those that opted in; "`@`
 * cannot appear in GitHub usernames or repository names", and the ids are never reused
 * (https://docs.github.com/en/actions/reference/security/oidc#immutable-subject-claims, spec/domain.md
 * §1.4), so a recycled name no longer gets in.
 *
 * The ids come only from the GitHub check's `github-name-only-trust` findings (the repository exists,
 * was not moved, and the policy pins no id). Each value is replaced in place where it is written as
 * a literal; a value that comes from somewhere else (a Terraform variable default, a template, an
 * escaped string) is left for a person. Before anything is written the edited scan is read again and
 * the role is proven: it still reads, no scope finding appears that was not there, every token the
 * old value admitted (the scanned jobs' and the value's own sample) is admitted in the immutable
 * form, and the name-only form of it is no longer admitted.
 */
import { analyze, analyzeTrustPolicy } from '../analyze.js';
import { appendAll } from '../arrays.js';
import { CATALOG } from '../catalog/rules.js';
import type { TrustlintConfig } from '../config.js';
import { simulatePolicy } from '../explain.js';
import type { ModelDocument, TrustPolicyDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { nodeAt } from '../model/policy.js';
import { nameReferences } from '../github-online/names.js';
import { roleUsesOf } from '../workflow/role-uses.js';
import { changedFiles, type FileFix } from './diff.js';
import { applyFileEdits, type TextEdit } from './edit.js';
import { MAX_PROVEN_ROLES } from './plan.js';
import { conditionsForSubject, synthesizeConditions, trustedProvider, type Sample } from './synthesize.js';

/** One value of a trust policy and what `--immutable` did with it. */
export interface ImmutableMigration {
  /** `file` or `file:resource`. */
  label: string;
  /** Where the value is written. */
  file: string;
  line: number;
  from: string;
  to: string;
  status: 'fixed' | 'skipped' | 'refused';
  reason?: string;
}

export interface ImmutablePlan {
  migrations: ImmutableMigration[];
  files: FileFix[];
}

const SCOPE_RULES = new Set<string>(CATALOG.filter((r) => r.category === 'trust-scope').map((r) => r.id));

/** `repo:OWNER/REPO` followed by the context (or nothing): the legacy default form, literal names. */
const LEGACY = /^repo:([A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)(:.*)$/;

function labelOf(doc: TrustPolicyDocument): string {
  return doc.resource ? `${doc.resourceFile ?? doc.file}:${doc.resource}` : doc.file;
}

interface Ids {
  owner: string;
  ownerId: string;
  repo: string;
  repoId: string;
}

/** The legacy prefix `repo:owner/repo:` of a sub, in the immutable form; undefined when it is not that repository's. */
function toImmutable(sub: string, ids: Ids): string | undefined {
  const m = LEGACY.exec(sub);
  if (!m?.[1] || !m[2] || m[3] === undefined) return undefined;
  if (m[1].toLowerCase() !== ids.owner.toLowerCase() || m[2].toLowerCase() !== ids.repo.toLowerCase()) return undefined;
  return `repo:${ids.owner}@${ids.ownerId}/${ids.repo}@${ids.repoId}${m[3]}`;
}

interface Candidate {
  doc: TrustPolicyDocument;
  migration: ImmutableMigration;
  ids: Ids;
  edit?: TextEdit;
}

/** The edit of one value where it is written: the literal, quoted as it is, with the ids inserted. */
function valueEdit(doc: TrustPolicyDocument, path: readonly (string | number)[], from: string, to: string, texts: ReadonlyMap<string, string>): TextEdit | { reason: string } {
  const node = nodeAt(doc.root, [...path]);
  if (!node || node.type !== 'string') return { reason: 'the value is not a string node of the policy' };
  if (node.provenance !== undefined) return { reason: `the value comes from ${node.provenance.kind}: change it where it is defined, by hand` };
  const file = node.file ?? doc.root.file ?? doc.file;
  const text = texts.get(file);
  if (text === undefined) return { reason: `${file}: the source text is not available` };
  const written = text.slice(node.span.start.offset, node.span.end.offset);
  // JSON, HCL and YAML double-quoted, YAML single-quoted, or YAML plain: the value verbatim inside.
  const quoted = /^(["']?)([\s\S]*)\1$/.exec(written);
  if (!quoted || quoted[2] !== from) return { reason: 'the value is not written as a plain literal at its location (an escape, an interpolation or a template): change it by hand' };
  const q = quoted[1] ?? '';
  return { file, start: node.span.start.offset, end: node.span.end.offset, text: `${q}${to}${q}` };
}

/** The tokens the role has to keep admitting: the jobs' (legacy form) and each value's own sample. */
function legacySamples(doc: TrustPolicyDocument, documents: readonly ModelDocument[], values: readonly string[], config: TrustlintConfig, prefix: string): Sample[] {
  const audience = config.audiences?.[0] ?? 'sts.amazonaws.com';
  const out = new Map<string, Sample>();
  const uses = roleUsesOf(doc, documents);
  if (uses.length > 0) {
    const c = synthesizeConditions(uses, config, prefix);
    if (!('reason' in c)) for (const s of c.samples) out.set(JSON.stringify(s), s);
  }
  for (const v of values) for (const s of conditionsForSubject(v, audience, prefix).samples) out.set(JSON.stringify(s), s);
  return [...out.values()].slice(0, 64);
}

function decision(doc: TrustPolicyDocument, s: Sample, arn: string | undefined, config: TrustlintConfig): string {
  const r = simulatePolicy(doc, { sub: s.sub, aud: s.aud, ...(s.claims ? { claims: s.claims } : {}), ...(arn ? { provider: arn } : {}), config });
  return r.ok ? r.decision : r.error;
}

function scopeCounts(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (SCOPE_RULES.has(f.ruleId)) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

/**
 * Why the edited role is not proven, or undefined when it is: see the module comment. `before` is the
 * role as scanned, `texts` the whole scan with this role's edits (and those accepted before it).
 */
function disproof(before: TrustPolicyDocument, documents: readonly ModelDocument[], texts: ReadonlyMap<string, string>, cands: readonly Candidate[], config: TrustlintConfig): string | undefined {
  const label = labelOf(before);
  const again = analyze([...texts].map(([file, text]) => ({ file, text, explicit: true })), { config });
  const broken = again.findings.find((f) => f.ruleId === 'parse-error' || f.ruleId === 'input-error');
  if (broken) return `the edited source does not read: ${broken.message}`;
  const after = again.documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy' && labelOf(d) === label);
  if (after.length === 0) return 'the edited source no longer defines the role';
  const provider = trustedProvider(before, config);
  if ('reason' in provider) return provider.reason;
  const old = scopeCounts(analyzeTrustPolicy(before, config));
  const samples = legacySamples(before, documents, cands.map((c) => c.migration.from), config, provider.prefix);
  for (const doc of after) {
    for (const [rule, n] of scopeCounts(analyzeTrustPolicy(doc, config))) {
      if (n > (old.get(rule) ?? 0)) return `${rule} appears on the edited policy`;
    }
    let checked = 0;
    for (const s of samples) {
      const ids = cands.map((c) => c.ids).find((i) => toImmutable(s.sub, i) !== undefined);
      if (!ids || decision(before, s, provider.arn, config) !== 'allow') continue;
      const sub = toImmutable(s.sub, ids) ?? s.sub;
      const next: Sample = { sub, aud: s.aud, claims: { ...(s.claims ?? {}), repository_owner_id: ids.ownerId, repository_id: ids.repoId } };
      const now = decision(doc, next, provider.arn, config);
      if (now !== 'allow') return `the immutable-form token ${sub} is not admitted (${now})`;
      if (decision(doc, s, provider.arn, config) === 'allow') return `the name-only token ${s.sub} is still admitted (another value admits it)`;
      checked++;
    }
    if (checked === 0) return 'no token the old values admit could be replayed (audience or other conditions): write the ids by hand';
  }
  return undefined;
}

/**
 * The immutable-subject migration of every name-only `sub` value the GitHub check found the ids
 * for (`findings`: the github-* findings of runGitHubChecks on the same `documents`). Nothing is
 * written here; `files` holds the new texts.
 */
export function planImmutableFixes(documents: readonly ModelDocument[], findings: readonly Finding[], texts: ReadonlyMap<string, string>, config: TrustlintConfig): ImmutablePlan {
  const trust = documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy' && d.sourceKind !== 'live');
  const hints = findings.filter((f) => f.ruleId === 'github-name-only-trust' && f.location !== null);
  const byRole = new Map<string, Candidate[]>();
  const seen = new Set<string>();
  for (const ref of nameReferences(trust, config)) {
    if (ref.claim !== 'sub' || ref.form !== 'legacy-sub' || ref.repo === undefined) continue;
    const node = nodeAt(ref.document.root, ref.path);
    const file = node?.file ?? ref.document.file;
    const at = (node ?? ref.document.root).span;
    const hint = hints.find((f) => f.location?.file === file && f.location.span.start.offset === at.start.offset && f.properties?.value === ref.value);
    const ownerId = hint?.properties?.ownerId;
    const repoId = hint?.properties?.repositoryId;
    const fullName = hint?.properties?.repository;
    if (typeof ownerId !== 'string' || typeof repoId !== 'string' || typeof fullName !== 'string') continue;
    const key = `${file}\u0000${at.start.offset}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [owner, repo] = fullName.split('/');
    const label = labelOf(ref.document);
    const base = { label, file, line: at.start.line, from: ref.value };
    if (!owner || !repo) continue;
    const ids: Ids = { owner, ownerId, repo, repoId };
    const to = toImmutable(ref.value, ids);
    if (to === undefined) {
      byRole.set(label, [...(byRole.get(label) ?? []), { doc: ref.document, ids, migration: { ...base, to: ref.value, status: 'skipped', reason: 'the value is not a literal repo:OWNER/REPO:CONTEXT subject' } }]);
      continue;
    }
    const edit = valueEdit(ref.document, ref.path, ref.value, to, texts);
    const migration: ImmutableMigration = 'reason' in edit ? { ...base, to, status: 'skipped', reason: edit.reason } : { ...base, to, status: 'fixed' };
    byRole.set(label, [...(byRole.get(label) ?? []), { doc: ref.document, ids, migration, ...('reason' in edit ? {} : { edit }) }]);
  }
  let current = new Map(texts);
  let accepted: TextEdit[] = [];
  let proven = 0;
  const migrations: ImmutableMigration[] = [];
  for (const cands of byRole.values()) {
    const editable = cands.filter((c) => c.edit !== undefined);
    appendAll(migrations, cands.filter((c) => c.edit === undefined).map((c) => c.migration));
    const first = editable[0];
    if (!first) continue;
    const refuse = (reason: string): void => {
      for (const c of editable) migrations.push({ ...c.migration, status: 'refused', reason });
    };
    if (proven >= MAX_PROVEN_ROLES) {
      for (const c of editable) migrations.push({ ...c.migration, status: 'skipped', reason: `more than ${MAX_PROVEN_ROLES} roles in one run: run fix again (or on a smaller PATH)` });
      continue;
    }
    proven++;
    const combined = [...accepted, ...editable.flatMap((c) => (c.edit ? [c.edit] : []))];
    let edited: Map<string, string>;
    try {
      edited = applyFileEdits(texts, combined);
    } catch {
      refuse('its source is shared with another role edited differently: change it by hand');
      continue;
    }
    const why = disproof(first.doc, documents, edited, editable, config);
    if (why !== undefined) {
      refuse(why);
      continue;
    }
    accepted = combined;
    current = edited;
    appendAll(migrations, editable.map((c) => c.migration));
  }
  const files = changedFiles(texts, current);
  migrations.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { migrations, files };
}

