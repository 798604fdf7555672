import type { createHash as CreateHash } from 'node:crypto';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { parseYamlDocument } from './limits.js';
import type { Finding } from './model/finding.js';

/** node:crypto on first use (start-up, issue 19): a run without findings does not load it. */
const createHash: typeof CreateHash = (...args) => process.getBuiltinModule('node:crypto').createHash(...args);

/**
 * A finding's identity, stable across runs: GitHub code scanning matches alerts between analyses by
 * `partialFingerprints`, and a baseline needs the same. It is computed from what the finding is about —
 * the rule, the file, the resource, and where in the document: the policy path (the same for every
 * source format), else the YAML key path of the location (workflow jobs, steps and inputs by key and
 * step index), else the masked secret — never from the message, the severity or the line number, so
 * that rewording, configuration (`owners`, severities) and edits above the finding leave it unchanged.
 * Findings that share all of that are told apart by their order in the file.
 */
export interface FingerprintOptions {
  /** The name of the file in the fingerprint (default: the location's path); e.g. relative to the git root. */
  fileKey?: (file: string) => string;
  /** File texts by the locations' paths, for YAML key paths; without a text the location adds nothing. */
  texts?: ReadonlyMap<string, string>;
}

/** Version of the recipe: part of the hash, so a change of recipe never matches old fingerprints. */
const RECIPE = 'trustlint-fingerprint/1';

/** One fingerprint per finding, in the order given (findings in report order: file, line, column). */
export function findingFingerprints(findings: readonly Finding[], options: FingerprintOptions = {}): string[] {
  const anchors = new AnchorFinder(options.texts);
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const file = f.location ? (options.fileKey?.(f.location.file) ?? f.location.file) : '';
    const key = [RECIPE, f.ruleId, file, f.resource ?? '', anchors.anchorOf(f)].join('\0');
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash('sha256').update(`${key}\0${ordinal}`).digest('hex').slice(0, 32);
  });
}

/** The fingerprint of one finding on its own (no other finding of the file shares its anchor). */
export function findingFingerprint(finding: Finding, options: FingerprintOptions = {}): string {
  return findingFingerprints([finding], options)[0] ?? '';
}

class AnchorFinder {
  private readonly yamlRoots = new Map<string, Node | null>();

  constructor(private readonly texts: ReadonlyMap<string, string> | undefined) {}

  anchorOf(f: Finding): string {
    if (f.path) return `policy:${JSON.stringify(f.path)}`;
    const location = f.location;
    if (location && /\.ya?ml$/.test(location.file)) {
      const root = this.yamlRoot(location.file);
      if (root) return `yaml:${JSON.stringify(yamlPathAt(root, location.span.start.offset))}`;
    }
    const masked = f.properties?.masked;
    if (typeof masked === 'string') return `secret:${masked}`;
    return '';
  }

  private yamlRoot(file: string): Node | null {
    const cached = this.yamlRoots.get(file);
    if (cached !== undefined) return cached;
    const text = this.texts?.get(file);
    let root: Node | null = null;
    if (text !== undefined) {
      // The file was analysed within the limits already; a limit crossed here leaves no anchor.
      const doc = parseYamlDocument(text, { uniqueKeys: false, strict: false, prettyErrors: false });
      root = doc instanceof Error ? null : (doc.contents ?? null);
    }
    this.yamlRoots.set(file, root);
    return root;
  }
}

/** Keys and sequence indexes from the root to the deepest node at `offset` (aliases are not followed). */
export function yamlPathAt(root: Node, offset: number): (string | number)[] {
  const path: (string | number)[] = [];
  let node: unknown = root;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (contains(p.key, offset) || contains(p.value, offset)));
      if (!pair) return path;
      path.push(isScalar(pair.key) ? String(pair.key.value) : '?');
      if (contains(pair.key, offset)) return path;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index < 0) return path;
      path.push(index);
      node = node.items[index];
    } else return path;
  }
}

function contains(node: unknown, offset: number): boolean {
  const range = (node as { range?: readonly number[] } | null)?.range;
  return range !== undefined && (range[0] ?? 0) <= offset && offset < (range[2] ?? range[1] ?? 0);
}
