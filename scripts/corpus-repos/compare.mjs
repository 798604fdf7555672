// Scoring of one whole repository of the corpus (corpus/README.md): the findings trustlint reported
// against the labelled `expected` and `mustNot` findings. Pure functions: no file or process access,
// so test/corpus-repos.test.ts can check every rule of the comparison on findings it writes itself.

/** Severities that make a reported finding count against agreement when no label admits it. */
const SCORED_SEVERITIES = new Set(['error', 'warning']);

/** Whether one labelled matcher (expected or must-not entry) describes one reported finding. */
export function matches(matcher, finding) {
  if (matcher.ruleId !== undefined && matcher.ruleId !== finding.ruleId) return false;
  if (matcher.file !== undefined) {
    const files = Array.isArray(matcher.file) ? matcher.file : [matcher.file];
    if (!files.includes(finding.file)) return false;
  }
  if (matcher.severity !== undefined) {
    const severities = Array.isArray(matcher.severity) ? matcher.severity : [matcher.severity];
    if (!severities.includes(finding.severity)) return false;
  }
  if (matcher.line !== undefined && matcher.line !== finding.line) return false;
  if (matcher.resource !== undefined && matcher.resource !== finding.resource) return false;
  return true;
}

/**
 * Compares the findings of one repository with its labels.
 * - every `expected` entry must match at least one finding (exactly `count` when given), unless it is
 *   `optional` (a verdict the labels leave open: it may be reported, it need not be);
 * - no finding may match a `mustNot` entry;
 * - every finding at error or warning must match some `expected` entry: the expected list is the
 *   whole truth at those severities, so a false positive nobody thought to guard against still counts.
 * Returns the differences; `agree` is true when there are none.
 */
export function compareRepository(entry, findings) {
  const missing = [];
  for (const expected of entry.expected ?? []) {
    if (expected.optional) continue;
    const found = findings.filter((f) => matches(expected, f)).length;
    const ok = expected.count === undefined ? found > 0 : found === expected.count;
    if (!ok) missing.push({ expected, found });
  }
  const forbidden = [];
  for (const mustNot of entry.mustNot ?? []) {
    for (const finding of findings) if (matches(mustNot, finding)) forbidden.push({ mustNot, finding });
  }
  // A finding already listed as a must-not hit is not listed again as unexpected.
  const hit = new Set(forbidden.map(({ finding }) => finding));
  const unexpected = findings.filter(
    (f) => SCORED_SEVERITIES.has(f.severity) && !hit.has(f) && !(entry.expected ?? []).some((e) => matches(e, f)),
  );
  return { agree: missing.length === 0 && forbidden.length === 0 && unexpected.length === 0, missing, forbidden, unexpected };
}

/** One line naming a matcher: rule, severity, file or files, line, resource. */
export function describeMatcher(matcher) {
  const files = matcher.file === undefined ? 'any file' : [matcher.file].flat().join(' or ');
  const severity = matcher.severity === undefined ? '' : `${[matcher.severity].flat().join('/')} `;
  const where = `${files}${matcher.line === undefined ? '' : `:${matcher.line}`}${matcher.resource === undefined ? '' : ` (${matcher.resource})`}`;
  return `${severity}${matcher.ruleId ?? 'any rule'} in ${where}`;
}

/** One line naming a reported finding. */
export function describeFinding(finding) {
  const resource = finding.resource ? ` (${finding.resource})` : '';
  return `${finding.severity} ${finding.ruleId} ${finding.file}:${finding.line}${resource}`;
}

/** The report lines of one compared repository: a verdict line, then one line per difference. */
export function formatComparison(label, result) {
  if (result.agree) return [`agree    ${label}`];
  const lines = [`DISAGREE ${label}`];
  for (const { expected, found } of result.missing) {
    const count = expected.count === undefined ? '' : ` (expected ${expected.count}, reported ${found})`;
    lines.push(`  missing    ${describeMatcher(expected)}${count}`);
  }
  for (const { finding } of result.forbidden) lines.push(`  must-not   ${describeFinding(finding)}`);
  for (const finding of result.unexpected) lines.push(`  unexpected ${describeFinding(finding)}`);
  return lines;
}
