import type { WorkflowValue } from '../model/workflow.js';
import { actionName, inputOf, type StepInJob } from './steps.js';

/**
 * Steps that bring code the base repository did not write into a job run by `pull_request_target`,
 * `workflow_run` or `issue_comment`: a checkout of the pull request's head or merge ref, or artifacts
 * downloaded from the triggering run (spec/rules.md `workflow-untrusted-trigger-oidc`).
 */

/** Expressions and refs naming the pull request's (or triggering run's) code. */
const FOREIGN_REF =
  /github\.event\.pull_request\.head\.(sha|ref)|github\.event\.pull_request\.merge_commit_sha|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|github\.event\.issue\.number|refs\/pull\//;
const FOREIGN_REPOSITORY = /github\.event\.pull_request\.head\.repo\.full_name|github\.event\.workflow_run\.head_repository\.full_name/;
const FOREIGN_RUN =
  /\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|pull)\b[^\n]*(pull\/|github\.event\.pull_request\.head|github\.head_ref)|\bgh\s+run\s+download\b/;
const ARTIFACT_SCRIPT = /downloadArtifact|listWorkflowRunArtifacts/;

export interface ForeignCode {
  at: StepInJob;
  /** What the step does, for messages. */
  what: string;
  /** The value that shows it (the `ref` input, the script, the `uses`). */
  value?: WorkflowValue;
}

const matches = (v: WorkflowValue | undefined, re: RegExp): boolean => v !== undefined && re.test(v.text);

/** How one step runs foreign code, or undefined. */
export function foreignCodeOf(s: StepInJob): ForeignCode | undefined {
  const name = actionName(s.step);
  if (name === 'actions/checkout') {
    const ref = inputOf(s.step, 'ref')?.value;
    if (matches(ref, FOREIGN_REF)) return { at: s, what: `checks out ${ref?.text ?? ''}`, ...(ref ? { value: ref } : {}) };
    const repo = inputOf(s.step, 'repository')?.value;
    if (matches(repo, FOREIGN_REPOSITORY)) return { at: s, what: `checks out the fork ${repo?.text ?? ''}`, ...(repo ? { value: repo } : {}) };
  }
  if (name === 'actions/download-artifact' && inputOf(s.step, 'run-id')) {
    return { at: s, what: 'downloads artifacts of another run', value: inputOf(s.step, 'run-id')?.value ?? s.step.with[0]?.value };
  }
  if (name === 'dawidd6/action-download-artifact') return { at: s, what: 'downloads artifacts of another workflow run' };
  if (name === 'actions/github-script' && matches(inputOf(s.step, 'script')?.value, ARTIFACT_SCRIPT)) {
    return { at: s, what: 'downloads artifacts of another run with github-script' };
  }
  const run = s.step.run;
  if (run && FOREIGN_RUN.test(run.text)) return { at: s, what: 'fetches the pull request or its artifacts in a script', value: run };
  return undefined;
}

export function firstForeignCode(steps: readonly StepInJob[]): ForeignCode | undefined {
  for (const s of steps) {
    const hit = foreignCodeOf(s);
    if (hit) return hit;
  }
  return undefined;
}
