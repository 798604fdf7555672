import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFiles, diffTrust, simulatePolicy, type ClassChange, type DiffSide, type RoleRef, type TrustDiff, type TrustPolicyDocument } from '../../src/index.js';

/**
 * Tree pairs for `diffTrust`: each case is a folder with a `before/` and an `after/` tree (the pull
 * request's base and head) and an `expected.json` summary of the diff. Under `classes/`, `before` lets
 * in only the intended workflow and `after` one more outsider class (the folder's name: issuer, then
 * class); each is also run the other way round, where the same classes must come out narrowed.
 * `UPDATE_FIXTURES=1` writes a missing `expected.json` (check it by hand).
 */
const ROOT = fileURLToPath(new URL('../fixtures/diff/', import.meta.url));

interface Summary {
  roles: { before: string; after: string; pairedBy: string; changes: string[] }[];
  added: { role: string; admitted: string[] }[];
  removed: { role: string; admitted: string[] }[];
  workflows: string[];
  renamed: string[];
  widened: boolean;
  newWorkflowErrors: boolean;
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

interface Side {
  side: DiffSide;
  docs: TrustPolicyDocument[];
}

async function sideOf(files: Record<string, string>): Promise<Side> {
  const result = await analyzeFiles(Object.entries(files).map(([file, text]) => ({ file, text, explicit: false })));
  const docs = result.documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy');
  return { side: { documents: result.documents, findings: result.findings, texts: new Map(Object.entries(files)) }, docs };
}

const refName = (r: RoleRef): string => (r.resource !== undefined ? `${r.file}#${r.resource}` : r.file);
const classKey = (c: { provider: string; cls: string }): string => `${c.provider} ${c.cls}`;

function summarize(d: TrustDiff): Summary {
  return {
    roles: d.roles.map((r) => ({
      before: refName(r.before),
      after: refName(r.after),
      pairedBy: r.pairedBy,
      changes: r.classes.filter((c) => c.status !== 'unchanged').map((c) => `${c.status} ${classKey(c)}`),
    })),
    added: d.added.map((r) => ({ role: refName(r.role), admitted: r.admitted.map(classKey) })),
    removed: d.removed.map((r) => ({ role: refName(r.role), admitted: r.admitted.map(classKey) })),
    workflows: d.workflows.map((w) => `${w.kind} ${w.file}${w.job !== undefined ? ` ${w.job}` : ''}`),
    renamed: d.renamed.map((r) => `${r.before} -> ${r.after}`),
    widened: d.widened,
    newWorkflowErrors: d.newWorkflowErrors,
  };
}

/** What `simulate` says of a witness against the role's documents in one tree (allow if any rendering allows). */
function simulated(docs: readonly TrustPolicyDocument[], ref: RoleRef, change: ClassChange): string {
  const witness = change.witness ?? {};
  const { sub, aud, ...claims } = witness;
  const mine = docs.filter((d) => (d.resourceFile ?? d.file) === ref.file && d.resource === ref.resource);
  expect(mine.length).toBeGreaterThan(0);
  const decisions = mine.map((doc) => {
    const r = simulatePolicy(doc, { sub: sub ?? '', ...(aud !== undefined ? { aud } : {}), claims, provider: change.provider });
    return r.ok ? r.decision : `error: ${r.error}`;
  });
  return decisions.includes('allow') ? 'allow' : (decisions[0] ?? 'none');
}

/** Every widened class's witness is let in by the after tree and not by the before tree, as `simulate` judges it; narrowed, the reverse. */
function checkWitnesses(d: TrustDiff, before: Side, after: Side): void {
  for (const role of d.roles) {
    for (const c of role.classes) {
      if (c.status === 'unchanged') continue;
      expect(c.witness, `${c.status} ${c.cls} has a witness`).toBeDefined();
      const [admitting, refusing] = c.status === 'widened' ? [after, before] : [before, after];
      const [inRef, outRef] = c.status === 'widened' ? [role.after, role.before] : [role.before, role.after];
      expect(simulated(admitting.docs, inRef, c), `${c.status} ${c.cls}: the witness gets in`).toBe('allow');
      expect(simulated(refusing.docs, outRef, c), `${c.status} ${c.cls}: the witness is kept out`).toBe('deny');
    }
  }
}

function mirror(s: Summary): Summary {
  return {
    roles: s.roles.map((r) => ({
      before: r.after,
      after: r.before,
      pairedBy: r.pairedBy,
      changes: r.changes.map((c) => c.replace(/^widened /, '\0').replace(/^narrowed /, 'widened ').replace(/^\0/, 'narrowed ')),
    })),
    added: s.removed,
    removed: s.added,
    workflows: [],
    renamed: s.renamed.map((r) => r.split(' -> ').reverse().join(' -> ')),
    widened: s.removed.some((r) => r.admitted.length > 0) || s.roles.some((r) => r.changes.some((c) => c.startsWith('narrowed '))),
    newWorkflowErrors: false,
  };
}

function cases(group: string): string[] {
  const dir = join(ROOT, group);
  return existsSync(dir) ? readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort() : [];
}

async function run(dir: string): Promise<{ summary: Summary; expected: Summary; before: Side; after: Side; reversed: TrustDiff }> {
  const before = await sideOf(readTree(join(dir, 'before')));
  const after = await sideOf(readTree(join(dir, 'after')));
  const d = diffTrust(before.side, after.side);
  const summary = summarize(d);
  const file = join(dir, 'expected.json');
  if (!existsSync(file) && process.env['UPDATE_FIXTURES'] === '1') writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  const expected = JSON.parse(readFileSync(file, 'utf8')) as Summary;
  checkWitnesses(d, before, after);
  const reversed = diffTrust(after.side, before.side);
  checkWitnesses(reversed, after, before);
  return { summary, expected, before, after, reversed };
}

describe('diff tree pairs: each outsider class widened, and narrowed the other way round', () => {
  const names = cases('classes');
  it('there is a pair for every class of GitHub, one for every class of GitLab, and HCP Terraform run phases', () => {
    expect(names).toEqual(expect.arrayContaining([
      ...['other-owner', 'reusable-caller', 'other-repo', 'repo-name-match', 'other-ids', 'new-branch', 'new-tag', 'new-environment', 'pull-request'].map((c) => `github-${c}`),
      ...['other-owner', 'other-repo', 'repo-name-match', 'other-ids', 'new-branch', 'new-tag', 'pull-request'].map((c) => `gitlab-${c}`),
      'terraform-run-phase',
    ]));
  });
  for (const name of names) {
    it(name, async () => {
      const { summary, expected, reversed } = await run(join(ROOT, 'classes', name));
      expect(summary).toEqual(expected);
      const cls = name.replace(/^[a-z]+-/, '');
      // The pair is about its class: that class is widened, and nothing is narrowed on the way.
      expect(summary.roles).toHaveLength(1);
      expect(summary.roles[0]?.changes.some((c) => c.startsWith('widened ') && c.endsWith(` ${cls}`))).toBe(true);
      expect(summary.roles[0]?.changes.every((c) => c.startsWith('widened '))).toBe(true);
      expect(summary.widened).toBe(true);
      expect(summarize(reversed)).toEqual(mirror(summary));
      expect(reversed.widened).toBe(false);
    });
  }
});

describe('diff tree pairs: renames, moves, rewrites, added and removed roles, workflows', () => {
  for (const name of cases('changes')) {
    it(name, async () => {
      const { summary, expected } = await run(join(ROOT, 'changes', name));
      expect(summary).toEqual(expected);
    });
  }
});
