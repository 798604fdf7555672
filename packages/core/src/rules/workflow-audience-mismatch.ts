import { defineRule, type ProjectRuleContext } from './define.js';
import { crossChecks } from '../workflow/cross-check.js';
import { jobLabel } from '../workflow/describe.js';
import { gitlabCrossChecks } from '../gitlab-ci/cross-check.js';

/** GitLab CI: the job's subjects get in, but not with the audience its `id_tokens` entry sets. */
function checkGitLab(ctx: ProjectRuleContext): void {
  for (const c of gitlabCrossChecks(ctx.documents, ctx.config)) {
    if (c.verdict !== 'audience-mismatch') continue;
    const a = c.assumption;
    const token = a.idToken;
    const accepted = c.admittedWith?.aud;
    ctx.report({
      location: token?.aud[0]?.location ?? token?.location ?? a.location,
      related: [
        { location: a.location, message: `the job assumes role ${c.roleName} here` },
        ...c.policies.map((p) => ({ location: p.location, message: `trust policy of role ${c.roleName}` })),
      ],
      properties: { job: a.job.name, role: c.roleName, audience: c.audiences, policies: c.policies.map((p) => p.file), ...(c.admittedWith ? { admittedWith: c.admittedWith } : {}) },
      message: `GitLab job "${a.job.name}" requests its ID token ${token?.name ?? ''} for the audience ${c.audiences.map((x) => `"${x}"`).join(', ')} to assume role ${c.roleName}, but the role's trust policy does not accept it in its aud condition${accepted ? ` (it accepts "${accepted}")` : ''}: the call will fail with "Not authorized to perform sts:AssumeRoleWithWebIdentity". Set the \`aud\` of the \`id_tokens\` entry to the audience the role and the OIDC provider's client-id list accept.`,
    });
  }
}

/** Cross-file: the audience the job requests is not one the role's trust policy accepts. */
export default defineRule({
  id: 'workflow-audience-mismatch',
  meta: {
    title: "Job's audience is not admitted by the role",
    defaultSeverity: 'error',
    category: 'workflow',
    description: "The job's `audience` input (in a GitLab pipeline: the `aud` of its `id_tokens` entry) is not admitted by the role's `aud` condition.",
  },
  project(ctx) {
    checkGitLab(ctx);
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
