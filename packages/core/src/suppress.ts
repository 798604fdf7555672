import { CATALOG, isRuleId, ruleMeta } from './catalog/rules.js';
import type { Finding } from './model/finding.js';
import { lineStarts, positionAt, type SourceLocation } from './model/span.js';
import { closestName } from './text/closest.js';

/**
 * Inline suppression (spec/cli.md "Configuration"): `trustlint-ignore rule-id[, rule-id] -- reason` in
 * a comment on the line above a finding. This module is the one grammar: the CLI reads the comments of
 * YAML and HCL files from their lines, the ESLint plugin hands over the comments its parser found; both
 * then apply and check the directives here, so the editor and CI agree.
 */

/** A comment as a language sees it: its text without the comment markers, and where it is. */
export interface CommentInput {
  /** The comment's body (`# x` → ` x`, `// x` → ` x`, `/* x *\/` → ` x `). */
  body: string;
  /** 0-based offset of the body's first character in the file. */
  bodyOffset: number;
  /** 1-based line on which the comment ends; the directive applies to the line after it. */
  endLine: number;
}

/** One `trustlint-ignore` directive. */
export interface SuppressionDirective {
  file: string;
  /** The directive's text in the comment. */
  location: SourceLocation;
  /** 1-based line whose findings it suppresses. */
  appliesTo: number;
  /** The rule ids as written, each with its own location. */
  rules: { id: string; location: SourceLocation }[];
  /** The text after `--`; undefined when there is none (then nothing is suppressed). */
  reason?: string;
}

const DIRECTIVE = /^(\s*)trustlint-ignore(?=\s|$)/;
const RULE_ID = /[A-Za-z0-9_/-]+/g;

/** Reads the directives of a file's comments (comments that are not directives are skipped). */
export function suppressionDirectives(file: string, text: string, comments: readonly CommentInput[]): SuppressionDirective[] {
  const starts = lineStarts(text);
  const at = (start: number, end: number): SourceLocation => ({ file, span: { start: positionAt(starts, start), end: positionAt(starts, end) } });
  const out: SuppressionDirective[] = [];
  for (const c of comments) {
    const head = DIRECTIVE.exec(c.body);
    if (!head) continue;
    const start = c.bodyOffset + (head[1]?.length ?? 0);
    const afterKeyword = head[0].length;
    const separator = c.body.indexOf('--', afterKeyword);
    const list = c.body.slice(afterKeyword, separator < 0 ? undefined : separator);
    const reason = separator < 0 ? '' : c.body.slice(separator + 2).trim();
    const rules = [...list.matchAll(RULE_ID)].map((m) => {
      const offset = c.bodyOffset + afterKeyword + m.index;
      return { id: m[0], location: at(offset, offset + m[0].length) };
    });
    const end = c.bodyOffset + c.body.trimEnd().length;
    out.push({ file, location: at(start, Math.max(start, end)), appliesTo: c.endLine + 1, rules, ...(reason !== '' ? { reason } : {}) });
  }
  return out;
}

/** Files whose comments the CLI reads line by line: `#` in YAML and HCL, `//` in HCL too. */
const HASH_COMMENTS = /\.(ya?ml|tf|tfvars|hcl|template)$/;
const SLASH_COMMENTS = /\.(tf|tfvars|hcl)$/;

/**
 * The comments of a YAML or HCL file that stand on a line of their own (a directive must be on the line
 * above the finding). Line-based on purpose: no second parse, and a `#` line inside a `run: |` block,
 * which YAML keeps as text, still reads as what the author meant.
 */
