import { appendAll } from '../arrays.js';
import type { WorkflowDocument, WorkflowEntry, WorkflowEnvBlock, WorkflowJob, WorkflowStep } from '../model/workflow.js';

/** Composite actions nest; deeper than this is a cycle or an abuse, not a workflow. */
const MAX_NESTING = 8;

/** A step as it runs in a job: where it is written, which env applies, how it was reached. */
export interface StepInJob {
  step: WorkflowStep;
  /** The document the step is written in (the workflow, or a local composite action). */
  document: WorkflowDocument;
  /** Env blocks that apply, innermost first (step, calling steps, job, workflow). */
  env: WorkflowEnvBlock[];
  /** The `uses: ./…` steps through which the step is reached, outermost first (empty for own steps). */
  via: WorkflowStep[];
}

/** The job's steps, with the steps of linked local composite actions expanded after their caller. */
export function stepsOfJob(doc: WorkflowDocument, job: WorkflowJob): StepInJob[] {
  const outer = [job.env, doc.env].filter((e): e is WorkflowEnvBlock => e !== undefined);
  return expand(doc, job.steps, outer, []);
}

/** The steps of a composite action document, expanded the same way (the caller's env is unknown). */
export function stepsOfComposite(doc: WorkflowDocument): StepInJob[] {
  return expand(doc, doc.steps, [], []);
}

function expand(doc: WorkflowDocument, steps: readonly WorkflowStep[], outer: WorkflowEnvBlock[], via: WorkflowStep[]): StepInJob[] {
  const out: StepInJob[] = [];
  for (const step of steps) {
    const env = step.env ? [step.env, ...outer] : outer;
    out.push({ step, document: doc, env, via });
    const action = step.localAction;
    if (action && via.length < MAX_NESTING && !via.some((v) => v.localAction === action)) {
      appendAll(out, expand(action, action.steps, env, [...via, step]));
    }
  }
  return out;
}

/** The step of the job's own document that runs this step (itself, or the outermost `uses: ./…`). */
export function topStep(s: StepInJob): WorkflowStep {
  return s.via[0] ?? s.step;
}

/** The innermost env entry of that name (env names compared case-insensitively, as on Windows runners). */
export function envLookup(env: readonly WorkflowEnvBlock[], name: string): WorkflowEntry | undefined {
  const lower = name.toLowerCase();
  for (const block of env) {
    const hit = block.entries.find((e) => e.name.toLowerCase() === lower);
    if (hit) return hit;
  }
  return undefined;
}

/** A `with:` input (input names are case-insensitive). */
export function inputOf(step: WorkflowStep, name: string): WorkflowEntry | undefined {
  const lower = name.toLowerCase();
  return step.with.find((e) => e.name.toLowerCase() === lower);
}

/** `owner/repo` of a step's action in lower case, for comparisons; undefined for other kinds. */
export function actionName(step: WorkflowStep): string | undefined {
  const u = step.uses;
  if (u?.kind !== 'repository') return undefined;
  return `${u.owner}/${u.repo}${u.path ? `/${u.path}` : ''}`.toLowerCase();
}
