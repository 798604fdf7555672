import type { WorkflowFilter, WorkflowParam, WorkflowTrigger } from '../../model/workflow.js';
import type { SourceLocation } from '../../model/span.js';
import type { MapMember, YamlReader } from './yaml-reader.js';

/** Reads `on:` in all its forms: `on: push`, `on: [push, pull_request]`, and the map form. */
export function readTriggers(reader: YamlReader, on: MapMember): WorkflowTrigger[] {
  if (reader.map(on.value)) {
    return reader.members(on.value).map((m) => readEvent(reader, m.key, m.keyLocation, m.value));
  }
  return reader.list(on.value).map((v) => emptyTrigger(v.text, v.location));
}

function emptyTrigger(event: string, location: SourceLocation): WorkflowTrigger {
  return { event, location, types: [], workflows: [], inputs: [], secrets: [] };
}

function readEvent(reader: YamlReader, event: string, location: SourceLocation, config: unknown): WorkflowTrigger {
  const trigger = emptyTrigger(event, location);
  const filter = (key: string): WorkflowFilter | undefined => {
    const m = reader.member(config, key);
    return m?.value ? { patterns: reader.list(m.value), location: m.location } : undefined;
  };
  const branches = filter('branches');
  const branchesIgnore = filter('branches-ignore');
  const tags = filter('tags');
  const tagsIgnore = filter('tags-ignore');
  return {
    ...trigger,
    ...(branches ? { branches } : {}),
    ...(branchesIgnore ? { branchesIgnore } : {}),
    ...(tags ? { tags } : {}),
    ...(tagsIgnore ? { tagsIgnore } : {}),
    types: reader.list(reader.get(config, 'types')).map((v) => v.text),
    workflows: reader.list(reader.get(config, 'workflows')).map((v) => v.text),
    inputs: readParams(reader, reader.get(config, 'inputs')),
    secrets: readParams(reader, reader.get(config, 'secrets')),
  };
}

/** Declared inputs or secrets (`workflow_call`, `workflow_dispatch`, an action's `inputs`). */
export function readParams(reader: YamlReader, node: unknown): WorkflowParam[] {
  return reader.members(node).map((m) => {
    const required = reader.value(reader.get(m.value, 'required'));
    const type = reader.value(reader.get(m.value, 'type'));
    const def = reader.value(reader.get(m.value, 'default'));
    return {
      name: m.key,
      location: m.keyLocation,
      ...(required ? { required } : {}),
      ...(type ? { type } : {}),
      ...(def ? { default: def } : {}),
    };
  });
}
