/**
 * Slice 2: the `sub` template each trusted repository really uses. GitHub facts (docs.github.com
 * "Customizing the subject claims for an organization or repository"; spec/domain.md §1.5):
 * - GET /repos/{owner}/{repo}/actions/oidc/customization/sub → `{ use_default, include_claim_keys? }`:
 *   `use_default: true` is the default format (`repo:…:<context>`); `false` without keys uses the
 *   organisation's template; `false` with keys uses those;
 * - GET /orgs/{org}/actions/oidc/customization/sub → `{ include_claim_keys }`.
 * - Whether a repository uses immutable subjects (spec/domain.md §1.4): the repository answer may carry
 *   `sub_claim_prefix` (the `repo:` segment GitHub puts in its tokens, e.g.
 *   `repo:octo@123/app@456`) and `use_immutable_subject` (the opt-in flag). Neither is in the REST
 *   reference at hand; both are in go-github's OIDCSubjectClaimCustomTemplate (v89, cited by
 *   integrations/terraform-provider-github#3582) and in observed answers, one of which has
 *   `use_immutable_subject: false` with an id-qualified prefix (a new repository gets the form by
 *   default). So the prefix decides when present; without it only `use_immutable_subject: true` is
 *   taken as an answer; otherwise the form is unknown and not guessed.
 */
import { ruleMeta } from '../catalog/rules.js';
import { templateKeysOf } from '../github/subject.js';
import type { Finding } from '../model/finding.js';
import { nodeAt } from '../model/policy.js';
import { GitHubCallError, type GitHubClient } from './client.js';
import type { GitHubFailureLog, OwnerFacts, RepoFacts } from './checks.js';
import type { NameReference } from './names.js';

export const GET_REPO_SUB = 'GET /repos/{owner}/{repo}/actions/oidc/customization/sub';
export const GET_ORG_SUB = 'GET /orgs/{org}/actions/oidc/customization/sub';

export const DEFAULT_TEMPLATE: readonly string[] = ['repo', 'context'];

/** The claim keys a repository's tokens are built from, and where that setting comes from. */
export interface SubTemplate {
  keys: readonly string[];
  source: 'default' | 'repository' | 'organization';
  /** Whether the repository's tokens name it as `owner@id/repo@id`; undefined when GitHub did not say. */
  immutable?: boolean;
  /** `sub_claim_prefix` as GitHub answered it. */
  prefix?: string;
}

/** The immutable-subject facts of a repository's customisation answer (see the module comment). */
export function immutableFacts(body: unknown): Pick<SubTemplate, 'immutable' | 'prefix'> {
  const b = body as { sub_claim_prefix?: unknown; use_immutable_subject?: unknown } | undefined;
  const prefix = typeof b?.sub_claim_prefix === 'string' && b.sub_claim_prefix.startsWith('repo:') ? b.sub_claim_prefix : undefined;
  // "`@` cannot appear in GitHub usernames or repository names": an @ in the repo segment is the id form.
  if (prefix !== undefined) return { prefix, immutable: prefix.includes('@') };
  return b?.use_immutable_subject === true ? { immutable: true } : {};
}

/** Claims that pin the owner by id: a template starting with one cannot be minted by another owner. */
const ID_CLAIMS = new Set(['repository_owner_id', 'repository_id']);
/** Claims that pin the owner by name: recyclable (a deleted name can be registered again). */
const NAME_CLAIMS = new Set(['repo', 'repository', 'repository_owner']);

function keysOf(body: unknown): string[] | undefined {
  const keys = (body as { include_claim_keys?: unknown } | undefined)?.include_claim_keys;
  return Array.isArray(keys) && keys.every((k): k is string => typeof k === 'string') ? keys : undefined;
}

