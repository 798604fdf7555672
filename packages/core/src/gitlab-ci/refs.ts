import type { GitLabJob } from '../model/gitlab-ci.js';
import { gitlabSub } from '../issuers/gitlab.js';

/**
 * The refs a GitLab job can run for, from its `rules:` and `only:` (https://docs.gitlab.com/ci/yaml/#rules,
 * https://docs.gitlab.com/ci/yaml/#only--except), as far as they can be read statically. Anything not
 * understood widens the set (any branch or tag), and `when: never` rules and `except:` are not used
 * to narrow it: the cross-check reports a job only when none of the tokens it may present gets in, so a
 * wider set can only hide a mismatch, never invent one.
 */
export type RefShape =
  | { kind: 'branch'; name: string }
  | { kind: 'tag'; name: string }
  | { kind: 'any-branch' }
  | { kind: 'any-tag' }
  | { kind: 'default-branch' };

const ANY: RefShape[] = [{ kind: 'any-branch' }, { kind: 'any-tag' }];

const STRING = String.raw`(?:"([^"]*)"|'([^']*)')`;
const BRANCH_EQ = new RegExp(String.raw`^\$\{?CI_COMMIT_BRANCH\}?\s*==\s*${STRING}$`);
const REF_EQ = new RegExp(String.raw`^\$\{?CI_COMMIT_REF_NAME\}?\s*==\s*${STRING}$`);
const TAG_EQ = new RegExp(String.raw`^\$\{?CI_COMMIT_TAG\}?\s*==\s*${STRING}$`);
const DEFAULT_BRANCH = /^\$\{?CI_COMMIT_(?:BRANCH|REF_NAME)\}?\s*==\s*\$\{?CI_DEFAULT_BRANCH\}?$|^\$\{?CI_DEFAULT_BRANCH\}?\s*==\s*\$\{?CI_COMMIT_(?:BRANCH|REF_NAME)\}?$/;
const TAG_ANY = /^\$\{?CI_COMMIT_TAG\}?(?:\s*(?:!=\s*null|=~\s*\/.*\/\w*))?$/;
const BRANCH_ANY = /^\$\{?CI_COMMIT_BRANCH\}?(?:\s*(?:!=\s*null|=~\s*\/.*\/\w*))?$/;
/** Merge request pipelines run for the source branch (its name is the `ref` claim). */
const MERGE_REQUEST = /^\$\{?CI_PIPELINE_SOURCE\}?\s*==\s*["']merge_request_event["']$|^\$\{?CI_MERGE_REQUEST_\w+\}?/;

/** One `&&`-free condition as ref shapes; undefined when it does not restrict the ref. */
function atom(cond: string): RefShape[] | undefined {
  const c = cond.trim().replace(/^\((.*)\)$/, '$1').trim();
  let m = BRANCH_EQ.exec(c);
  if (m) return [{ kind: 'branch', name: m[1] ?? m[2] ?? '' }];
  m = TAG_EQ.exec(c);
  if (m) return [{ kind: 'tag', name: m[1] ?? m[2] ?? '' }];
  m = REF_EQ.exec(c);
  if (m) return [{ kind: 'branch', name: m[1] ?? m[2] ?? '' }, { kind: 'tag', name: m[1] ?? m[2] ?? '' }];
  if (DEFAULT_BRANCH.test(c)) return [{ kind: 'default-branch' }];
  if (TAG_ANY.test(c)) return [{ kind: 'any-tag' }];
  if (BRANCH_ANY.test(c) || MERGE_REQUEST.test(c)) return [{ kind: 'any-branch' }];
  return undefined;
}

/** The refs an `if:` admits: `||` is a union; in a `&&`, the first part that restricts the ref decides. */
export function refsOfCondition(expression: string): RefShape[] {
  // Parentheses around `||` are not parsed: such an expression admits any ref.
  if (/\(.*\|\|.*\)/.test(expression)) return ANY;
  const out: RefShape[] = [];
  for (const alternative of expression.split('||')) {
    const parts = alternative.split('&&').map(atom);
    const restricting = parts.find((p) => p !== undefined);
    for (const r of restricting ?? ANY) out.push(r);
  }
  return out;
}

/** `only:` refs: `branches`, `tags`, `merge_requests`, a name, or a `/regex/` (any branch). */
function refsOfOnly(refs: readonly string[]): RefShape[] {
  const out: RefShape[] = [];
  for (const r of refs) {
    if (r === 'branches' || r === 'merge_requests' || r.startsWith('/')) out.push({ kind: 'any-branch' });
    else if (r === 'tags') out.push({ kind: 'any-tag' });
    // `api`, `pipelines`, `pushes`, `schedules`, `triggers`, `web`, `external`: run sources, any ref.
    else if (['api', 'pipelines', 'pushes', 'schedules', 'triggers', 'web', 'external', 'chat', 'external_pull_requests'].includes(r)) {
      for (const a of ANY) out.push(a);
    }
    else out.push({ kind: 'branch', name: r }, { kind: 'tag', name: r });
  }
  return out.length ? out : ANY;
}

export function jobRefs(job: GitLabJob): RefShape[] {
  let shapes: RefShape[];
  if (job.rules) {
    shapes = [];
    for (const rule of job.rules) {
      if (rule.when === 'never') continue;
      for (const s of rule.if ? refsOfCondition(rule.if.text) : ANY) shapes.push(s);
    }
  } else if (job.only) shapes = refsOfOnly(job.only.refs.map((r) => r.text));
  else shapes = ANY;
  const seen = new Set<string>();
  return shapes.filter((s) => {
    const k = JSON.stringify(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The subject a job of project `path` presents on a ref shape, for people (`<any branch>` where it varies). */
export function describeRef(path: string, s: RefShape): string {
  switch (s.kind) {
    case 'branch':
      return gitlabSub(path, 'branch', s.name);
    case 'tag':
      return gitlabSub(path, 'tag', s.name);
    case 'any-branch':
      return gitlabSub(path, 'branch', '<any branch>');
    case 'any-tag':
      return gitlabSub(path, 'tag', '<any tag>');
    case 'default-branch':
      return gitlabSub(path, 'branch', '<default branch>');
  }
}
