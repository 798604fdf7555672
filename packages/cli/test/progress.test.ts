import { afterEach, describe, expect, it } from 'vitest';
import { analyzeFiles } from '@trustlint/core';
import { runProgress } from '../src/progress.js';
import { EMPTY_POLICY, githubTrustPolicy, makeTree, removeTrees, runCli } from './helpers.js';

/** A stderr that records what is written, a terminal or not; the clock is the test's. */
function setup(terminal: boolean, env: Record<string, string> = {}) {
  let written = '';
  let clock = 0;
  const stderr = { write: (s: string) => (written += s), ...(terminal ? { isTTY: true } : {}) };
  return {
    io: { stderr, env },
    now: () => clock,
    advance(ms: number) {
      clock += ms;
    },
    written: () => written,
  };
}

const at = (done: number, total = 10, findings = 0, phase: 'read' | 'rules' = 'read') => ({ phase, done, total, findings });

describe('the progress line (issue 19)', () => {
  it('is not shown outside a terminal unless asked', () => {
    const s = setup(false);
    expect(runProgress(s.io, { now: s.now })).toBeUndefined();
  });

  it('is not shown in CI even on a terminal, unless asked with --progress', () => {
    const s = setup(true, { CI: 'true' });
    expect(runProgress(s.io, { now: s.now })).toBeUndefined();
    expect(runProgress(s.io, { now: s.now, flag: true })).toBeDefined();
  });

  it('--no-progress turns it off on a terminal', () => {
    const s = setup(true);
    expect(runProgress(s.io, { now: s.now, flag: false })).toBeUndefined();
  });

  it('on a terminal: nothing in the first second, then one self-overwriting line, erased at the end', () => {
    const s = setup(true);
    const p = runProgress(s.io, { now: s.now });
    expect(p).toBeDefined();
    p?.discovered(10);
    p?.analysing(at(3));
    s.advance(999);
    p?.analysing(at(4));
    expect(s.written()).toBe('');
    s.advance(1);
    p?.analysing(at(5, 10, 2));
    expect(s.written()).toBe('\r\x1b[Ktrustlint: 10 discovered, 5/10 read, 2 findings so far');
    // At most ten redraws a second.
    s.advance(50);
    p?.analysing(at(6, 10, 2));
    expect(s.written().split('\r').length).toBe(2);
    s.advance(50);
    p?.analysing(at(7, 10, 3));
    expect(s.written().endsWith('\r\x1b[Ktrustlint: 10 discovered, 7/10 read, 3 findings so far')).toBe(true);
    // Then the rules, document by document (most of a large run's time).
    s.advance(100);
    p?.analysing(at(4, 12, 5, 'rules'));
    expect(s.written().endsWith('\r\x1b[Ktrustlint: 10 discovered, rules 4/12 documents, 5 findings so far')).toBe(true);
    p?.done();
    expect(s.written().endsWith('\r\x1b[K')).toBe(true);
  });

  it('a run that ends within a second writes nothing at all', () => {
    const s = setup(true);
    const p = runProgress(s.io, { now: s.now });
    p?.discovered(2);
    p?.analysing(at(2, 2));
    s.advance(500);
    p?.done();
    expect(s.written()).toBe('');
  });

  it('asked for in a log: plain lines (no carriage return), at most one a second, nothing to erase', () => {
    const s = setup(false);
    const p = runProgress(s.io, { now: s.now, flag: true });
    s.advance(1000);
    p?.discovered(10);
    s.advance(300);
    p?.analysing(at(1));
    s.advance(700);
    p?.analysing(at(9, 10, 4));
    p?.done();
    expect(s.written()).toBe('trustlint: 10 files discovered\ntrustlint: 10 discovered, 9/10 read, 4 findings so far\n');
  });
});

describe('the analysis tells its progress', () => {
  it('counts every input once, in order, up to the total, with the findings so far', async () => {
    const inputs = [
      { file: 'iam/a.json', text: githubTrustPolicy({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/*' } }) },
      { file: 'iam/b.json', text: EMPTY_POLICY },
      { file: 'README.md', text: '# not analysed\n' },
      { file: 'infra/main.tf', text: 'variable "x" {}\n' },
      { file: 'infra/vars.tf', text: 'variable "y" {}\n' },
    ];
    const all: { phase: string; done: number; total: number; findings: number }[] = [];
    const result = await analyzeFiles(inputs, { onProgress: (p) => all.push(p) });
    const seen = all.filter((p) => p.phase === 'read');
    const rules = all.filter((p) => p.phase === 'rules');
    // Reading first, then the rules.
    expect(all.map((p) => p.phase)).toEqual([...seen.map(() => 'read'), ...rules.map(() => 'rules')]);
    expect(seen.every((p) => p.total === inputs.length)).toBe(true);
    expect(rules.at(-1)?.done).toBe(rules.at(-1)?.total);
    expect(rules.map((p) => p.done)).toEqual(rules.map((p) => p.done).sort((a, b) => a - b));
    const done = seen.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(inputs.length);
    // The last call comes after the rules: every finding made is counted.
    expect(all.at(-1)?.findings).toBeGreaterThanOrEqual(result.findings.length);
    expect(result.findings.length).toBeGreaterThan(0);
  });
});

describe('check --progress', () => {
  afterEach(removeTrees);

  it('is accepted, and without it a run outside a terminal writes nothing on stderr', async () => {
    const cwd = makeTree({ 'iam/deploy.json': EMPTY_POLICY });
    const quiet = await runCli(['check', '.'], { cwd });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const off = await runCli(['check', '.', '--no-progress'], { cwd });
    expect(off.code).toBe(0);
    expect(off.stderr).toBe('');
    const on = await runCli(['check', '.', '--progress'], { cwd });
    expect(on.code).toBe(0);
    // Only lines of the progress kind, if the run took long enough to show any.
    for (const line of on.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^trustlint: \d+ (files discovered|discovered, (\d+\/\d+ read|rules \d+\/\d+ documents), \d+ findings so far)$/);
  });
});