export async function repoTemplate(client: GitHubClient, owner: OwnerFacts & { exists: true }, fullName: string, orgTemplates: Map<string, Promise<string[]>>): Promise<SubTemplate> {
  const [o, r] = fullName.split('/') as [string, string];
  const answer = await client.get(GET_REPO_SUB, `/repos/${encodeURIComponent(o)}/${encodeURIComponent(r)}/actions/oidc/customization/sub`);
  const body = answer.body as { use_default?: unknown } | undefined;
  if (typeof body?.use_default !== 'boolean') throw new GitHubCallError(GET_REPO_SUB, { kind: 'malformed', status: answer.status, message: 'the answer has no use_default' }, 1);
  const facts = immutableFacts(body);
  if (body.use_default) return { keys: DEFAULT_TEMPLATE, source: 'default', ...facts };
  const own = keysOf(body);
  if (own && own.length > 0) return { keys: own, source: 'repository', ...facts };
  if (owner.type !== 'Organization') return { keys: DEFAULT_TEMPLATE, source: 'default', ...facts };
  const key = owner.login.toLowerCase();
  let org = orgTemplates.get(key);
  if (!org) {
    org = client.get(GET_ORG_SUB, `/orgs/${encodeURIComponent(owner.login)}/actions/oidc/customization/sub`).then((a) => {
      const keys = keysOf(a.body);
      if (!keys) throw new GitHubCallError(GET_ORG_SUB, { kind: 'malformed', status: a.status, message: 'the answer has no include_claim_keys' }, 1);
      return keys;
    });
    orgTemplates.set(key, org);
  }
  const keys = await org;
  return keys.length > 0 ? { keys, source: 'organization', ...facts } : { keys: DEFAULT_TEMPLATE, source: 'default', ...facts };
}

/** Whether a key of the policy's value can be the template's key (GitHub renders `context` as `environment:…`, `ref:…`, `pull_request`). */
function sameKey(value: string, template: string): boolean {
  if (value === template) return true;
  const contextual = new Set(['context', 'environment', 'ref', 'pull_request']);
  return (template === 'context' && contextual.has(value)) || (value === 'context' && contextual.has(template));
}

function isDefault(keys: readonly string[]): boolean {
  return keys.length === 2 && keys[0] === 'repo' && keys[1] === 'context';
}

/** The template keys the policy's value is written in, or undefined when a wildcard hides them. */
function valueKeys(ref: NameReference): readonly string[] | undefined {
  if (ref.form === 'legacy-sub' || ref.form === 'immutable-sub') return DEFAULT_TEMPLATE;
  if (ref.form !== 'custom-sub') return undefined;
  return templateKeysOf(ref.value);
}

function at(ref: NameReference): Pick<Finding, 'location' | 'path' | 'resource'> {
  const node = nodeAt(ref.document.root, ref.path);
  return {
    location: { file: node?.file ?? ref.document.file, span: (node ?? ref.document.root).span },
    path: ref.path,
    ...(ref.document.resource !== undefined ? { resource: ref.document.resource } : {}),
  };
}

