import type {
  PermissionsBlock,
  WorkflowEnvBlock,
  WorkflowEnvironment,
  WorkflowJob,
  WorkflowRunsOn,
  WorkflowStep,
  WorkflowTrigger,
} from '../../model/workflow.js';
import { readPermissions, resolveIdToken } from './permissions.js';
import { parseUses } from './uses.js';
import type { MapMember, YamlReader } from './yaml-reader.js';

/** What a job needs from its workflow to resolve its permissions. */
export interface JobScope {
  permissions?: PermissionsBlock;
  triggers: readonly WorkflowTrigger[];
}

/** `env:` at any level: a map, or an expression producing one. */
export function readEnv(reader: YamlReader, member: MapMember | undefined): WorkflowEnvBlock | undefined {
  if (!member?.value) return undefined;
  if (reader.map(member.value)) return { entries: reader.entries(member.value), location: member.location };
  const expression = reader.value(member.value);
  return { entries: [], location: member.location, ...(expression?.kind === 'expression' ? { expression } : {}) };
}

export function readStep(reader: YamlReader, node: unknown, index: number): WorkflowStep | undefined {
  const map = reader.map(node);
  if (!map) return undefined;
  const v = (key: string): ReturnType<YamlReader['value']> => reader.value(reader.get(map, key));
  const id = v('id');
  const name = v('name');
  const cond = v('if');
  const uses = v('uses');
  const run = v('run');
  const env = readEnv(reader, reader.member(map, 'env'));
  return {
    index,
    location: reader.locate(map),
    ...(id ? { id } : {}),
    ...(name ? { name } : {}),
    ...(cond ? { if: cond } : {}),
    ...(uses ? { uses: parseUses(uses) } : {}),
    with: reader.entries(reader.get(map, 'with')),
    ...(run ? { run } : {}),
    ...(env ? { env } : {}),
  };
}

export function readSteps(reader: YamlReader, node: unknown): WorkflowStep[] {
  const seq = reader.seq(node);
  if (!seq) return [];
  return seq.items.flatMap((item, i) => {
    const step = readStep(reader, item, i);
    return step ? [step] : [];
  });
}

function readRunsOn(reader: YamlReader, member: MapMember | undefined): WorkflowRunsOn | undefined {
  if (!member?.value) return undefined;
  if (reader.map(member.value)) {
    const group = reader.value(reader.get(member.value, 'group'));
    return { labels: reader.list(reader.get(member.value, 'labels')), ...(group ? { group } : {}), location: member.location };
  }
  return { labels: reader.list(member.value), location: member.location };
}

function readEnvironment(reader: YamlReader, member: MapMember | undefined): WorkflowEnvironment | undefined {
  if (!member?.value) return undefined;
  if (reader.map(member.value)) {
    const name = reader.value(reader.get(member.value, 'name'));
    const url = reader.value(reader.get(member.value, 'url'));
    return name ? { name, ...(url ? { url } : {}), location: member.location } : undefined;
  }
  const name = reader.value(member.value);
  return name && name.text !== '' ? { name, location: member.location } : undefined;
}

function readMatrix(reader: YamlReader, strategy: unknown): WorkflowJob['matrix'] {
  const member = reader.member(strategy, 'matrix');
  if (!member?.value) return undefined;
  if (reader.map(member.value)) return { keys: reader.members(member.value).map((m) => m.key), location: member.location };
  const expression = reader.value(member.value);
  return { keys: [], location: member.location, ...(expression ? { expression } : {}) };
}

function readSecrets(reader: YamlReader, member: MapMember | undefined): WorkflowJob['secrets'] {
  if (!member?.value) return undefined;
  if (reader.map(member.value)) return { kind: 'map', entries: reader.entries(member.value), location: member.location };
  return reader.string(member.value) === 'inherit' ? { kind: 'inherit', location: member.location } : undefined;
}

export function readJob(reader: YamlReader, member: MapMember, scope: JobScope): WorkflowJob {
  const node = member.value;
  const v = (key: string): ReturnType<YamlReader['value']> => reader.value(reader.get(node, key));
  const permissionsMember = reader.member(node, 'permissions');
  const permissions = permissionsMember ? readPermissions(reader, permissionsMember) : undefined;
  const name = v('name');
  const cond = v('if');
  const uses = v('uses');
  const runsOn = readRunsOn(reader, reader.member(node, 'runs-on'));
  const environment = readEnvironment(reader, reader.member(node, 'environment'));
  const env = readEnv(reader, reader.member(node, 'env'));
  const containerNode = reader.get(node, 'container');
  const container = reader.map(containerNode) ? reader.value(reader.get(containerNode, 'image')) : reader.value(containerNode);
  const matrix = readMatrix(reader, reader.get(node, 'strategy'));
  const secrets = readSecrets(reader, reader.member(node, 'secrets'));
  return {
    id: member.key,
    idLocation: member.keyLocation,
    location: member.location,
    ...(name ? { name } : {}),
    ...(cond ? { if: cond } : {}),
    needs: reader.list(reader.get(node, 'needs')).map((n) => n.text),
    ...(runsOn ? { runsOn } : {}),
    ...(permissions ? { permissions } : {}),
    idToken: resolveIdToken(permissions, scope.permissions, scope.triggers),
    ...(environment ? { environment } : {}),
    ...(env ? { env } : {}),
    ...(container ? { container } : {}),
    ...(matrix ? { matrix } : {}),
    steps: readSteps(reader, reader.get(node, 'steps')),
    ...(uses ? { uses: parseUses(uses) } : {}),
    with: reader.entries(reader.get(node, 'with')),
    ...(secrets ? { secrets } : {}),
  };
}
