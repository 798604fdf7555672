import { nodeAt, SCOPE_ORDER, type Finding, type MechanicalFix, type PolicyNode, type PolicyObject, type PolicyPath, type Span, type TrustPolicyDocument } from '@trustlint/core';
import { isCdkFile } from './cdk.js';
import type { FileAnalysis } from './analysis.js';

/** One text replacement of the linted file. */
export interface TextChange {
  range: [number, number];
  text: string;
}

/** One edit (of one or more replacements) offered as an ESLint suggestion. */
export interface Suggestion {
  messageId: 'addAudience' | 'useStringLike' | 'pinBranch' | 'moveIdToken' | 'removeStaticKeys';
  data: Record<string, string>;
  edits: TextChange[];
}

/** Rules that may offer suggestions (their ESLint meta says `hasSuggestions`). */
export const SUGGESTING_RULES: ReadonlySet<string> = new Set(['oidc-audience', 'oidc-stringequals-wildcard', 'oidc-any-context', 'workflow-id-token-scope', 'workflow-static-aws-keys']);

/** The rules whose edit is the core's `check --fix` edit, and the message each suggestion carries. */
const CORE_FIXED: Readonly<Record<string, Suggestion['messageId']>> = {
  'oidc-audience': 'addAudience',
  'oidc-stringequals-wildcard': 'useStringLike',
  'workflow-id-token-scope': 'moveIdToken',
  'workflow-static-aws-keys': 'removeStaticKeys',
};

/**
 * Suggestions, never autofixes: none of these edits is safe whatever the rest of the project is.
 * An added audience locks out jobs that request another one; StringLike makes a pattern live; moving
 * `id-token: write` or dropping static keys changes how a job authenticates. Only a person, who
 * knows the workflows and roles this one file does not show, can accept them.
 *
 * In JSON and YAML files the edits are the core's mechanical fixes (`trustlint check --fix`, the same
 * engine and the same bytes), each proven on the core's re-analysis of the edited file. Code (CDK) is
 * not edited by the core engine yet: there, the audience and StringLike edits are made on the object
 * literal's spans here, with the same re-analysis check. Pinning `repo:o/r:*` to the configured
 * deploy branch has no `check --fix` counterpart (it narrows to one branch, a choice of the user's
 * settings) and is made here for every kind of file.
 */
export function suggestionsFor(f: Finding, analysis: FileAnalysis): Suggestion[] {
  const messageId = CORE_FIXED[f.ruleId];
  if (messageId && !isCdkFile(analysis.file)) return coreSuggestions(f, messageId, analysis);
  const found = documentFor(f, analysis.documents);
  if (!found) return [];
  switch (f.ruleId) {
    case 'oidc-audience':
      return optional(addAudience(f, found, analysis));
    case 'oidc-stringequals-wildcard':
      return optional(useStringLike(f, found, analysis));
    case 'oidc-any-context':
      return optional(pinBranch(f, analysis));
    default:
      return [];
  }
}

const optional = (s: Suggestion | undefined): Suggestion[] => (s ? [s] : []);

/** The core's proven fixes that remove this finding: same rule and file, and the same role or place. */
function coreSuggestions(f: Finding, messageId: Suggestion['messageId'], analysis: FileAnalysis): Suggestion[] {
  const at = f.location?.file === analysis.file ? f.location.span.start.offset : undefined;
  // The core adds an audience only where none is required at all (not for a wrong or wildcard one).
  if (f.ruleId === 'oidc-audience' && !f.message.startsWith('no condition on')) return [];
  const matches = (fix: MechanicalFix): boolean => {
    if (fix.status !== 'fixed' || fix.ruleId !== f.ruleId || fix.file !== analysis.file || !fix.edits?.length) return false;
    if (f.ruleId.startsWith('oidc-')) return fix.resource === f.resource;
    // A workflow fix covers the finding its edits start from (the key inputs, the id-token line).
    if (at === undefined) return false;
    const own = fix.edits.filter((e) => e.file === analysis.file);
    return own.some((e) => e.start <= at && at < Math.max(e.end, e.start + 1));
  };
  return analysis
    .mechanicalFixes()
    .filter(matches)
    .map((fix) => ({
      messageId,
      data: fix.data ?? {},
      edits: (fix.edits ?? []).map((e) => ({ range: [e.start, e.end] as [number, number], text: e.text })),
    }));
}

interface Located {
  doc: TrustPolicyDocument;
  path: PolicyPath;
}

function documentFor(f: Finding, documents: FileAnalysis['documents']): Located | undefined {
  const path = f.path;
  if (!path) return undefined;
  for (const doc of documents) {
    if (doc.kind !== 'trust-policy' || doc.resource !== f.resource) continue;
    if (nodeAt(doc.root, path)) return { doc, path };
  }
  return undefined;
}

/** The text of a span, when it is exactly an object literal (`{…}`) in the file. */
function objectText(node: PolicyNode | undefined, text: string): node is PolicyObject {
  if (node?.type !== 'object') return false;
  const src = text.slice(node.span.start.offset, node.span.end.offset);
  return src.startsWith('{') && src.endsWith('}');
}

