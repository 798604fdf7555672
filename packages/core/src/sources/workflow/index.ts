import { LineCounter, type YAMLMap } from 'yaml';
import { InputLimitError, limitFinding, oversizedInput, parseYamlDocument } from '../../limits.js';
import type { Finding } from '../../model/finding.js';
import type { WorkflowDocument } from '../../model/workflow.js';
import type { SourceInput, SourceResult } from '../types.js';
import { readEnv, readJob, readSteps } from './jobs.js';
import { readPermissions } from './permissions.js';
import { readParams, readTriggers } from './triggers.js';
import { scanDocument } from './document-scan.js';
import { AliasLimitError, YamlReader } from './yaml-reader.js';

export { linkLocalActions } from './link.js';

const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;

type Parsed = { reader: YamlReader; root: YAMLMap | undefined } | { findings: Finding[] };

/**
 * Parses YAML with a fresh LineCounter (positions must not accumulate across files). The failsafe
 * schema keeps every scalar as the string written (`012` stays `012`, `on` stays a key). Inputs over
 * the size or depth cap give an `input-error`, reported even for walked files.
 */
function parseYaml(input: SourceInput, what: string, reportErrors: boolean): Parsed {
  const oversized = oversizedInput(input.file, input.text);
  if (oversized) return { findings: [oversized] };
  const lines = new LineCounter();
  // Duplicate keys are found by scanDocument: yaml's own check is quadratic in a mapping's size.
  const doc = parseYamlDocument(input.text, { lineCounter: lines, schema: 'failsafe', prettyErrors: false, uniqueKeys: false });
  if (doc instanceof InputLimitError) return { findings: [limitFinding(input.file, input.text, doc, `the ${what}`)] };
  const scan = scanDocument(doc);
  const error = doc.errors[0] ?? duplicateKeyError(scan.duplicateKeyAt);
  if (error) {
    if (!reportErrors) return { findings: [] };
    const reader = new YamlReader(input.file, input.text, scan.aliasTargets, lines);
    const [start, end] = error.pos;
    const span = { start: reader.position(start), end: reader.position(Math.max(end, start + 1)) };
    const message = error.message.split('\n')[0] ?? error.message;
    return { findings: [{ ruleId: 'parse-error', severity: 'error', message: `${what} is not valid YAML: ${message}`, location: { file: input.file, span } }] };
  }
  const reader = new YamlReader(input.file, input.text, scan.aliasTargets, lines);
  return { reader, root: reader.map(doc.contents) };
}

function duplicateKeyError(at: number): { pos: [number, number]; message: string } | undefined {
  return at < 0 ? undefined : { pos: [at, at + 1], message: 'Map keys must be unique' };
}

function aliasLimitFinding(input: SourceInput, reader: YamlReader, err: AliasLimitError): SourceResult {
  const location = reader.location(0, input.text.search(/\r?\n|$/));
  return {
    documents: [],
    findings: [{ ruleId: 'input-error', severity: 'error', message: `not analysed: ${err.message} (the YAML alias expansion cap)`, location }],
  };
}

/**
 * Reads a GitHub Actions workflow. YAML errors give `parse-error` (for a `.github/workflows` path or an
 * explicitly named file; a walked YAML file that does not parse is skipped); YAML that is not a
 * workflow (no `on` and `jobs`) gives nothing.
 */
export function readWorkflow(input: SourceInput): SourceResult {
  const reportErrors = input.explicit || WORKFLOW_PATH.test(input.file.replace(/\\/g, '/'));
  const parsed = parseYaml(input, 'workflow', reportErrors);
  if ('findings' in parsed) return { documents: [], findings: parsed.findings };
  const { reader, root } = parsed;
  const on = reader.member(root, 'on');
  const jobsMember = reader.member(root, 'jobs');
  if (!root || !on || !reader.map(jobsMember?.value)) return { documents: [], findings: [] };
  try {
    const triggers = readTriggers(reader, on);
    const permissionsMember = reader.member(root, 'permissions');
    const permissions = permissionsMember ? readPermissions(reader, permissionsMember) : undefined;
    const name = reader.value(reader.get(root, 'name'));
    const env = readEnv(reader, reader.member(root, 'env'));
    const jobs = reader.members(jobsMember?.value).map((m) => readJob(reader, m, { triggers, ...(permissions ? { permissions } : {}) }));
    const doc: WorkflowDocument = {
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
    return { documents: [doc], findings: [] };
  } catch (err) {
    if (err instanceof AliasLimitError) return aliasLimitFinding(input, reader, err);
    throw err;
  }
}

/**
 * Reads a local action's `action.yml`. Only composite actions (`runs.using: composite`) become
 * documents: their steps run inside the calling job. JavaScript and Docker actions give nothing.
 */
export function readCompositeAction(input: SourceInput): SourceResult {
  const parsed = parseYaml(input, 'action', input.explicit);
  if ('findings' in parsed) return { documents: [], findings: parsed.findings };
  const { reader, root } = parsed;
  const runs = reader.get(root, 'runs');
  if (!root || reader.string(reader.get(runs, 'using'))?.toLowerCase() !== 'composite') return { documents: [], findings: [] };
  try {
    const name = reader.value(reader.get(root, 'name'));
    const doc: WorkflowDocument = {
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
    return { documents: [doc], findings: [] };
  } catch (err) {
    if (err instanceof AliasLimitError) return aliasLimitFinding(input, reader, err);
    throw err;
  }
}
