import { sanitizeValue, toReportFinding, type ClassChange, type OutsiderClass, type RoleDiff, type RoleRef, type RoleVerdict, type TrustDiff } from '@trustlint/core';
import { witnessEntries } from './reporters/types.js';

/** The two sides of a `trustlint diff`, for headings. */
export interface DiffSides {
  /** `main (merge base 1a2b3c4)`, `HEAD~1 (1a2b3c4)`. */
  base: { ref: string; commit: string };
  /** A commit, or the working tree. */
  head: { ref: string; commit?: string };
}

const short = (commit: string): string => commit.slice(0, 7);

function sideName(side: { ref: string; commit?: string }): string {
  return side.commit === undefined ? side.ref : side.ref === side.commit ? short(side.commit) : `${side.ref} (${short(side.commit)})`;
}

/** The claims that tell who the token is for this class (`sub`, plus what the class is about); all are in JSON. */
function witnessText(witness: Readonly<Record<string, string>> | undefined, cls: OutsiderClass): string {
  if (!witness) return '';
  const extra = cls === 'reusable-caller' ? ['job_workflow_ref'] : cls === 'other-ids' ? ['repository_owner_id', 'repository_id'] : [];
  return witnessEntries(witness)
    .filter(([k]) => k === 'sub' || extra.includes(k))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}

function roleName(ref: RoleRef): string {
  return ref.label === ref.file ? ref.file : `${ref.label} (${ref.file})`;
}

function roleState(role: RoleDiff): 'widened' | 'narrowed' | 'widened and narrowed' | 'unchanged' {
  const w = role.classes.some((c) => c.status === 'widened');
  const n = role.classes.some((c) => c.status === 'narrowed');
  return w && n ? 'widened and narrowed' : w ? 'widened' : n ? 'narrowed' : 'unchanged';
}

/** Roles worth a line: changed, or renamed/moved (so the reader sees the pairing). */
function shownRoles(diff: TrustDiff): RoleDiff[] {
  return diff.roles.filter((r) => roleState(r) !== 'unchanged' || r.pairedBy !== 'same');
}

function verdictLine(v: RoleVerdict): string {
  if (v.admitted.length === 0) return 'no outsider class admitted';
  return v.admitted.map((a) => `${a.outsider} (witness ${witnessText(a.witness, a.cls)})`).join('; ');
}

function summaryLine(diff: TrustDiff): string {
  const widened = diff.roles.filter((r) => r.classes.some((c) => c.status === 'widened')).length + diff.added.filter((a) => a.admitted.length > 0).length;
  const parts: string[] = [];
  if (widened > 0) parts.push(`trust widened for ${widened} role${widened === 1 ? '' : 's'}`);
  if (diff.newWorkflowErrors) parts.push('new error-level workflow findings');
  return parts.length > 0 ? `✖ ${parts.join('; ')}` : '✔ no outsider newly admitted to any role';
}

/** `--format stylish`: one block per changed role, then added, removed, workflows, and the verdict. */
export function formatDiffStylish(raw: TrustDiff, sides: DiffSides): string {
  const diff = sanitizeValue(raw, 'terminal');
  const lines: string[] = [`trust changes from ${sideName(sides.base)} to ${sideName(sides.head)}`, ''];
  for (const role of shownRoles(diff)) {
    const moved = role.pairedBy === 'same' ? '' : ` (was ${roleName(role.before)}, paired by ${role.pairedBy})`;
    lines.push(`role ${roleName(role.after)}: ${roleState(role)}${moved}`);
    for (const c of role.classes.filter((x) => x.status !== 'unchanged')) lines.push(`  ${c.status.padEnd(8)}  ${c.outsider} — witness: ${witnessText(c.witness, c.cls)}`);
    lines.push('');
  }
  for (const a of diff.added) lines.push(`added role ${roleName(a.role)}: ${verdictLine(a)}`);
  for (const r of diff.removed) lines.push(`removed role ${roleName(r.role)}`);
  for (const w of diff.workflows) lines.push(`workflow ${w.file}${w.job ? ` job ${w.job}` : ''}: ${w.message}`);
  if (diff.added.length + diff.removed.length + diff.workflows.length > 0) lines.push('');
  lines.push(summaryLine(diff));
  return `${lines.join('\n')}\n`;
}

/** `--format json`: the diff as data, findings in the report shape. */
export function formatDiffJson(raw: TrustDiff, sides: DiffSides): string {
  const diff = sanitizeValue(raw, 'data');
  const out = {
    version: 1,
    base: sides.base,
    head: sides.head,
    widened: diff.widened,
    newWorkflowErrors: diff.newWorkflowErrors,
    roles: diff.roles.map((r) => ({ ...r, status: roleState(r) })),
    added: diff.added,
    removed: diff.removed,
    workflows: diff.workflows.map(({ finding, ...w }) => ({ ...w, ...(finding ? { finding: toReportFinding(finding) } : {}) })),
    renamed: diff.renamed,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Text in a Markdown table cell: pipes and backticks escaped, one line. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, '\\`').replace(/[\r\n]+/g, ' ');
}