/** Findings of one reference against its repository's template. */
export function templateFindings(ref: NameReference, fullName: string, template: SubTemplate): Finding[] {
  const out: Finding[] = [];
  const shown = template.keys.join(', ');
  const from = template.source === 'organization' ? `the organisation's template` : template.source === 'repository' ? 'its own template' : 'the default format';
  const keys = valueKeys(ref);
  // Only sub values whose whole shape is written out can be compared (a trailing * could be anything).
  const comparable = ref.claim === 'sub' && keys !== undefined && !(ref.form === 'custom-sub' && /[*?]/.test(ref.value));
  if (comparable) {
    const matches = keys.length === template.keys.length && keys.every((k, i) => sameKey(k, template.keys[i] ?? ''));
    if (!matches) {
      out.push({
        ruleId: 'github-sub-template-mismatch',
        severity: ruleMeta('github-sub-template-mismatch').defaultSeverity,
        message: `'${ref.value}' is written in the ${isDefault(keys) ? 'default format' : `template [${keys.join(', ')}]`}, but the tokens of '${fullName}' use ${from} [${shown}]: this value can never match, so the role is broken for that repository`,
        ...at(ref),
        properties: { value: ref.value, repository: fullName, template: [...template.keys], templateSource: template.source },
      });
    }
  }
  // The default format in the other spelling: a name-only value never matches an id-qualified token
  // (its owner segment has no @), and an immutable value never matches a name-only token.
  const spelled = ref.form === 'legacy-sub' ? false : ref.form === 'immutable-sub' ? true : undefined;
  if (ref.claim === 'sub' && isDefault(template.keys) && template.immutable !== undefined && spelled !== undefined && spelled !== template.immutable) {
    const how = template.prefix !== undefined ? `GitHub answers sub_claim_prefix '${template.prefix}'` : 'GitHub answers use_immutable_subject: true';
    out.push({
      ruleId: 'github-sub-template-mismatch',
      severity: ruleMeta('github-sub-template-mismatch').defaultSeverity,
      message: template.immutable
        ? `'${ref.value}' names '${fullName}' by name only, but its tokens use immutable subjects (${how}): this value can never match, so the role is broken for that repository; trustlint fix --github --immutable writes the id form`
        : `'${ref.value}' is in the immutable form, but the tokens of '${fullName}' still use the name-only form (${how}): this value can never match until the repository opts in to immutable subjects`,
      ...at(ref),
      properties: { value: ref.value, repository: fullName, template: [...template.keys], templateSource: template.source, immutable: template.immutable, ...(template.prefix !== undefined ? { subClaimPrefix: template.prefix } : {}) },
    });
  }
  if (!isDefault(template.keys)) {
    const first = template.keys[0] ?? '';
    if (!ID_CLAIMS.has(first)) {
      const byName = NAME_CLAIMS.has(first);
      out.push({
        ruleId: 'github-sub-template-forgeable',
        severity: byName ? 'warning' : ruleMeta('github-sub-template-forgeable').defaultSeverity,
        message: byName
          ? `the tokens of '${fullName}' use ${from} [${shown}], whose first claim '${first}' names the owner by name, not by id: if the name is deleted and registered again, its tokens carry the same sub`
          : `the tokens of '${fullName}' use ${from} [${shown}], whose first claim '${first}' does not name the owner: a workflow in any repository can mint a sub of the same shape`,
        ...at(ref),
        properties: { value: ref.value, repository: fullName, template: [...template.keys], templateSource: template.source, firstClaim: first },
      });
    }
  }
  return out;
}

/** Every repository the references name that exists: its template, and the findings on each value. */
export async function checkTemplates(
  refs: readonly NameReference[],
  owners: ReadonlyMap<string, OwnerFacts>,
  repos: ReadonlyMap<string, RepoFacts>,
  client: GitHubClient,
  failures: GitHubFailureLog,
): Promise<Finding[]> {
  const out: Finding[] = [];
  const templates = new Map<string, Promise<SubTemplate>>();
  const orgTemplates = new Map<string, Promise<string[]>>();
  for (const ref of refs) {
    if (ref.owner === undefined || ref.repo === undefined) continue;
    const repo = repos.get(`${ref.owner}/${ref.repo}`.toLowerCase());
    if (!repo?.exists) continue;
    const owner = owners.get(repo.ownerLogin.toLowerCase()) ?? owners.get(ref.owner.toLowerCase());
    if (!owner?.exists) continue;
    const realOwner: OwnerFacts & { exists: true } = owner.login.toLowerCase() === repo.ownerLogin.toLowerCase() ? owner : { ...owner, login: repo.ownerLogin };
    const key = repo.fullName.toLowerCase();
    let p = templates.get(key);
    if (!p) {
      p = repoTemplate(client, realOwner, repo.fullName, orgTemplates);
      templates.set(key, p);
    }
    try {
      for (const f of templateFindings(ref, repo.fullName, await p)) out.push(f);
    } catch (err) {
      if (!(err instanceof GitHubCallError)) throw err;
      failures.record(err, `repository ${repo.fullName}`, 'which sub template its tokens use is unknown', ref);
    }
  }
  return out;
}
