import type { RelatedLocation } from '../model/finding.js';
import { defineRule } from './define.js';
import { jobLabel, stepLabel } from '../workflow/describe.js';
import { firstForeignCode } from '../workflow/foreign-code.js';
import { stepsOfJob } from '../workflow/steps.js';

/** Triggers that run in the base repository's context for events outsiders can cause (trap 27, 38). */
const UNTRUSTED = ['pull_request_target', 'workflow_run', 'issue_comment'];

export default defineRule({
  id: 'workflow-untrusted-trigger-oidc',
  meta: {
    title: 'id-token: write where untrusted code runs',
    defaultSeverity: 'error',
    category: 'workflow',
    description:
      '`id-token: write` in a job run by `pull_request_target`, `workflow_run` or `issue_comment` that also checks out or downloads code it did not write.',
    variants: 'warning when no such step is visible',
  },
  workflow(ctx) {
    const doc = ctx.document;
    const triggers = doc.triggers.filter((t) => UNTRUSTED.includes(t.event));
    const trigger = triggers[0];
    if (!trigger) return;
    const events = triggers.map((t) => t.event).join(', ');
    for (const job of doc.jobs) {
      if (job.idToken.level !== 'write') continue;
      const foreign = firstForeignCode(stepsOfJob(doc, job));
      const grant = job.idToken.location ?? job.location;
      const related: RelatedLocation[] = [{ location: trigger.location, message: `triggered by ${trigger.event}` }];
      const via = job.idToken.source === 'workflow' ? ' (granted at workflow level)' : '';
      const writeAll = (job.idToken.source === 'job' ? job.permissions : doc.permissions)?.kind === 'write-all' ? ' through write-all' : '';
      const token = `${jobLabel(job)} has id-token: write${writeAll}${via} and runs on ${events}, which outsiders can trigger (a fork's pull request, a comment) while the job keeps the base repository's privileges`;
      if (foreign) {
        const stepLocation = foreign.value?.location ?? foreign.at.step.uses?.location ?? foreign.at.step.location;
        related.push({ location: stepLocation, message: `${stepLabel(foreign.at.step)} ${foreign.what}` });
        ctx.report({
          location: grant,
          related,
          properties: { job: job.id, events: triggers.map((t) => t.event), foreignCode: true },
          message: `${token}. ${stepLabel(foreign.at.step)} ${foreign.what}: code an outsider wrote runs next to a token-minting permission, and any of it can request an OIDC token for the base repository's subject (its default branch, or pull_request) for any role that trusts it. Run that code under pull_request, or split it into a job without id-token: write.`,
        });
        continue;
      }
      ctx.report({
        location: grant,
        severity: 'warning',
        related,
        properties: { job: job.id, events: triggers.map((t) => t.event), foreignCode: false },
        message: `${token}. No step visibly checks out or downloads the outsider's code, but any step that does (or an action that does it internally) can mint OIDC tokens for the base repository's default-branch subject. Keep id-token: write out of jobs run by these triggers, or gate the job behind an environment with required reviewers.`,
      });
    }
  },
});
