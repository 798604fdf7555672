import { readdirSync, readFileSync, symlinkSync, writeFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discover, MAX_FILE_BYTES } from '../../src/discover.js';
import { EMPTY_POLICY, LATIN1_POLICY, githubTrustPolicy, makeTree, parseReport, removeTrees, runCli } from '../helpers.js';

/**
 * Hostile trees: files over the size cap, unreadable files and folders (simulated through the
 * file-reading layer: the tests run as root), invalid UTF-8, symbolic link loops. Each is reported as
 * an `input-error` error located at the file (fail closed); none stops the run.
 */

afterEach(removeTrees);

const VULNERABLE = githubTrustPolicy({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } });

const eacces = (what: string): Error => Object.assign(new Error(`EACCES: permission denied, ${what}`), { code: 'EACCES' });

async function messages(root: string, options: Partial<Parameters<typeof discover>[1]> = {}): Promise<[string | undefined, string][]> {
  return (await discover(['.'], { cwd: root, ...options })).findings.map((f) => [f.location?.file, f.message]);
}

describe('discovery limits', () => {
  it('reports a file over the size cap without reading it', async () => {
    const root = makeTree({ 'big.json': `{"Statement": [${' '.repeat(MAX_FILE_BYTES)}]}`, 'ok.json': EMPTY_POLICY });
    const read: string[] = [];
    const result = await discover(['.'], {
      cwd: root,
      readFile: (p) => {
        read.push(p);
        return new TextEncoder().encode(EMPTY_POLICY);
      },
    });
    expect(result.files.map((f) => f.path)).toEqual(['ok.json']);
    expect(read).toEqual([join(root, 'ok.json')]);
    expect(result.findings).toEqual([
      {
        ruleId: 'input-error',
        severity: 'error',
        message: 'the file is larger than the 5 MiB size cap (5.0 MiB): it was not analysed',
        location: { file: 'big.json', span: { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 0, offset: 0 } } },
      },
    ]);
  });

  it('takes the cap from the options', async () => {
    const root = makeTree({ 'a.json': EMPTY_POLICY, 'b.json': `${EMPTY_POLICY}  ` });
    expect(await messages(root, { maxFileBytes: EMPTY_POLICY.length })).toEqual([['b.json', 'the file is larger than the 0.0 MiB size cap (0.0 MiB): it was not analysed']]);
  });

  it('reports a folder it cannot list and walks the others', async () => {
    const root = makeTree({ 'locked/a.json': EMPTY_POLICY, 'open/b.json': EMPTY_POLICY });
    const readDir = (path: string): Dirent[] => {
      if (path.endsWith('locked')) throw eacces(`scandir '${path}'`);
      return readdirSync(path, { withFileTypes: true });
    };
    const result = await discover(['.'], { cwd: root, readDir });
    expect(result.files.map((f) => f.path)).toEqual(['open/b.json']);
    expect(result.findings.map((f) => [f.location?.file, f.severity, f.message])).toEqual([
      ['locked', 'error', `cannot read the folder: EACCES: permission denied, scandir '${join(root, 'locked')}'`],
    ]);
  });

  it('reports a cycle of symbolic links to files (ELOOP) unless it is ignored', async () => {
    const root = makeTree({ 'a.json': EMPTY_POLICY, '.gitignore': 'ignored-*\n' }, { git: true });
    symlinkSync(join(root, 'loop-b.json'), join(root, 'loop-a.json'));
    symlinkSync(join(root, 'loop-a.json'), join(root, 'loop-b.json'));
    symlinkSync(join(root, 'ignored-b'), join(root, 'ignored-a'));
    symlinkSync(join(root, 'ignored-a'), join(root, 'ignored-b'));
    expect(await messages(root)).toEqual([
      ['loop-a.json', 'symbolic link loop: the link was not followed'],
      ['loop-b.json', 'symbolic link loop: the link was not followed'],
    ]);
  });

  it('rejects UTF-16 and keeps a UTF-8 byte-order mark', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EMPTY_POLICY, 'utf16le')]);
    const root = makeTree({ 'utf16.json': utf16, 'bom.json': `\ufeff${EMPTY_POLICY}` });
    const result = await discover(['.'], { cwd: root });
    expect(result.files.map((f) => f.path)).toEqual(['bom.json']);
    expect(result.findings.map((f) => [f.location?.file, f.message])).toEqual([['utf16.json', 'the file is not valid UTF-8: it was not analysed']]);
  });
});

describe('check on a hostile tree', () => {
  it('reports every unreadable input and still analyses the rest', async () => {
    const root = makeTree({
      'policies/vulnerable.json': VULNERABLE,
      'policies/latin1.json': LATIN1_POLICY,
      'policies/secret.json': EMPTY_POLICY,
      'policies/binary.json': Uint8Array.from([0x7b, 0x00, 0x01, 0x02, 0x7d]),
      'data/big.json': `{"Statement": [${' '.repeat(MAX_FILE_BYTES)}]}`,
      'loop/x.json': EMPTY_POLICY,
    });
    symlinkSync(join(root, 'loop'), join(root, 'loop', 'again'));
    writeFileSync(join(root, 'policies', 'explicit-binary.json'), Uint8Array.from([0xc3, 0x28]));
    const readFile = (path: string): Uint8Array => {
      if (path.endsWith('secret.json')) throw eacces(`open '${path}'`);
      return readFileSync(path);
    };
    const { code, stdout, stderr } = await runCli(['check', '.', '--format', 'json'], { cwd: root, readFile });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = parseReport(stdout);
    const inputErrors = report.findings.filter((f) => f.ruleId === 'input-error').map((f) => [f.file, f.severity, f.line, String(f.message).split(':')[0]]);
    expect(inputErrors).toEqual([
      ['data/big.json', 'error', 1, 'the file is larger than the 5 MiB size cap (5.0 MiB)'],
      ['loop/again', 'error', 1, 'symbolic link loop'],
      ['policies/latin1.json', 'error', 1, 'the file is not valid UTF-8'],
      ['policies/secret.json', 'error', 1, 'cannot read the file'],
    ]);
    expect(report.findings.some((f) => f.file === 'policies/vulnerable.json' && f.ruleId === 'oidc-any-owner')).toBe(true);
    // Bytes with nothing any kind needs are no finding (not UTF-8, or UTF-8 control bytes): counted.
    expect(report.summary).toMatchObject({ files: 2, unrecognised: 2 });
  });
});
