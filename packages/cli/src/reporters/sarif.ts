// Own writer over @types/sarif: no maintained SARIF-writing library fits (the results are plain
// objects; tests validate them against the official 2.1.0 schema).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CATALOG,
  PROJECT_URL,
  ruleDocsUrl,
  rulePrecision,
  securitySeverity,
  type Finding,
  type RuleMeta,
  type Severity,
  type SourceLocation,
} from '@trustlint/core';
import type { Location, Log, ReportingDescriptor, Result } from 'sarif';
import { isInside, relativePosix } from '../paths.js';
import { fingerprintsOf, formatWitness, type ReportInput } from './types.js';

const SRCROOT = '%SRCROOT%';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const satisfies Record<Severity, Result.level>;

/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers. Artifact URIs are relative
 * to the git root (`%SRCROOT%`) so that code scanning maps them onto the repository as is.
 */
export function formatSarif(input: ReportInput): string {
  return `${JSON.stringify(sarifLog(input), null, 2)}\n`;
}

function sarifLog(input: ReportInput): Log {
  const catalog = input.rules ?? CATALOG;
  const root = input.gitRoot ?? input.cwd;
  const ruleIndex = new Map(catalog.map((r, i) => [r.id, i]));
  const fingerprints = fingerprintsOf(input);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'trustlint',
            version: input.toolVersion,
            semanticVersion: input.toolVersion,
            informationUri: PROJECT_URL,
            rules: catalog.map((r) => sarifRule(r, input)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
        columnKind: 'utf16CodeUnits',
        results: input.findings.map((f) => sarifResult(f, input.cwd, root, ruleIndex, fingerprints.get(f) ?? '')),
        // What the run covered: zero files analysed must be as visible here as in the other formats.
        ...(input.unrecognised !== undefined ? { properties: { files: input.files, unrecognised: input.unrecognised.length } } : {}),
      },
    ],
  };
}

function sarifRule(rule: RuleMeta, input: ReportInput): ReportingDescriptor {
  const markdown = input.ruleDocs?.get(rule.id);
  const descriptor: ReportingDescriptor = {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    helpUri: ruleDocsUrl(rule.id),
    help: markdown !== undefined ? { text: markdownToText(markdown), markdown } : { text: rule.description },
    // GitHub code scanning ranks security alerts by security-severity and shows the precision.
    properties: { tags: ['security', rule.category], 'security-severity': securitySeverity(rule), precision: rulePrecision(rule) },
  };
  return descriptor;
}

function sarifResult(f: Finding, cwd: string, root: string, ruleIndex: ReadonlyMap<string, number>, fingerprint: string): Result {
  const text = f.witness ? `${f.message}\n${formatWitness(f.witness)}` : f.message;
  const index = ruleIndex.get(f.ruleId);
  const result: Result = {
    ruleId: f.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[f.severity],
    message: { text },
  };
  if (f.location) {
    result.locations = [physicalLocation(f.location, cwd, root)];
  } else if (f.resource !== undefined) {
    result.locations = [{ logicalLocations: [{ fullyQualifiedName: f.resource, kind: 'resource' }] }];
  }
  if (f.related && f.related.length > 0) {
    result.relatedLocations = f.related.map((r, i) => ({
      id: i + 1,
      ...physicalLocation(r.location, cwd, root),
      message: { text: r.message },
    }));
  }
  result.partialFingerprints = { 'trustlint/v1': fingerprint };
  const properties: Record<string, unknown> = { ...f.properties };
  if (f.witness) properties.witness = f.witness;
  if (f.path) properties.path = f.path;
  if (f.resource !== undefined) properties.resource = f.resource;
  if (Object.keys(properties).length > 0) result.properties = properties;
  return result;
}

function physicalLocation(location: SourceLocation, cwd: string, root: string): Location {
  const { start, end } = location.span;
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(location.file, cwd, root),
      region: { startLine: start.line, startColumn: start.column + 1, endLine: end.line, endColumn: end.column + 1 },
    },
  };
}

/** Relative to `%SRCROOT%` when the file lies inside it, else an absolute file URI. */
function artifactLocation(file: string, cwd: string, root: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(cwd, file);
  if (!isInside(root, absolute)) return { uri: pathToFileURL(absolute).href };
  const uri = relativePosix(root, absolute).split('/').map(encodeURIComponent).join('/');
  return { uri, uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** SARIF wants plain `help.text` next to the markdown: drop the markup that reads badly as text. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => !/^\s*(```|~~~)/.test(line))
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\*\*([^*]+)\*\*/g, '$1'),
    )
    .join('\n')
    .trim();
}
