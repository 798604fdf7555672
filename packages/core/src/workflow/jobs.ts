import type { ActionRef, WorkflowDocument, WorkflowJob, WorkflowRunsOn, WorkflowValue } from '../model/workflow.js';
import { envKeyEntries, readCacStep } from './aws.js';
import { stepsOfComposite, stepsOfJob, type StepInJob } from './steps.js';

/** Labels of GitHub-hosted runner images; anything else is a self-hosted label or a larger runner. */
const GITHUB_HOSTED = /^(ubuntu|windows|macos)-[\w.-]+$/i;

/**
 * True when the job may run on a self-hosted runner: the `self-hosted` label, a runner group, or
 * only literal labels none of which names a GitHub-hosted image.
 */
export function isSelfHostedRunner(runsOn: WorkflowRunsOn | undefined): boolean {
  if (!runsOn) return false;
  if (runsOn.group) return true;
  const labels = runsOn.labels;
  if (labels.some((l) => l.kind === 'literal' && l.text.toLowerCase() === 'self-hosted')) return true;
  return labels.length > 0 && labels.every((l) => l.kind === 'literal' && !GITHUB_HOSTED.test(l.text));
}

export function hasTrigger(doc: WorkflowDocument, ...events: string[]): boolean {
  return doc.triggers.some((t) => events.includes(t.event));
}

/** Names under which AWS keys are passed to a reusable workflow (`with:` or `secrets:`). */
const KEY_NAME = /^aws[-_]?(access[-_]?key[-_]?id|secret[-_]?access[-_]?key)$/i;

export function isAwsKeyName(name: string): boolean {
  return KEY_NAME.test(name);
}

/** Steps of a job or composite action (composite documents have no jobs). */
export function stepsIn(doc: WorkflowDocument, job: WorkflowJob | undefined): StepInJob[] {
  return job ? stepsOfJob(doc, job) : stepsOfComposite(doc);
}

/**
 * True when AWS credentials are present in the job: `id-token: write`, a configure-aws-credentials
 * step (its own or in a local composite action), AWS keys in env at any level, or keys passed to a
 * reusable workflow.
 */
export function jobObtainsAwsCredentials(doc: WorkflowDocument, job: WorkflowJob): boolean {
  if (job.idToken.level === 'write') return true;
  if (envKeyEntries(doc.env).length > 0 || envKeyEntries(job.env).length > 0) return true;
  if (job.with.some((e) => isAwsKeyName(e.name))) return true;
  if (job.secrets?.kind === 'map' && job.secrets.entries.some((e) => isAwsKeyName(e.name))) return true;
  return stepsOfJob(doc, job).some(
    (s) => readCacStep(s) !== undefined || envKeyEntries(s.step.env).length > 0 || (s.step.uses !== undefined && s.step.with.some((e) => isAwsKeyName(e.name))),
  );
}

/** True when a composite action itself obtains AWS credentials (configure-aws-credentials or env keys). */
export function compositeObtainsAwsCredentials(doc: WorkflowDocument): boolean {
  return stepsOfComposite(doc).some((s) => readCacStep(s) !== undefined || envKeyEntries(s.step.env).length > 0);
}

const SHA_RE = /^[0-9a-f]{40}$/i;
const DIGEST_RE = /^sha256:[0-9a-f]{64}$/i;

/** Why a reference is not immutable, or undefined when it is pinned (or local, or not interpretable). */
export function unpinnedReason(ref: ActionRef): string | undefined {
  if (ref.kind === 'repository') {
    if (ref.ref !== undefined && SHA_RE.test(ref.ref)) return undefined;
    if (ref.ref === undefined || ref.ref === '') return 'no ref at all';
    if (/^[0-9a-f]{7,39}$/i.test(ref.ref)) return `${ref.ref}, an abbreviated SHA or a name, not a full commit SHA`;
    return `${ref.ref}, a tag or branch that can be moved`;
  }
  if (ref.kind === 'docker') {
    if (ref.digest !== undefined && DIGEST_RE.test(ref.digest)) return undefined;
    return ref.tag !== undefined ? `the image tag ${ref.tag}, which can be moved` : 'no image digest';
  }
  return undefined;
}

/** Same for a job `container:` image. */
export function unpinnedImage(image: WorkflowValue): string | undefined {
  if (image.kind === 'expression' || image.text === '') return undefined;
  const at = image.text.indexOf('@');
  if (at >= 0 && DIGEST_RE.test(image.text.slice(at + 1))) return undefined;
  const colon = image.text.lastIndexOf(':');
  return colon > image.text.lastIndexOf('/') ? `the image tag ${image.text.slice(colon + 1)}, which can be moved` : 'no image digest';
}
