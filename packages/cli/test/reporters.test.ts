import { CATALOG, PROJECT_URL, ruleDocsUrl, type Finding } from '@trustlint/core';
import { describe, expect, it } from 'vitest';
import { codeFrame } from '../src/reporters/code-frame.js';
import { escapeData, escapeProperty, formatGithub } from '../src/reporters/github.js';
import { formatJson } from '../src/reporters/json.js';
import { formatSarif, markdownToText } from '../src/reporters/sarif.js';
import { formatStylish } from '../src/reporters/stylish.js';
import type { ReportInput } from '../src/reporters/types.js';
import type { Log, Run } from 'sarif';
import { finding, parseReport, span, validateSarif } from './helpers.js';

function sarifRun(text: string): Run {
  const run = (JSON.parse(text) as Log).runs[0];
  if (!run) throw new Error('no run');
  return run;
}

const POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
\t\t"StringLike": { "token.actions.githubusercontent.com:sub": "repo:acme*" }
      }
    }
  ]
}
`;
const VARIABLES = 'variable "subject" {\n  default = "repo:acme*"\n}\n';
const LINE9 = POLICY.split('\n')[8] ?? '';
const SUB_COL = LINE9.indexOf('"repo:acme*"');

const ANY_OWNER = finding(
  'oidc-any-owner',
  'error',
  "any GitHub repository outside acme can assume role ci: sub is only restricted by 'repo:acme*'",
  'infra/iam.json',
  [9, SUB_COL, 9, SUB_COL + '"repo:acme*"'.length],
  {
    path: ['Statement', 0, 'Condition', 'StringLike', 'token.actions.githubusercontent.com:sub'],
    resource: 'aws_iam_role.ci',
    witness: { aud: 'sts.amazonaws.com', repository_owner: 'acme-evil', sub: 'repo:acme-evil/x:ref:refs/heads/main' },
    related: [{ location: { file: 'infra/variables.tf', span: span(2, 12, 2, 24) }, message: 'value from the default of var.subject' }],
    properties: { scopeClass: 'another-owner' },
  },
);
const AUDIENCE = finding('oidc-audience', 'warning', 'no aud condition: any audience is accepted', 'infra/iam.json', [8, 6, 10, 7], {
  path: ['Statement', 0, 'Condition'],
});
const UNKNOWN = finding('input-error', 'info', 'no recognised kind: not a policy document', 'notes.txt');
const LIVE = finding('aws-user-access-key', 'warning', 'IAM user deploy has an active access key (412 days old)', null, undefined, {
  resource: 'arn:aws:iam::123456789012:user/deploy',
});

const FINDINGS: Finding[] = [AUDIENCE, ANY_OWNER, UNKNOWN, LIVE];

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    findings: FINDINGS,
    suppressed: 2,
    files: 3,
    cwd: '/repo',
    gitRoot: '/repo',
    toolVersion: '1.2.3',
    sources: new Map([
      ['infra/iam.json', POLICY],
      ['infra/variables.tf', VARIABLES],
    ]),
    ...overrides,
  };
}

describe('stylish', () => {
  it('groups by file with code frames, witness, related locations and a summary', async () => {
    await expect(formatStylish(input())).toMatchFileSnapshot('./__snapshots__/stylish.txt');
  });

  it('says "no problems" when clean, with the suppressed count', () => {
    expect(formatStylish(input({ findings: [], suppressed: 0 }))).toBe('no problems\n');
    expect(formatStylish(input({ findings: [], suppressed: 3 }))).toBe('no problems, 3 suppressed\n');
  });

  it('uses colours only when asked', () => {
    expect(formatStylish(input())).not.toContain('\u001b[');
    expect(formatStylish(input({ color: true }))).toContain('\u001b[31m');
  });

  it('shows the witness with sub and aud first', () => {
    expect(formatStylish(input())).toContain(
      'witness: sub=repo:acme-evil/x:ref:refs/heads/main aud=sts.amazonaws.com repository_owner=acme-evil',
    );
  });
});

describe('code frame', () => {
  it('keeps tabs in the underline prefix', () => {
    const frame = codeFrame('\tab\tcdef\n', span(1, 4, 1, 6));
    expect(frame).toEqual([
      { gutter: '1', text: '\tab\tcdef', marker: false },
      { gutter: '', text: '\t  \t^^', marker: true },
    ]);
  });

  it('cuts long lines around the span', () => {
    const line = `${'x'.repeat(200)}"repo:*"${'y'.repeat(200)}`;
    const [source, marker] = codeFrame(line, span(1, 200, 1, 208));
    expect(source?.text.startsWith('…')).toBe(true);
    expect(source?.text.endsWith('…')).toBe(true);
    expect(source?.text.length).toBeLessThanOrEqual(122);
    const caret = marker?.text.indexOf('^') ?? -1;
    expect(source?.text.slice(caret, caret + 8)).toBe('"repo:*"');
  });

  it('underlines multi-line spans line by line, up to three lines', () => {
    const frame = codeFrame('a\n  bcd\n  efg\n  hij\n  klm\n', span(2, 3, 5, 3));
    expect(frame.map((l) => `${l.gutter}|${l.text}`)).toEqual(['2|  bcd', '|   ^^', '3|  efg', '|  ^^^', '4|  hij', '|  ^^^', '…|']);
  });

  it('marks an empty span with one caret and ignores an end at a line start', () => {
    expect(codeFrame('abc\n', span(1, 3, 1, 3))[1]?.text).toBe('   ^');
    expect(codeFrame('abc\ndef\n', span(1, 1, 2, 0)).map((l) => l.text)).toEqual(['abc', ' ^^']);
  });
});

describe('json', () => {
  it('has the documented shape and key order', async () => {
    const text = formatJson(input());
    await expect(text).toMatchFileSnapshot('./__snapshots__/report.json');
    const report = parseReport(text);
    expect(Object.keys(report)).toEqual(['version', 'tool', 'findings', 'summary']);
    expect(Object.keys(report.findings[1] ?? {})).toEqual([
      'ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn',
      'path', 'resource', 'witness', 'related', 'properties', 'fingerprint',
    ]);
    expect(report.summary).toEqual({ files: 3, errors: 1, warnings: 2, infos: 1, suppressed: 2 });
  });

  it('converts to 1-based columns with an exclusive end', () => {
    const report = JSON.parse(formatJson(input({ findings: [ANY_OWNER] })));
    expect(report.findings[0]).toMatchObject({ line: 9, column: SUB_COL + 1, endLine: 9, endColumn: SUB_COL + 13 });
    expect(report.findings[0].related).toEqual([
      { file: 'infra/variables.tf', line: 2, column: 13, endLine: 2, endColumn: 25, message: 'value from the default of var.subject' },
    ]);
  });

  it('gives location-less findings file null and no line fields', () => {
    const report = JSON.parse(formatJson(input({ findings: [LIVE] })));
    expect(report.findings[0]).toEqual({
      ruleId: 'aws-user-access-key',
      severity: 'warning',
      message: 'IAM user deploy has an active access key (412 days old)',
      file: null,
      resource: 'arn:aws:iam::123456789012:user/deploy',
      properties: {},
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('gives each finding the fingerprint SARIF gives it', () => {
    const json = parseReport(formatJson(input()));
    const sarif = sarifRun(formatSarif(input()));
    expect(json.findings.map((f) => f.fingerprint)).toEqual(sarif.results?.map((r) => r.partialFingerprints?.['trustlint/v1']));
  });
});

describe('github', () => {
  it('prints one workflow command per finding', async () => {
    await expect(formatGithub(input())).toMatchFileSnapshot('./__snapshots__/github.txt');
  });

  it('escapes data and property values the way the runner expects', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeProperty('dir/a,b:c%.json')).toBe('dir/a%2Cb%3Ac%25.json');
    const odd = finding('parse-error', 'error', 'bad: 50%\nsecond line', 'dir/a,b:c.json', [2, 0, 2, 1]);
    expect(formatGithub(input({ findings: [odd] }))).toBe(
      '::error file=dir/a%2Cb%3Ac.json,line=2,col=1,endLine=2,endColumn=2,title=parse-error::bad: 50%25%0Asecond line\n',
    );
  });

  it('maps info to notice and makes paths relative to GITHUB_WORKSPACE', () => {
    const out = formatGithub(input({ findings: [UNKNOWN], cwd: '/repo/sub', workspace: '/repo' }));
    expect(out).toBe('::notice file=sub/notes.txt,line=1,col=1,endLine=1,endColumn=1,title=input-error::no recognised kind: not a policy document\n');
  });

  it('prints nothing when there are no findings', () => {
    expect(formatGithub(input({ findings: [] }))).toBe('');
  });
});

describe('sarif', () => {
  const docs = new Map([['oidc-any-owner', '# oidc-any-owner\n\nWhy it **matters**: see [IAM](https://docs.aws.amazon.com).\n\n```json\n{}\n```\n']]);

  it('is valid against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(formatSarif(input({ ruleDocs: docs })));
    expect(validateSarif(log)).toEqual([]);
    expect(validateSarif(JSON.parse(formatSarif(input({ findings: [] }))))).toEqual([]);
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: {} }] })).not.toEqual([]); // the validator does reject
  });

  it('describes every catalog rule in tool.driver.rules', () => {
    const run = sarifRun(formatSarif(input({ ruleDocs: docs })));
    expect(run.tool.driver.name).toBe('trustlint');
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.tool.driver.informationUri).toBe(PROJECT_URL);
    expect(run.tool.driver.rules?.map((r) => r.id)).toEqual(CATALOG.map((r) => r.id));
    const [anyOwner, second] = run.tool.driver.rules ?? [];
    expect(anyOwner).toMatchObject({
      id: 'oidc-any-owner',
      name: 'OidcAnyOwner',
      shortDescription: { text: CATALOG[0]?.title },
      fullDescription: { text: CATALOG[0]?.description },
      defaultConfiguration: { level: 'error' },
      help: { markdown: docs.get('oidc-any-owner'), text: 'oidc-any-owner\n\nWhy it matters: see IAM (https://docs.aws.amazon.com).\n\n{}' },
    });
    expect(anyOwner?.helpUri).toBe('https://github.com/trustlint/trustlint/blob/main/docs/rules/oidc-any-owner.md');
    expect(second?.help).toEqual({ text: CATALOG[1]?.description });
    for (const rule of run.tool.driver.rules ?? []) expect(rule.helpUri).toBe(ruleDocsUrl(rule.id));
  });

  it('ranks every rule for code scanning: security-severity as a number string, precision, security tag', () => {
    const rules = new Map((sarifRun(formatSarif(input())).tool.driver.rules ?? []).map((r) => [r.id, r.properties]));
    expect(rules.get('oidc-any-owner')).toEqual({ tags: ['security', 'trust-scope'], 'security-severity': '9.3', precision: 'very-high' });
    expect(rules.get('oidc-owner-wide')).toMatchObject({ 'security-severity': '6.5', precision: 'very-high' });
    expect(rules.get('secret-aws-access-key')).toMatchObject({ 'security-severity': '9.1', precision: 'high' });
    expect(rules.get('workflow-missing-id-token')).toMatchObject({ 'security-severity': '8.1', precision: 'high' });
    expect(rules.get('workflow-unpinned-action')).toMatchObject({ 'security-severity': '5.3' });
    expect(rules.get('parse-error')).toMatchObject({ 'security-severity': '3.9', precision: 'very-high' });
    // GitHub: over 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 3.9 or less low.
    const band = (score: string): string => (Number(score) > 9 ? 'critical' : Number(score) >= 7 ? 'high' : Number(score) >= 4 ? 'medium' : 'low');
    const bands = Object.fromEntries([...rules].map(([id, p]) => [id, band(String(p?.['security-severity']))]));
    expect(bands).toMatchObject({ 'oidc-any-owner': 'critical', 'trust-wildcard-principal': 'high', 'oidc-audience': 'medium', 'unused-suppression': 'low' });
    for (const p of rules.values()) expect(String(p?.['security-severity'])).toMatch(/^\d\.\d$/);
  });

  it('maps findings to results relative to %SRCROOT%', async () => {
    const text = formatSarif(input({ cwd: '/repo/sub', findings: FINDINGS.map((f) => relocate(f, 'infra/', '../infra/')) }));
    const run = sarifRun(text);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    // ruleIndex is the rule's place in tool.driver.rules (the catalog order): checked against it here,
    // left out of the snapshot so that adding a rule to the catalog does not rewrite it.
    for (const r of run.results ?? []) expect(run.tool.driver.rules?.[r.ruleIndex ?? -1]?.id, r.ruleId).toBe(r.ruleId);
    const positionless = (run.results ?? []).map((r) => {
      const copy = { ...r };
      delete copy.ruleIndex;
      return copy;
    });
    await expect(JSON.stringify(positionless, null, 2)).toMatchFileSnapshot('./__snapshots__/sarif-results.json');
    const anyOwner = run.results?.find((r) => r.ruleId === 'oidc-any-owner');
    expect(anyOwner).toMatchObject({
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'infra/iam.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 9, startColumn: SUB_COL + 1, endLine: 9, endColumn: SUB_COL + 13 },
          },
        },
      ],
      properties: { witness: ANY_OWNER.witness, path: ANY_OWNER.path, resource: 'aws_iam_role.ci', scopeClass: 'another-owner' },
    });
    expect(run.results?.find((r) => r.ruleId === 'input-error')?.level).toBe('note');
  });

  it('uses absolute file URIs outside the root and encodes URI characters', () => {
    const outside = finding('parse-error', 'error', 'x', '../elsewhere/p.json', [1, 0, 1, 1]);
    const spaced = finding('parse-error', 'error', 'x', 'my dir/p#1.json', [1, 0, 1, 1]);
    const run = sarifRun(formatSarif(input({ findings: [outside, spaced] })));
    expect(run.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'file:///elsewhere/p.json' });
    expect(run.results?.[1]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'my%20dir/p%231.json', uriBaseId: '%SRCROOT%' });
  });

  it('has fingerprints from rule, file, resource and policy path: not the message, severity, line or column', () => {
    const fp = (f: Finding): string | undefined => sarifRun(formatSarif(input({ findings: [f] }))).results?.[0]?.partialFingerprints?.['trustlint/v1'];
    const moved = { ...ANY_OWNER, location: { file: 'infra/iam.json', span: span(20, 2, 20, 9) }, message: 'reworded entirely', severity: 'warning' as const };
    expect(fp(moved)).toBe(fp(ANY_OWNER));
    expect(fp({ ...ANY_OWNER, ruleId: 'oidc-owner-wide' })).not.toBe(fp(ANY_OWNER));
    expect(fp({ ...ANY_OWNER, resource: 'aws_iam_role.other' })).not.toBe(fp(ANY_OWNER));
    expect(fp({ ...ANY_OWNER, path: ['Statement', 1, 'Condition'] })).not.toBe(fp(ANY_OWNER));
    expect(fp({ ...ANY_OWNER, location: { file: 'infra/other.json', span: ANY_OWNER.location!.span } })).not.toBe(fp(ANY_OWNER));
    expect(fp(ANY_OWNER)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('names files relative to the git root in fingerprints, whatever the working directory', () => {
    const fromRoot = formatSarif(input({ cwd: '/repo', findings: [ANY_OWNER] }));
    const fromSub = formatSarif(input({ cwd: '/repo/infra', findings: [relocate(ANY_OWNER, 'infra/', '')] }));
    expect(sarifRun(fromSub).results?.[0]?.partialFingerprints).toEqual(sarifRun(fromRoot).results?.[0]?.partialFingerprints);
  });

  it('strips markdown for help.text', () => {
    expect(markdownToText('---\ntitle: x\n---\n## Why\n\nUse `aud`.\n')).toBe('Why\n\nUse aud.');
  });
});

function relocate(f: Finding, from: string, to: string): Finding {
  const move = (file: string): string => (file.startsWith(from) ? to + file.slice(from.length) : file === 'notes.txt' ? '../notes.txt' : file);
  return {
    ...f,
    location: f.location ? { ...f.location, file: move(f.location.file) } : null,
    ...(f.related ? { related: f.related.map((r) => ({ ...r, location: { ...r.location, file: move(r.location.file) } })) } : {}),
  };
}
