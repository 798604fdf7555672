import { defineRule } from './define.js';
import { listNames } from '../workflow/describe.js';
import { stepsOfJob } from '../workflow/steps.js';
import { usesIdToken } from '../workflow/token-consumers.js';

/** `id-token: write` (or `write-all`) at workflow level that reaches jobs which never use a token. */
export default defineRule({
  id: 'workflow-id-token-scope',
  meta: {
    title: 'id-token: write granted to jobs that do not need it',
    defaultSeverity: 'warning',
    category: 'workflow',
    description: '`id-token: write` (or `write-all`) at workflow level reaches jobs that do not assume a role.',
  },
  workflow(ctx) {
    const doc = ctx.document;
    const block = doc.permissions;
    if (!block) return;
    const scope = block.scopes.find((s) => s.name === 'id-token');
    const grants = block.kind === 'write-all' || scope?.level === 'write';
    if (!grants) return;
    // Jobs with their own block do not inherit; reusable-workflow calls may pass the token on.
    const inheriting = doc.jobs.filter((j) => !j.permissions && !j.uses);
    const idle = inheriting.filter((j) => !stepsOfJob(doc, j).some(usesIdToken));
    if (idle.length === 0) return;
    const what = block.kind === 'write-all' ? 'write-all (which includes id-token: write)' : 'id-token: write';
    ctx.report({
      location: block.kind === 'write-all' ? block.location : (scope?.location ?? block.location),
      related: idle.map((j) => ({ location: j.idLocation, message: `job "${j.id}" inherits id-token: write but assumes no role` })),
      properties: { jobs: idle.map((j) => j.id) },
      message: `${what} is granted at workflow level, so ${idle.length === 1 ? 'job' : 'jobs'} ${listNames(idle.map((j) => j.id))} can mint OIDC tokens without assuming any role: any dependency, test or action running there can get the same token as the deploy job and assume its roles. Grant id-token: write only in the permissions of the jobs that assume a role.`,
    });
  },
});
