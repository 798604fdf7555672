import { defineRule, type ProjectRuleContext } from './define.js';
import { crossChecks } from '../workflow/cross-check.js';
import { jobLabel } from '../workflow/describe.js';
import { gitlabCrossChecks } from '../gitlab-ci/cross-check.js';

/** GitLab CI: the job's tokens (its project, the refs its rules allow, its audience) all denied. */
function checkGitLab(ctx: ProjectRuleContext): void {
  for (const c of gitlabCrossChecks(ctx.documents, ctx.config)) {
    if (c.verdict !== 'role-mismatch') continue;
    const a = c.assumption;
    const policy = c.policies[0];
    const where = policy ? `${policy.file}${policy.resource ? ` ${policy.resource}` : ''}` : 'the scan';
    const reason = c.noProvider
      ? 'its trust policy trusts no GitLab OIDC provider (only GitHub or other issuers)'
      : `its trust policy admits none of the tokens this job can present (${c.subjects.join(', ')}${c.audiences.length ? `; aud ${c.audiences.join(', ')}` : ''})`;
    const caveat =
      c.severity === 'info'
        ? !c.projectKnown
          ? ' Reported as info: the GitLab project is unknown (set `gitlabProject` in the configuration, or add a git remote origin).'
          : c.customSubjects
            ? ' Reported as info: a sub pattern of the policy is not in GitLab\'s default format (the project may customise its sub claim), which the job cannot be checked against.'
            : ' Reported as info: the job extends a template the scan does not define.'
        : '';
    ctx.report({
      location: a.role?.location ?? a.location,
      severity: c.severity,
      related: c.policies.map((p) => ({ location: p.location, message: `trust policy of role ${c.roleName}` })),
      properties: { job: a.job.name, role: c.roleName, subjects: c.subjects, policies: c.policies.map((p) => p.file), ...(c.denied ? { token: c.denied } : {}) },
      message: `GitLab job "${a.job.name}" assumes role ${c.roleName} (${where}), but ${reason}, so the call will fail with "Not authorized to perform sts:AssumeRoleWithWebIdentity".${caveat} Add the exact subject the job presents to the trust policy, or change the job; do not widen the policy with a wildcard.`,
    });
  }
}

/** Cross-file: the trust policy of the role a job assumes admits none of the job's subjects. */
export default defineRule({
  id: 'workflow-role-mismatch',
  meta: {
    title: "Role's trust policy admits none of the job's subjects",
    defaultSeverity: 'error',
    category: 'workflow',
    description:
      'The role a job assumes (a GitHub workflow job, or a GitLab CI job) is defined in the scanned IaC and its trust policy admits none of the subjects the job can present: the deploy will fail.',
    variants: 'info when the repository (GitLab: the project) is unknown or a sub pattern is not in a default format',
  },
  project(ctx) {
    checkGitLab(ctx);
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
