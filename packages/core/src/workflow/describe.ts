import type { SourceLocation } from '../model/span.js';
import type { WorkflowEntry, WorkflowJob, WorkflowStep } from '../model/workflow.js';

/** From an entry's name to the end of its value: the whole `name: value` line(s). */
export function entryLocation(e: WorkflowEntry): SourceLocation {
  const end = e.value.location.span.end.offset >= e.nameLocation.span.end.offset ? e.value.location.span.end : e.nameLocation.span.end;
  return { file: e.nameLocation.file, span: { start: e.nameLocation.span.start, end } };
}

export function jobLabel(job: WorkflowJob): string {
  return `job "${job.id}"`;
}

/** `step "Configure AWS"`, `step 2 (aws-actions/configure-aws-credentials)`, or `step 3`. */
export function stepLabel(step: WorkflowStep): string {
  if (step.name?.kind === 'literal' && step.name.text) return `step "${step.name.text}"`;
  if (step.id?.kind === 'literal' && step.id.text) return `step "${step.id.text}"`;
  const u = step.uses;
  const what = u?.kind === 'repository' ? `${u.owner}/${u.repo}${u.path ? `/${u.path}` : ''}` : u?.text;
  return what ? `step ${step.index + 1} (${what})` : `step ${step.index + 1}`;
}

/** `"a", "b" and 3 more` for lists in messages. */
export function listNames(names: readonly string[], max = 4): string {
  const quoted = names.map((n) => `"${n}"`);
  if (quoted.length <= max) return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}` : (quoted[0] ?? '');
  return `${quoted.slice(0, max).join(', ')} and ${quoted.length - max} more`;
}
