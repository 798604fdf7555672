import { ruleMeta } from '../../src/catalog/rules.js';
import type { TrustlintConfig } from '../../src/config.js';
import type { ModelDocument, TrustPolicyDocument } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import type { WorkflowDocument } from '../../src/model/workflow.js';
import type { LocatedReport, RuleDefinition } from '../../src/rules/define.js';
import { readPolicyFile } from '../../src/sources/policy-file.js';
import { linkLocalActions, readCompositeAction, readWorkflow } from '../../src/sources/workflow/index.js';
import { WORKFLOW_RULES } from '../../src/rules/index.js';

/**
 * Runs the workflow rules the way the rule runner does (rules/runner.ts `runRules`), without the
 * analyze pipeline, for unit tests that build documents by hand. The fixtures go through analyze
 * (test/rules/fixtures.test.ts).
 */

export function rule(id: string): RuleDefinition {
  const r = WORKFLOW_RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no workflow rule ${id}`);
  return r;
}

export function parseWorkflow(text: string, file = '.github/workflows/ci.yml'): WorkflowDocument {
  const result = readWorkflow({ file, text, explicit: true });
  const doc = result.documents[0];
  if (doc?.kind !== 'workflow') throw new Error(`not a workflow: ${JSON.stringify(result.findings)}`);
  return doc;
}

export function parseAction(text: string, file = '.github/actions/deploy/action.yml'): WorkflowDocument {
  const doc = readCompositeAction({ file, text, explicit: true }).documents[0];
  if (doc?.kind !== 'workflow') throw new Error('not a composite action');
  return doc;
}

export function trustPolicy(text: string, roleName: string | undefined, file = 'infra/role.json'): TrustPolicyDocument {
  const doc = readPolicyFile(file, text, false).documents[0];
  if (!doc) throw new Error('not a policy');
  return roleName === undefined ? doc : { ...doc, roleName };
}

function located(ruleId: string, r: LocatedReport): Finding {
  return {
    ruleId,
    severity: r.severity ?? ruleMeta(ruleId).defaultSeverity,
    message: r.message,
    location: r.location,
    ...(r.related?.length ? { related: r.related } : {}),
    ...(r.properties ? { properties: r.properties } : {}),
  };
}

/** Every hook of the given rules (all workflow rules by default) over documents and raw files. */
export function runAll(
  documents: ModelDocument[],
  files: { file: string; text: string }[] = [],
  config: TrustlintConfig = {},
  rules: readonly RuleDefinition[] = WORKFLOW_RULES,
): Finding[] {
  linkLocalActions(documents);
  const out: Finding[] = [];
  for (const r of rules) {
    const report = (x: LocatedReport): void => {
      out.push(located(r.id, x));
    };
    for (const d of documents) if (d.kind === 'workflow') r.workflow?.({ document: d, config, report });
    for (const f of files) r.file?.({ file: f.file, text: f.text, config, report });
    r.project?.({ documents, config, report });
  }
  return out;
}

/** Findings of one rule on one workflow text (plus its raw text for file hooks). */
export function check(id: string, text: string, config: TrustlintConfig = {}, file = '.github/workflows/ci.yml'): Finding[] {
  return runAll([parseWorkflow(text, file)], [{ file, text }], config, [rule(id)]);
}

/** `line:column` (1-based column) of a finding's start, for compact assertions. */
export function at(f: Finding): string {
  const s = f.location?.span.start;
  return s ? `${s.line}:${s.column + 1}` : 'none';
}

/** Reads documents the way discovery would: workflows, composite actions and JSON policies by kind. */
export function readFiles(files: { file: string; text: string }[], roleNames: Record<string, string> = {}): ModelDocument[] {
  const docs: ModelDocument[] = [];
  for (const f of files) {
    if (f.file.endsWith('.json')) docs.push(trustPolicy(f.text, roleNames[f.file], f.file));
    else if (/(^|\/)action\.ya?ml$/.test(f.file)) docs.push(...readCompositeAction({ ...f, explicit: false }).documents);
    else docs.push(...readWorkflow({ ...f, explicit: true }).documents);
  }
  return docs;
}
