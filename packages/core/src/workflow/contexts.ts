import type { WorkflowFilter, WorkflowTrigger } from '../model/workflow.js';

/**
 * How a workflow's runs can look to GitHub's token service: which ref they run on and whether GitHub
 * counts them as pull-request runs (spec/domain.md §1.3, §1.7). Where the docs leave the choice open,
 * both shapes are kept; where a value is unknown (the default branch, the caller of a reusable
 * workflow), it stays a wildcard.
 */
export type RefShape =
  /** A branch, with the trigger's branch filter (undefined = any branch). */
  | { kind: 'branch'; include?: string[]; ignore?: string[] }
  | { kind: 'tag'; include?: string[]; ignore?: string[] }
  /** The default branch, whose name the workflow does not say. */
  | { kind: 'default-branch' }
  /** `refs/pull/<n>/merge`. */
  | { kind: 'pull' };

export interface RunContext {
  event: string;
  ref: RefShape;
  /** The `sub` context is `pull_request` (unless the job uses an environment). */
  pullRequest: boolean;
  /** The repository is the caller's (a reusable workflow): any. */
  anyRepository: boolean;
}

const texts = (f: WorkflowFilter | undefined): string[] | undefined => f?.patterns.map((p) => p.text);

function pushContexts(t: WorkflowTrigger): RunContext[] {
  const branchFilter = t.branches ?? t.branchesIgnore;
  const tagFilter = t.tags ?? t.tagsIgnore;
  // With only branch filters, tag pushes do not run the workflow, and the other way round.
  const branches = branchFilter !== undefined || tagFilter === undefined;
  const tags = tagFilter !== undefined || branchFilter === undefined;
  const out: RunContext[] = [];
  const base = { event: t.event, pullRequest: false, anyRepository: false };
  const b = texts(t.branches);
  const bi = texts(t.branchesIgnore);
  const g = texts(t.tags);
  const gi = texts(t.tagsIgnore);
  if (branches) out.push({ ...base, ref: { kind: 'branch', ...(b ? { include: b } : {}), ...(bi ? { ignore: bi } : {}) } });
  if (tags) out.push({ ...base, ref: { kind: 'tag', ...(g ? { include: g } : {}), ...(gi ? { ignore: gi } : {}) } });
  return out;
}

/** The run contexts one trigger gives. */
export function contextsOf(t: WorkflowTrigger): RunContext[] {
  const base = { event: t.event, pullRequest: false, anyRepository: false };
  const anyRef: RunContext[] = [
    { ...base, ref: { kind: 'branch' } },
    { ...base, ref: { kind: 'tag' } },
  ];
  switch (t.event) {
    case 'push':
      return pushContexts(t);
    case 'pull_request':
      return [{ ...base, ref: { kind: 'pull' }, pullRequest: true }];
    case 'pull_request_review':
    case 'pull_request_review_comment':
      // GitHub does not say whether these count as pull-request events for `sub`: keep both.
      return [{ ...base, ref: { kind: 'pull' }, pullRequest: true }, { ...base, ref: { kind: 'pull' } }];
    case 'pull_request_target':
      // Runs on the default branch; its `sub` may be `pull_request` or that branch (§1.7).
      return [{ ...base, ref: { kind: 'default-branch' }, pullRequest: true }, { ...base, ref: { kind: 'default-branch' } }];
    case 'merge_group':
      return [{ ...base, ref: { kind: 'branch', include: ['gh-readonly-queue/**'] }, pullRequest: true }, { ...base, ref: { kind: 'branch', include: ['gh-readonly-queue/**'] } }];
    case 'release':
      return [{ ...base, ref: { kind: 'tag' } }];
    case 'workflow_dispatch':
    case 'create':
    case 'delete':
    case 'deployment':
    case 'deployment_status':
      return anyRef;
    case 'workflow_call':
      // The caller's repository and event decide: anything.
      return [
        { ...base, ref: { kind: 'branch' }, anyRepository: true },
        { ...base, ref: { kind: 'tag' }, anyRepository: true },
        { ...base, ref: { kind: 'pull' }, pullRequest: true, anyRepository: true },
      ];
    default:
      // schedule, issue_comment, issues, workflow_run, repository_dispatch, …: the default branch.
      return [{ ...base, ref: { kind: 'default-branch' } }];
  }
}

export function runContexts(triggers: readonly WorkflowTrigger[]): RunContext[] {
  return triggers.flatMap(contextsOf);
}
