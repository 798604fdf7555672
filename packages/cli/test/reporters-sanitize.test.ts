import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../src/reporters/index.js';
import type { ReportInput } from '../src/reporters/types.js';
import { finding, validateSarif } from './helpers.js';

/** A synthetic key id of the real shape (never issued), and how every output must show it. */
const ID = ['AKIA', 'Z7Q2LMXW3RTYUP4K'].join('');
const MASKED = '****************UP4K';
const ESC = String.fromCharCode(27);

/** Minified JSON: the key and the finding share the one line. */
const MINIFIED = `{"Statement":[{"Sid":"${ID}","Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:*${ESC}[8m"}}}]}`;
const SUB_COL = MINIFIED.indexOf('"repo:*');
const FILE = `policies/${ID}${ESC}[2J.json`;

function input(): ReportInput {
  const f = finding('oidc-any-owner', 'error', `statement ${ID}: sub "repo:*${ESC}[8m" admits any owner`, FILE, [1, SUB_COL, 1, SUB_COL + 13], {
    witness: { sub: `repo:evil/x:ref:refs/heads/${ID}` },
    related: [{ location: { file: FILE, span: { start: { line: 1, column: 20, offset: 20 }, end: { line: 1, column: 40, offset: 40 } } }, message: `Sid ${ID}` }],
    path: ['Statement', 0, 'Sid', ID],
    properties: { sid: ID },
  });
  return { findings: [f], suppressed: 0, files: 1, cwd: '/work', gitRoot: '/work', toolVersion: '0.0.0', sources: new Map([[FILE, MINIFIED]]) };
}

describe('reporters behind the output sanitiser', () => {
  it('stylish: the code frame of a finding on the key line shows the key masked, with the caret where it was', () => {
    const out = REPORTERS.stylish(input());
    expect(out).not.toContain(ID.slice(0, 12));
    expect(out).not.toContain(ESC);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`policies/${MASKED}\\u001b[2J.json`);
    expect(lines[1]).toBe(`  1:${SUB_COL + 1}  error  statement ${MASKED}: sub "repo:*\\u001b[8m" admits any owner  oidc-any-owner`);
    const frame = lines[2] ?? '';
    const carets = lines[3] ?? '';
    // The frame is cut around the span; the masked Sid and the ESC (shown as one character) keep every column.
    expect(frame).toContain('"repo:*\u241b[8m"');
    expect(carets.indexOf('^') - frame.indexOf('"repo:*')).toBe(0);
    expect(carets.slice(carets.indexOf('^'))).toBe('^'.repeat(13));
    expect(lines).toContain(`      witness: sub=repo:evil/x:ref:refs/heads/${MASKED}`);
    expect(lines).toContain(`      ↳ policies/${MASKED}\\u001b[2J.json:1:21  Sid ${MASKED}`);
  });

  it('stylish: the frame of a finding on the key itself underlines the masked key', () => {
    const at = MINIFIED.indexOf(ID);
    const out = REPORTERS.stylish({ ...input(), findings: [finding('secret-aws-access-key', 'error', `AWS access key id ${MASKED}`, FILE, [1, at, 1, at + 20])] });
    const [, , frame = '', carets = ''] = out.split('\n');
    expect(frame.slice(frame.indexOf(MASKED) - 1, frame.indexOf(MASKED) + 21)).toBe(`"${MASKED}"`);
    expect(carets.indexOf('^')).toBe(frame.indexOf(MASKED));
    expect(carets.slice(carets.indexOf('^'))).toBe('^'.repeat(20));
  });

  it('stylish: a frame that starts inside the key still shows no part of it', () => {
    const out = REPORTERS.stylish({ ...input(), findings: [finding('oidc-any-owner', 'error', 'x', FILE, [1, 30, 1, 40])] });
    expect(out).not.toContain(ID.slice(8, 16));
  });

  it('json, sarif and github: no key anywhere, control characters escaped, valid documents', () => {
    const json = REPORTERS.json(input());
    expect(json).not.toContain(ID.slice(0, 12));
    const parsed = JSON.parse(json) as { findings: { file: string; message: string; path: unknown[]; properties: unknown }[] };
    expect(parsed.findings[0]?.file).toBe(`policies/${MASKED}${ESC}[2J.json`);
    expect(parsed.findings[0]?.path).toEqual(['Statement', 0, 'Sid', MASKED]);
    expect(parsed.findings[0]?.properties).toEqual({ sid: MASKED });
    const sarif = REPORTERS.sarif(input());
    expect(sarif).not.toContain(ID.slice(0, 12));
    expect(validateSarif(JSON.parse(sarif))).toEqual([]);
    const github = REPORTERS.github(input());
    expect(github).not.toContain(ID.slice(0, 12));
    expect(github).not.toContain(ESC);
    expect(github).toContain(`::error file=policies/${MASKED}\\u001b[2J.json,line=1`);
  });
});
