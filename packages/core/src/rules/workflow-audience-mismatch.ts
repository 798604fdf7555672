import { defineRule } from './define.js';
import { crossChecks } from '../workflow/cross-check.js';
import { jobLabel } from '../workflow/describe.js';

/** Cross-file: the audience the job requests is not one the role's trust policy accepts. */
export default defineRule({
  id: 'workflow-audience-mismatch',
  meta: {
    title: "Job's audience is not admitted by the role",
    defaultSeverity: 'error',
    category: 'workflow',
    description: "The job's `audience` input is not admitted by the role's `aud` condition.",
  },
  project(ctx) {
    for (const c of crossChecks(ctx.documents, ctx.config)) {
      if (c.verdict !== 'audience-mismatch') continue;
      const { use } = c;
      const input = use.cac.audience;
      const requested = input ? `requests a token for the audience "${c.audience ?? ''}"` : `requests the default audience "${c.audience ?? ''}"`;
      ctx.report({
        location: input?.value.location ?? use.role.location,
        related: c.policies.map((p) => ({ location: p.location, message: `trust policy of role ${use.roleName ?? use.role.text}` })),
        properties: { job: use.job.id, role: use.roleName, audience: c.audience, policies: c.policies.map((p) => p.file) },
        message: `${jobLabel(use.job)} ${requested} to assume role ${use.roleName ?? use.role.text}, but the role's trust policy does not accept it in its aud condition: the step will fail with "Not authorized to perform sts:AssumeRoleWithWebIdentity". ${input ? 'Remove the audience input (the default is sts.amazonaws.com)' : 'Set the audience input'} or make the role, the OIDC provider's client-id list and trustlint's \`audiences\` agree on one value.`,
      });
    }
  },
});
