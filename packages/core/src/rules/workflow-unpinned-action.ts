import type { RelatedLocation } from '../model/finding.js';
import type { SourceLocation } from '../model/span.js';
import type { ActionRef, WorkflowDocument, WorkflowStep } from '../model/workflow.js';
import { defineRule, type DocumentRuleContext } from './define.js';
import { compositeObtainsAwsCredentials, jobObtainsAwsCredentials, unpinnedImage, unpinnedReason } from '../workflow/jobs.js';
import { stepsOfComposite } from '../workflow/steps.js';

type Ctx = DocumentRuleContext<WorkflowDocument>;

const FIX = 'Pin the full 40-character commit SHA (keep the version in a comment), or an image `@sha256:` digest.';

/** Unpinned references inside a linked local composite action (and the ones it calls). */
function unpinnedInside(step: WorkflowStep): { ref: ActionRef; reason: string }[] {
  if (!step.localAction) return [];
  return stepsOfComposite(step.localAction).flatMap((s) => {
    const ref = s.step.uses;
    const reason = ref ? unpinnedReason(ref) : undefined;
    return ref && reason ? [{ ref, reason }] : [];
  });
}

function checkSteps(ctx: Ctx, steps: readonly WorkflowStep[], where: string, seen: Set<string>): void {
  const once = (location: SourceLocation): boolean => {
    const key = `${location.file}:${location.span.start.offset}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const step of steps) {
    const ref = step.uses;
    if (!ref) continue;
    const reason = unpinnedReason(ref);
    if (reason && once(ref.location)) {
      ctx.report({
        location: ref.location,
        properties: { uses: ref.text },
        message: `${ref.text} runs in ${where}, which has AWS credentials, and is pinned to ${reason}: whoever can move it runs code next to the credentials (and can mint OIDC tokens with id-token: write). ${FIX}`,
      });
    }
    // A local composite action is exempt itself, but the actions it calls run in this job too; when it
    // obtains credentials on its own, its document reports them.
    if (ref.kind !== 'local' || !step.localAction || compositeObtainsAwsCredentials(step.localAction)) continue;
    const inner = unpinnedInside(step);
    if (inner.length === 0 || !once(ref.location)) continue;
    const related: RelatedLocation[] = inner.map((i) => ({ location: i.ref.location, message: `${i.ref.text}: ${i.reason}` }));
    ctx.report({
      location: ref.location,
      related,
      properties: { uses: ref.text, unpinned: inner.map((i) => i.ref.text) },
      message: `the local action ${ref.text} runs ${inner.map((i) => i.ref.text).join(', ')} in ${where}, which has AWS credentials, without a commit SHA or digest pin. ${FIX}`,
    });
  }
}

export default defineRule({
  id: 'workflow-unpinned-action',
  meta: {
    title: 'Unpinned action in a job with AWS credentials',
    defaultSeverity: 'warning',
    category: 'workflow',
    description:
      'In a job that obtains AWS credentials, an action, reusable workflow or docker image not pinned to a full commit SHA or digest.',
  },
  workflow(ctx) {
    const doc = ctx.document;
    const seen = new Set<string>();
    if (doc.workflowKind === 'composite-action') {
      if (compositeObtainsAwsCredentials(doc)) checkSteps(ctx, doc.steps, 'this composite action', seen);
      return;
    }
    for (const job of doc.jobs) {
      if (!jobObtainsAwsCredentials(doc, job)) continue;
      const where = `job "${job.id}"`;
      if (job.uses) {
        const reason = unpinnedReason(job.uses);
        if (reason) {
          ctx.report({
            location: job.uses.location,
            properties: { uses: job.uses.text },
            message: `the reusable workflow ${job.uses.text} is called by ${where}, which passes it AWS credentials or id-token: write, and is pinned to ${reason}. ${FIX}`,
          });
        }
      }
      const image = job.container;
      const imageReason = image ? unpinnedImage(image) : undefined;
      if (image && imageReason) {
        ctx.report({
          location: image.location,
          properties: { image: image.text },
          message: `the container image ${image.text} of ${where}, which has AWS credentials, is pinned to ${imageReason}: every step runs inside it. ${FIX}`,
        });
      }
      checkSteps(ctx, job.steps, where, seen);
    }
  },
});
