import { LineCounter, type YAMLMap } from 'yaml';
import { EvaluationBudget, LimitError, limitFinding } from '../../budget.js';
import { oversizedInput, parseYamlDocument } from '../../limits.js';
import type { Finding } from '../../model/finding.js';
import type { WorkflowDocument } from '../../model/workflow.js';
import type { SourceInput, SourceOptions, SourceResult } from '../types.js';
import { readEnv, readJob, readSteps } from './jobs.js';
import { readPermissions } from './permissions.js';
import { readParams, readTriggers } from './triggers.js';
import { scanDocument } from './document-scan.js';
import { YamlReader } from './yaml-reader.js';

export { linkLocalActions } from './link.js';

const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;

type Parsed = { reader: YamlReader; root: YAMLMap | undefined } | { findings: Finding[] };

/**
 * Parses YAML with a fresh LineCounter (positions must not accumulate across files). The failsafe
 * schema keeps every scalar as the string written (`012` stays `012`, `on` stays a key). Inputs over
 * the size or depth cap give an `input-error`, reported even for walked files.
 */
function parseYaml(input: SourceInput, what: string, reportErrors: boolean, budget: EvaluationBudget): Parsed {
  const oversized = oversizedInput(input.file, input.text);
  if (oversized) return { findings: [oversized] };
  const lines = new LineCounter();
  // Duplicate keys are found by scanDocument: yaml's own check is quadratic in a mapping's size.
  const doc = parseYamlDocument(input.text, { lineCounter: lines, schema: 'failsafe', prettyErrors: false, uniqueKeys: false }, budget);
  if (doc instanceof LimitError) return { findings: [limitFinding({ what: `the ${what}`, file: input.file, text: input.text }, doc)] };
  const scan = scanDocument(doc);
  const error = doc.errors[0] ?? duplicateKeyError(scan.duplicateKeyAt);
  if (error) {
    if (!reportErrors) return { findings: [] };
    const reader = new YamlReader(input.file, input.text, scan.aliasTargets, lines, budget);
    const [start, end] = error.pos;
    const span = { start: reader.position(start), end: reader.position(Math.max(end, start + 1)) };
    const message = error.message.split('\n')[0] ?? error.message;
    return { findings: [{ ruleId: 'parse-error', severity: 'error', message: `${what} is not valid YAML: ${message}`, location: { file: input.file, span } }] };
  }
  const reader = new YamlReader(input.file, input.text, scan.aliasTargets, lines, budget);
  return { reader, root: reader.map(doc.contents) };
}

function duplicateKeyError(at: number): { pos: [number, number]; message: string } | undefined {
  return at < 0 ? undefined : { pos: [at, at + 1], message: 'Map keys must be unique' };
}

/**
 * Parses a YAML file and builds its document; a crossed cap of the budget (depth, aliases), wherever
 * the reading meets it, is the one `input-error` of the file.
 */
function readYamlFile(
  input: SourceInput,
  what: string,
  reportErrors: boolean,
  budget: EvaluationBudget,
  build: (reader: YamlReader, root: YAMLMap | undefined) => WorkflowDocument | undefined,
): SourceResult {
  try {
    const parsed = parseYaml(input, what, reportErrors, budget);
    if ('findings' in parsed) return { documents: [], findings: parsed.findings };
    const doc = build(parsed.reader, parsed.root);
    return { documents: doc ? [doc] : [], findings: [] };
  } catch (err) {
    if (err instanceof LimitError) return { documents: [], findings: [limitFinding({ what: `the ${what}`, file: input.file, text: input.text }, err)] };
    throw err;
  }
}

/**
 * Reads a GitHub Actions workflow. YAML errors give `parse-error` (for a `.github/workflows` path or an
 * explicitly named file; a walked YAML file that does not parse is skipped); YAML that is not a
 * workflow (no `on` and `jobs`) gives nothing.
 */
export function readWorkflow(input: SourceInput, options: SourceOptions = {}, budget = new EvaluationBudget(options.limits, input.text.length)): SourceResult {
  const reportErrors = input.explicit || WORKFLOW_PATH.test(input.file.replace(/\\/g, '/'));
  return readYamlFile(input, 'workflow', reportErrors, budget, (reader, root) => {
    const on = reader.member(root, 'on');
    const jobsMember = reader.member(root, 'jobs');
    if (!root || !on || !reader.map(jobsMember?.value)) return undefined;
    const triggers = readTriggers(reader, on);
    const permissionsMember = reader.member(root, 'permissions');
    const permissions = permissionsMember ? readPermissions(reader, permissionsMember) : undefined;
    const name = reader.value(reader.get(root, 'name'));
    const env = readEnv(reader, reader.member(root, 'env'));
    const jobs = reader.members(jobsMember?.value).map((m) => readJob(reader, m, { triggers, ...(permissions ? { permissions } : {}) }));
    return {
      kind: 'workflow',
      workflowKind: 'workflow',
      file: input.file,
      location: reader.location(0, input.text.length),
      ...(name ? { name } : {}),
      triggers,
      triggersLocation: on.keyLocation,
      ...(permissions ? { permissions } : {}),
      ...(env ? { env } : {}),
      jobs,
      inputs: [],
      steps: [],
    };
  });
}

/**
 * Reads a local action's `action.yml`. Only composite actions (`runs.using: composite`) become
 * documents: their steps run inside the calling job. JavaScript and Docker actions give nothing.
 */
export function readCompositeAction(input: SourceInput, options: SourceOptions = {}, budget = new EvaluationBudget(options.limits, input.text.length)): SourceResult {
  return readYamlFile(input, 'action', input.explicit, budget, (reader, root) => {
    const runs = reader.get(root, 'runs');
    if (!root || reader.string(reader.get(runs, 'using'))?.toLowerCase() !== 'composite') return undefined;
    const name = reader.value(reader.get(root, 'name'));
    return {
      kind: 'workflow',
      workflowKind: 'composite-action',
      file: input.file,
      location: reader.location(0, input.text.length),
      ...(name ? { name } : {}),
      triggers: [],
      jobs: [],
      inputs: readParams(reader, reader.get(root, 'inputs')),
      steps: readSteps(reader, reader.get(runs, 'steps')),
    };
  });
}
