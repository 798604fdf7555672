import { defineRule } from './define.js';
import { crossChecks } from '../workflow/cross-check.js';
import { jobLabel } from '../workflow/describe.js';

/** Cross-file: the trust policy of the role a job assumes admits none of the job's subjects. */
export default defineRule({
  id: 'workflow-role-mismatch',
  meta: {
    title: "Role's trust policy admits none of the job's subjects",
    defaultSeverity: 'error',
    category: 'workflow',
    description:
      'The role a job assumes is defined in the scanned IaC and its trust policy admits none of the subjects the job can present: the deploy will fail.',
    variants: 'info when the repository is unknown or a sub pattern is not in a default format',
  },
  project(ctx) {
    for (const c of crossChecks(ctx.documents, ctx.config)) {
      if (c.verdict !== 'role-mismatch') continue;
      const { use } = c;
      const policy = c.policies[0];
      const where = policy ? `${policy.file}${policy.resource ? ` ${policy.resource}` : ''}` : 'the scan';
      const reason = c.noProvider
        ? 'its trust policy trusts no GitHub OIDC provider, so no job can assume it through OIDC'
        : `its trust policy admits none of the subjects this job can present (${c.subjects.join(', ')})`;
      const caveat =
        c.severity === 'info'
          ? c.repositoryKnown
            ? ' Reported as info: a sub pattern of the policy is in a customised format, which the job cannot be checked against.'
            : ' Reported as info: the repository is unknown (set `repository` in the configuration, or add a git remote origin).'
          : '';
      ctx.report({
        location: use.role.location,
        severity: c.severity,
        related: c.policies.map((p) => ({ location: p.location, message: `trust policy of role ${use.roleName ?? use.role.text}` })),
        properties: { job: use.job.id, role: use.roleName, subjects: c.subjects, policies: c.policies.map((p) => p.file) },
        message: `${jobLabel(use.job)} assumes role ${use.roleName ?? use.role.text} (${where}), but ${reason}, so the step will fail with "Not authorized to perform sts:AssumeRoleWithWebIdentity".${caveat} Add the exact subject the job presents to the trust policy, or change the job; do not widen the policy with a wildcard.`,
      });
    }
  },
});
