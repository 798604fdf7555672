import type { ModelDocument } from '../../model/document.js';
import type { WorkflowDocument, WorkflowStep } from '../../model/workflow.js';

/**
 * Links `uses: ./…` steps to the local composite actions of the scan (spec/rules.md: local composite
 * actions are followed when their `action.yml` is in the scan). A local path is relative to the
 * repository root: for a workflow, the folder holding `.github/workflows/`; composite actions inherit
 * the root of the workflow that reaches them. Without a root, a unique path suffix match is used.
 */
export function linkLocalActions(documents: readonly ModelDocument[]): void {
  const actions = new Map<string, WorkflowDocument>();
  for (const d of documents) if (d.kind === 'workflow' && d.workflowKind === 'composite-action') actions.set(normalize(d.file), d);
  if (actions.size === 0) return;
  const visited = new Set<WorkflowDocument>();
  const link = (doc: WorkflowDocument, root: string | undefined): void => {
    if (visited.has(doc)) return;
    visited.add(doc);
    for (const step of stepsOf(doc)) {
      if (step.uses?.kind !== 'local') continue;
      const action = findAction(actions, root, step.uses.path);
      if (!action) continue;
      step.localAction = action;
      link(action, root);
    }
  };
  for (const d of documents) if (d.kind === 'workflow' && d.workflowKind === 'workflow') link(d, repositoryRoot(d.file));
  // Composite actions not reached from a scanned workflow still link among themselves.
  for (const a of actions.values()) link(a, undefined);
}

function stepsOf(doc: WorkflowDocument): WorkflowStep[] {
  return [...doc.steps, ...doc.jobs.flatMap((j) => j.steps)];
}

function normalize(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** The repository root of a workflow file (`''` for a relative `.github/workflows/x.yml`). */
export function repositoryRoot(file: string): string | undefined {
  const f = normalize(file);
  const i = f.lastIndexOf('.github/workflows/');
  return i < 0 ? undefined : f.slice(0, i);
}

function findAction(actions: ReadonlyMap<string, WorkflowDocument>, root: string | undefined, path: string): WorkflowDocument | undefined {
  const rel = normalize(path).replace(/\/+$/, '');
  const names = [`${rel}/action.yml`, `${rel}/action.yaml`];
  if (root !== undefined) {
    for (const n of names) {
      const hit = actions.get(normalize(root + n));
      if (hit) return hit;
    }
  }
  const matches = [...actions.entries()].filter(([file]) => names.some((n) => file === n || file.endsWith(`/${n}`)));
  return matches.length === 1 ? matches[0]?.[1] : undefined;
}