function code(text: string): string {
  return text === '' ? '' : `<code>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;')}</code>`;
}

function yesNo(v: boolean): string {
  return v ? 'yes' : 'no';
}

/**
 * `--format markdown`, for a pull-request comment or `$GITHUB_STEP_SUMMARY`: the verdict, a table per
 * changed role (outsider, before, after, change, witness), added and removed roles, workflow changes,
 * and the changed part as a Mermaid diagram (GitHub renders it).
 */
export function formatDiffMarkdown(raw: TrustDiff, sides: DiffSides): string {
  const diff = sanitizeValue(raw, 'data');
  const out: string[] = ['## trustlint: trust changes', '', `${summaryLine(diff)} (${cell(sideName(sides.base))} → ${cell(sideName(sides.head))})`, ''];
  for (const role of shownRoles(diff)) {
    const was = role.pairedBy === 'same' ? '' : ` — was ${code(roleName(role.before))}`;
    out.push(`### role ${code(roleName(role.after))}: ${roleState(role)}${was}`, '');
    const rows = role.classes.filter((c) => c.status !== 'unchanged' || c.after);
    if (rows.length === 0) {
      out.push('no outsider class admitted before or after', '');
      continue;
    }
    out.push('| outsider | before | after | change | witness |', '|---|---|---|---|---|');
    for (const c of rows) out.push(`| ${cell(c.outsider)} | ${yesNo(c.before)} | ${yesNo(c.after)} | ${c.status === 'unchanged' ? 'unchanged' : `**${c.status}**`} | ${code(witnessText(c.witness, c.cls))} |`);
    out.push('');
  }
  if (diff.added.length > 0) {
    out.push('### added roles', '', '| role | admits |', '|---|---|');
    for (const a of diff.added) out.push(`| ${code(roleName(a.role))} | ${a.admitted.length === 0 ? 'no outsider class' : a.admitted.map((x) => `${cell(x.outsider)} (${code(witnessText(x.witness, x.cls))})`).join('<br>')} |`);
    out.push('');
  }
  if (diff.removed.length > 0) {
    out.push('### removed roles', '');
    for (const r of diff.removed) out.push(`- ${code(roleName(r.role))}`);
    out.push('');
  }
  if (diff.workflows.length > 0) {
    out.push('### workflows', '', '| file | job | change |', '|---|---|---|');
    for (const w of diff.workflows) out.push(`| ${code(w.file)} | ${w.job ? code(w.job) : ''} | ${w.error ? '**error** ' : ''}${cell(w.message)} |`);
    out.push('');
  }
  const mermaid = diffMermaid(diff);
  if (mermaid) out.push('```mermaid', mermaid, '```', '');
  return out.join('\n');
}

/** A Mermaid-safe label: quotes and angle brackets as entities. */
function label(text: string): string {
  return `"${text.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')}"`;
}

/**
 * The changed part of the trust graph: outsider classes → roles, widened edges thick and labelled,
 * narrowed ones dotted; added roles with what they admit. Undefined when nothing changed.
 */
export function diffMermaid(diff: TrustDiff): string | undefined {
  const lines = ['flowchart LR'];
  let n = 0;
  const edge = (from: string, role: string, c: Pick<ClassChange, 'status'>): void => {
    if (c.status === 'widened') lines.push(`  ${from} ==>|widened| ${role}`);
    else lines.push(`  ${from} -.->|narrowed| ${role}`);
  };
  for (const role of diff.roles) {
    const changed = role.classes.filter((c) => c.status !== 'unchanged');
    if (changed.length === 0) continue;
    const id = `r${n++}`;
    lines.push(`  ${id}[${label(`role ${role.after.label}`)}]`);
    for (const c of changed) {
      const cid = `c${n++}`;
      lines.push(`  ${cid}(${label(c.outsider)})`);
      edge(cid, id, c);
    }
  }
  for (const a of diff.added) {
    if (a.admitted.length === 0) continue;
    const id = `r${n++}`;
    lines.push(`  ${id}[${label(`new role ${a.role.label}`)}]`);
    for (const x of a.admitted) {
      const cid = `c${n++}`;
      lines.push(`  ${cid}(${label(x.outsider)})`);
      edge(cid, id, { status: 'widened' });
    }
  }
  return lines.length > 1 ? lines.join('\n') : undefined;
}
