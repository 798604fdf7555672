import type { EffectiveIdToken, PermissionsBlock, WorkflowTrigger } from '../../model/workflow.js';
import type { MapMember, YamlReader } from './yaml-reader.js';

/** Reads a `permissions` member: `read-all`, `write-all`, or a map of scopes (`{}` names none). */
export function readPermissions(reader: YamlReader, member: MapMember): PermissionsBlock {
  const keyLocation = member.keyLocation;
  const location = member.value ? reader.locate(member.value) : keyLocation;
  if (reader.map(member.value)) {
    const scopes = reader.members(member.value).map((m) => ({
      name: m.key.toLowerCase(),
      level: (reader.string(m.value) ?? '').trim().toLowerCase(),
      nameLocation: m.keyLocation,
      location: m.location,
    }));
    return { kind: 'map', scopes, keyLocation, location };
  }
  const text = (reader.string(member.value) ?? '').trim().toLowerCase();
  const kind = text === 'read-all' || text === 'write-all' ? text : 'invalid';
  return { kind, scopes: [], keyLocation, location };
}

/** Pull-request events whose fork runs get write permissions downgraded to read (no OIDC token). */
const FORK_DOWNGRADED = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

/**
 * The job's effective `id-token` (spec/domain.md §1.7): the job block replaces the workflow block;
 * in a map, an unnamed scope is none; `write-all` includes `id-token: write`; the default is none.
 */
export function resolveIdToken(
  job: PermissionsBlock | undefined,
  workflow: PermissionsBlock | undefined,
  triggers: readonly WorkflowTrigger[],
): EffectiveIdToken {
  const block = job ?? workflow;
  const source = job ? 'job' : workflow ? 'workflow' : 'default';
  const callerDecides = !block && triggers.some((t) => t.event === 'workflow_call');
  let level: EffectiveIdToken['level'] = 'none';
  let location = block?.location;
  if (block?.kind === 'write-all') level = 'write';
  else if (block?.kind === 'read-all') level = 'read';
  else if (block?.kind === 'map') {
    const scope = block.scopes.find((s) => s.name === 'id-token');
    if (scope) {
      level = scope.level === 'write' ? 'write' : scope.level === 'read' ? 'read' : 'none';
      location = scope.location;
    }
  }
  const forkPullRequestsDowngraded = level === 'write' && triggers.some((t) => FORK_DOWNGRADED.has(t.event));
  return { level, source, ...(location ? { location } : {}), callerDecides, forkPullRequestsDowngraded };
}
