import { posix } from 'node:path';
import { valueOf, type Range, type TMap, type TNode } from '../shared/tree.js';

/** One resource instance of a plan, with its values from the most specific section that has them. */
export interface PlanInstance {
  address: string;
  /** Where the address is written (resource-level findings point here). */
  addressRange: Range;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** Known attribute values (unknown ones are absent or null). */
  values: TMap | undefined;
  /** `change.after_unknown`: `true` leaves mark values known only after apply. */
  unknown: TNode | undefined;
  /** The plan deletes the instance (then its trust policy no longer matters). */
  deleted: boolean;
}

const text = (node: TNode | undefined): string | undefined => (node?.kind === 'string' ? node.value : undefined);

/**
 * Indexes the instances of `terraform show -json` output by address. Values come from
 * `planned_values` (the planned outcome), else `resource_changes[].change.after`, else `prior_state`
 * (data sources read while planning) or a state file's `values`.
 */
export function collectInstances(root: TMap): Map<string, PlanInstance> {
  const instances = new Map<string, PlanInstance>();
  const changes = valueOf(root, 'resource_changes');
  if (changes?.kind === 'seq') {
    for (const rc of changes.items) {
      const base = describeResource(rc);
      // A deposed object (create_before_destroy) shares the address of the current one.
      if (!base || valueOf(rc, 'deposed')) continue;
      const change = valueOf(rc, 'change');
      const actions = valueOf(change, 'actions');
      const actionList = actions?.kind === 'seq' ? actions.items.map(text) : [];
      const after = valueOf(change, 'after');
      instances.set(base.address, {
        ...base,
        values: after?.kind === 'map' ? after : undefined,
        unknown: valueOf(change, 'after_unknown'),
        deleted: actionList.length > 0 && actionList.every((a) => a === 'delete'),
      });
    }
  }
  const fromValues = (module: TNode | undefined, preferred: boolean): void => {
    walkModules(module, (resource) => {
      const base = describeResource(resource);
      const values = valueOf(resource, 'values');
      if (!base || values?.kind !== 'map') return;
      const existing = instances.get(base.address);
      if (!existing) instances.set(base.address, { ...base, values, unknown: undefined, deleted: false });
      else if (preferred) instances.set(base.address, { ...existing, values, addressRange: base.addressRange });
    });
  };
  fromValues(valueOf(valueOf(root, 'planned_values'), 'root_module'), true);
  fromValues(valueOf(valueOf(valueOf(root, 'prior_state'), 'values'), 'root_module'), false);
  fromValues(valueOf(valueOf(root, 'values'), 'root_module'), false);
  return instances;
}

function describeResource(node: TNode): Omit<PlanInstance, 'values' | 'unknown' | 'deleted'> | undefined {
  const addressNode = valueOf(node, 'address');
  const address = text(addressNode);
  const type = text(valueOf(node, 'type'));
  const name = text(valueOf(node, 'name'));
  if (!addressNode || address === undefined || type === undefined || name === undefined) return undefined;
  const mode = text(valueOf(node, 'mode')) === 'data' ? 'data' : 'managed';
  return { address, addressRange: addressNode.range, mode, type, name };
}

/** Visits the resources of a module and, recursively, of its `child_modules`. */
function walkModules(module: TNode | undefined, visit: (resource: TNode) => void, depth = 0): void {
  if (module?.kind !== 'map' || depth > 100) return;
  const resources = valueOf(module, 'resources');
  if (resources?.kind === 'seq') resources.items.forEach(visit);
  const children = valueOf(module, 'child_modules');
  if (children?.kind === 'seq') for (const child of children.items) walkModules(child, visit, depth + 1);
}

/** The module part of an instance address (`module.a[0].`), empty in the root module. */
export function modulePrefix(instance: PlanInstance): string {
  const local = `${instance.mode === 'data' ? 'data.' : ''}${instance.type}.${instance.name}`;
  const at = instance.address.lastIndexOf(local);
  return at > 0 ? instance.address.slice(0, at) : '';
}

/**
 * The `configuration` block of the module holding an instance (module calls by name, instance keys
 * dropped), to read the references of an expression whose value is unknown in the plan.
 */
export function configuredReferences(root: TMap, instance: PlanInstance, attribute: string): string[] {
  let module = valueOf(valueOf(root, 'configuration'), 'root_module');
  for (const m of modulePrefix(instance).matchAll(/module\.([^.[\]]+)(?:\[[^\]]*\])?\./g)) {
    module = valueOf(valueOf(valueOf(module, 'module_calls'), m[1]!), 'module');
  }
  const resources = valueOf(module, 'resources');
  if (resources?.kind !== 'seq') return [];
  const local = `${instance.mode === 'data' ? 'data.' : ''}${instance.type}.${instance.name}`;
  const config = resources.items.find((r) => text(valueOf(r, 'address')) === local);
  const refs = valueOf(valueOf(valueOf(config, 'expressions'), attribute), 'references');
  return refs?.kind === 'seq' ? refs.items.map(text).filter((r): r is string => r !== undefined) : [];
}

/**
 * Where an instance was planned from, by the plan's `configuration` section: the folder of its
 * module (the plan's folder for the root module, then each `module_calls.NAME.source` relative to
 * its caller; local sources only) and its address in that module (`aws_iam_role.deploy`).
 * Undefined when a module on the way has no local source (a registry or git module).
 */
export function configuredSource(root: TMap, instance: PlanInstance, planDir: string): { dir: string; address: string } | undefined {
  let module = valueOf(valueOf(root, 'configuration'), 'root_module');
  if (module === undefined) return undefined;
  let dir = planDir;
  for (const m of modulePrefix(instance).matchAll(/module\.([^.[\]]+)(?:\[[^\]]*\])?\./g)) {
    const call = valueOf(valueOf(module, 'module_calls'), m[1]!);
    const source = text(valueOf(call, 'source'));
    if (source === undefined || !(source.startsWith('./') || source.startsWith('../'))) return undefined;
    dir = normalDir(posix.join(dir, source));
    module = valueOf(call, 'module');
  }
  const local = `${instance.mode === 'data' ? 'data.' : ''}${instance.type}.${instance.name}`;
  const resources = valueOf(module, 'resources');
  if (resources?.kind !== 'seq' || !resources.items.some((r) => text(valueOf(r, 'address')) === local)) return undefined;
  return { dir: normalDir(dir), address: local };
}

/** A folder path in one spelling: forward slashes, no `./`, `.` for the top. */
export function normalDir(dir: string): string {
  return posix.normalize(dir.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '') || '.';
}
