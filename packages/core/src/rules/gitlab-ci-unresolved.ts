import { defineRule } from './define.js';

/**
 * What the GitLab CI source could not follow (sources/gitlab-ci): an include of a remote file, another
 * project, a GitLab template or a component (trustlint reads only the scanned tree), a local include the
 * scan does not hold or names through a variable, an `extends:` template or `!reference` the scan does
 * not define, a GitLab limit crossed, a downstream pipeline a job starts (`trigger:`), spec inputs a job
 * uses (`$[[ inputs.x ]]`). The jobs are still analysed as far as they are known; this note
 * says where they may be incomplete, so a pipeline is never passed silently.
 */
export default defineRule({
  id: 'gitlab-ci-unresolved',
  meta: {
    title: 'Part of a GitLab pipeline could not be followed',
    defaultSeverity: 'info',
    category: 'workflow',
    description:
      'A GitLab CI pipeline includes a remote, project, template or component file, a local file the scan does not hold, extends or references a definition the scan does not have, starts a downstream pipeline (`trigger:`) or uses spec inputs (`$[[ inputs.x ]]`): what it adds is not analysed.',
    variants: 'warning when GitLab itself would reject the pipeline (circular `extends:`, a nesting or include limit crossed)',
  },
  pipeline(ctx) {
    const doc = ctx.document;
    // An included file's notes are reported on the pipeline that includes it.
    if (doc.includedBy.length > 0) return;
    for (const note of doc.unresolved) {
      ctx.report({
        location: note.location,
        ...(note.kind === 'limit' ? { severity: 'warning' as const } : {}),
        properties: { kind: note.kind },
        message: `${note.message[0]?.toUpperCase() ?? ''}${note.message.slice(1)}.`,
      });
    }
  },
});