function addAudience(f: Finding, { doc, path }: Located, analysis: FileAnalysis): Suggestion | undefined {
  const provider = f.properties?.provider;
  const last = path.at(-1);
  // The missing-aud finding points at the statement's Condition (or at the statement without one).
  if (typeof provider !== 'string' || !(last === 'Condition' || path.length === 2)) return undefined;
  const audience = analysis.settings.config.audiences?.[0] ?? 'sts.amazonaws.com';
  const { text } = analysis;
  const q = quoteFor(analysis);
  const json = q === '"' && /\.json$/i.test(analysis.file);
  // In code, identifier-like keys stay unquoted, as people write `StringEquals: {…}`.
  const name = (k: string): string => (!json && /^[A-Za-z_$][\w$]*$/.test(k) ? k : `${q}${k}${q}`);
  const key = `${provider}:aud`;
  const entry = `${name(key)}: ${q}${audience}${q}`;
  const node = nodeAt(doc.root, path);
  if (!objectText(node, text)) return undefined;
  const data = { key, audience };
  if (last !== 'Condition') return insertMember(node, `${name('Condition')}: { ${name('StringEquals')}: { ${entry} } }`, text, data);
  const equals = node.members.findLast((m) => m.key === 'StringEquals')?.value;
  if (equals) return objectText(equals, text) ? insertMember(equals, entry, text, data) : undefined;
  return insertMember(node, `${name('StringEquals')}: { ${entry} }`, text, data);
}

/** Inserts `member` as the first member of an object literal, matching the layout of the next one. */
function insertMember(obj: PolicyObject, member: string, text: string, data: Record<string, string>): Suggestion {
  const open = obj.span.start.offset;
  const first = obj.members[0];
  if (!first) return { messageId: 'addAudience', data, edits: [{ range: [open, obj.span.end.offset], text: `{ ${member} }` }] };
  const at = first.keySpan.start.offset;
  const between = text.slice(open + 1, at);
  const separator = between.includes('\n') ? `\n${between.slice(between.lastIndexOf('\n') + 1)}` : ' ';
  return { messageId: 'addAudience', data, edits: [{ range: [at, at], text: `${member},${separator}` }] };
}

function useStringLike(f: Finding, { doc, path }: Located, analysis: FileAnalysis): Suggestion | undefined {
  if (path[2] !== 'Condition' || path[3] !== 'StringEquals' || !analysis.reanalyze) return undefined;
  const condition = nodeAt(doc.root, path.slice(0, 3));
  if (condition?.type !== 'object' || condition.members.some((m) => m.key === 'StringLike')) return undefined;
  const operator = condition.members.findLast((m) => m.key === 'StringEquals');
  if (!operator) return undefined;
  const keyText = sliceSpan(analysis.text, operator.keySpan);
  const at = keyText.indexOf('StringEquals');
  if (at < 0) return undefined;
  const start = operator.keySpan.start.offset + at;
  const range: [number, number] = [start, start + 'StringEquals'.length];
  const edited = analysis.text.slice(0, range[0]) + 'StringLike' + analysis.text.slice(range[1]);
  // Blocked when the wildcard, now live, admits an outsider (any scope finding) or a wildcard audience
  // that was not reported before.
  const statement = path.slice(0, 2);
  const onStatement = (g: Finding): boolean =>
    g.severity !== 'info' && g.resource === f.resource && (g.path === undefined || statement.every((seg, i) => g.path?.[i] === seg));
  const scope: readonly string[] = SCOPE_ORDER;
  const audienceBefore = analysis.findings.some((g) => g.ruleId === 'oidc-audience' && onStatement(g));
  const worse = analysis
    .reanalyze(edited)
    .some((g) => onStatement(g) && (scope.includes(g.ruleId) || (g.ruleId === 'oidc-audience' && !audienceBefore)));
  return worse ? undefined : { messageId: 'useStringLike', data: {}, edits: [{ range, text: 'StringLike' }] };
}

/** `…:*"` at the end of the reported string literal → `…:ref:refs/heads/<branch>"`. */
function pinBranch(f: Finding, analysis: FileAnalysis): Suggestion | undefined {
  const branch = analysis.settings.config.deployBranch;
  const span = f.location?.span;
  if (!branch || !span || /["'`\\$\s]/.test(branch)) return undefined;
  const src = sliceSpan(analysis.text, span);
  const match = /^(["'`]?)[^\n]*:(\*)\1$/.exec(src);
  if (!match) return undefined;
  const star = span.start.offset + src.length - 1 - (match[1]?.length ?? 0);
  const replacement = `ref:refs/heads/${branch}`;
  return { messageId: 'pinBranch', data: { branch }, edits: [{ range: [star, star + 1], text: replacement }] };
}

function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start.offset, span.end.offset);
}

/** JSON needs double quotes; in code, follow the file's first string literal. */
function quoteFor(analysis: FileAnalysis): string {
  if (/\.json$/i.test(analysis.file)) return '"';
  const first = /["']/.exec(analysis.text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ''));
  return first?.[0] ?? "'";
}