export function lineComments(file: string, text: string): CommentInput[] {
  if (!HASH_COMMENTS.test(file) || !text.includes('trustlint-ignore')) return [];
  const slash = SLASH_COMMENTS.test(file);
  const out: CommentInput[] = [];
  let offset = 0;
  let line = 1;
  for (const raw of text.split(/(\r\n|\r|\n)/)) {
    if (/^(\r\n|\r|\n)$/.test(raw)) {
      offset += raw.length;
      line++;
      continue;
    }
    const m = /^(\s*)(#|\/\/)/.exec(raw);
    if (m && (m[2] === '#' || slash)) {
      const bodyStart = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
      out.push({ body: raw.slice(bodyStart), bodyOffset: offset + bodyStart, endLine: line });
    }
    offset += raw.length;
  }
  return out;
}

export interface SuppressionResult {
  kept: Finding[];
  suppressed: number;
  /** `unused-suppression` findings: directives without a reason, with unknown ids, or that matched nothing. */
  problems: Finding[];
}

/**
 * Removes the findings the directives suppress and reports every directive (or rule id in one) that
 * suppresses nothing, as ESLint's `reportUnusedDisableDirectives` does. `findings` must be every
 * finding of the files, before configuration turns rules off: a directive for a rule that found
 * something is in use even when the rule's output is discarded later.
 */
export function applySuppressions(findings: readonly Finding[], directives: readonly SuppressionDirective[]): SuppressionResult {
  if (directives.length === 0) return { kept: [...findings], suppressed: 0, problems: [] };
  const active = new Map<string, SuppressionDirective[]>();
  for (const d of directives) {
    if (d.reason === undefined) continue;
    const key = `${d.file}\0${d.appliesTo}`;
    const list = active.get(key);
    if (list) list.push(d);
    else active.set(key, [d]);
  }
  const used = new Set<string>();
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    const loc = f.location;
    const candidates = loc ? active.get(`${loc.file}\0${loc.span.start.line}`) : undefined;
    const match = candidates?.find((d) => d.rules.some((r) => r.id === f.ruleId));
    if (match) {
      suppressed++;
      used.add(`${directives.indexOf(match)}\0${f.ruleId}`);
    } else kept.push(f);
  }
  const problems = directives.flatMap((d, i) => directiveProblems(d, (id) => used.has(`${i}\0${id}`)));
  return { kept, suppressed, problems };
}

const FORM = '`trustlint-ignore rule-id -- reason`';

function directiveProblems(d: SuppressionDirective, isUsed: (id: string) => boolean): Finding[] {
  const problem = (location: SourceLocation, message: string, properties: Record<string, unknown>): Finding => ({
    ruleId: 'unused-suppression',
    severity: ruleMeta('unused-suppression').defaultSeverity,
    message,
    location,
    properties,
  });
  if (d.rules.length === 0) {
    return [problem(d.location, `this trustlint-ignore comment names no rule id, so it suppresses nothing: write ${FORM}.`, { problem: 'no-rule' })];
  }
  if (d.reason === undefined) {
    const ids = d.rules.map((r) => r.id).join(', ');
    return [
      problem(
        d.location,
        `this trustlint-ignore comment for ${ids} has no reason, so it suppresses nothing: add why the finding is accepted after \`--\` (${FORM}).`,
        { problem: 'no-reason', rules: d.rules.map((r) => r.id) },
      ),
    ];
  }
  return d.rules.flatMap((r) => {
    if (!isRuleId(r.id)) {
      const guess = closestName(r.id, CATALOG.map((m) => m.id));
      return [
        problem(r.location, `"${r.id}" is not a trustlint rule id${guess ? ` (did you mean "${guess}"?)` : ''}, so it suppresses nothing; \`trustlint rules\` lists the ids.`, {
          problem: 'unknown-rule',
          rule: r.id,
        }),
      ];
    }
    if (isUsed(r.id)) return [];
    return [
      problem(r.location, `trustlint-ignore ${r.id} suppresses nothing: no ${r.id} finding starts on line ${d.appliesTo}. Remove the comment, or move it to the line above the finding.`, {
        problem: 'unused',
        rule: r.id,
      }),
    ];
  });
}

/**
 * `applySuppressions` with the directives of every YAML and HCL file read from its lines (the CLI's
 * path). Directives of a file with `reportUnused: false` (a Terraform module's companion file, read
 * only as context) still suppress, but are not reported.
 */
export function applyInlineIgnores(
  findings: readonly Finding[],
  files: readonly { file: string; text: string; reportUnused?: boolean }[],
): SuppressionResult {
  const directives = files.flatMap((f) => suppressionDirectives(f.file, f.text, lineComments(f.file, f.text)));
  const result = applySuppressions(findings, directives);
  const quiet = new Set(files.filter((f) => f.reportUnused === false).map((f) => f.file));
  if (quiet.size === 0) return result;
  return { ...result, problems: result.problems.filter((p) => !quiet.has(p.location?.file ?? '')) };
}
