import { describe, expect, it } from 'vitest';
import { pathAtPosition, pathKey, renderPolicy } from '../../src/aws/render.js';
import { toJson, type PolicyNode } from '../../src/model/policy.js';
import { parseJsonTree } from '../../src/sources/json-tree.js';

const SAMPLES: Record<string, string> = {
  compact: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com"},"Action":["sts:AssumeRoleWithWebIdentity"],"Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":["repo:acme/app:*","repo:acme/lib:*"]}}}]}',
  nonAscii: '{\r\n\t"Statement": [{"Sid": "Zugriff für 🚀 Ünïcødé", "Effect": "Allow", "Principal": "*", "Action": "sts:*", "Condition": {"StringEquals": {"aws:PrincipalTag/Größe🚀": "groß"}}}]\r\n}',
  emptyContainers: '{"Statement": [], "Condition": {}, "n": 1.50, "b": true, "z": null}',
  duplicateKeys: '{"Statement": {"Effect": "Deny", "Effect": "Allow", "Action": "x"}, "Version": "2012-10-17", "Statement": {"Effect": "Allow"}}',
  integerKeys: '{"b": 1, "10": 2, "a": {"2": "x", "1": "y"}}',
  escapes: '{"Sid": "quote \\" backslash \\\\ newline \\n tab \\t \\u00e9", "Statement": [[[]], [{}]]}',
};

function tree(text: string): PolicyNode {
  return parseJsonTree(text);
}

describe('renderPolicy', () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`renders ${name} exactly as JSON.stringify(toJson(root), null, 2)`, () => {
      const root = tree(text);
      const rendered = renderPolicy(root);
      expect(rendered.text).toBe(JSON.stringify(toJson(root), null, 2));
    });

    it(`records a range for every path of ${name} that matches the text`, () => {
      const rendered = renderPolicy(tree(text));
      const lines = rendered.text.split('\n');
      for (const e of rendered.entries) {
        const { start, end } = e.value;
        const slice =
          start.line === end.line
            ? (lines[start.line - 1] ?? '').slice(start.column, end.column)
            : [(lines[start.line - 1] ?? '').slice(start.column), ...lines.slice(start.line, end.line - 1), (lines[end.line - 1] ?? '').slice(0, end.column)].join('\n');
        const value = e.path.reduce<unknown>((v, seg) => (v as Record<string | number, unknown>)[seg], JSON.parse(rendered.text));
        expect(JSON.parse(slice)).toEqual(value);
        if (e.key) {
          const keyText = (lines[e.key.start.line - 1] ?? '').slice(e.key.start.column, e.key.end.column);
          expect(JSON.parse(keyText)).toBe(e.path.at(-1));
        }
      }
    });
  }

  it('keeps the last of duplicate keys, where JSON.stringify puts the first', () => {
    const rendered = renderPolicy(tree(SAMPLES.duplicateKeys!));
    expect(JSON.parse(rendered.text)).toEqual({ Statement: { Effect: 'Allow' }, Version: '2012-10-17' });
    expect(rendered.byPath.has(pathKey(['Statement', 'Action']))).toBe(false);
  });
});

describe('pathAtPosition', () => {
  it('finds the entry on each line: key at the indentation, value after it', () => {
    const rendered = renderPolicy(tree(SAMPLES.compact!));
    for (const e of rendered.entries) {
      if (e.key) expect(pathAtPosition(rendered, e.key.start)).toEqual({ path: e.path, at: 'key' });
      const at = pathAtPosition(rendered, e.value.start);
      expect(at?.path).toEqual(e.path);
    }
  });

  it('maps a closing bracket line to the innermost value spanning it', () => {
    const rendered = renderPolicy(tree(SAMPLES.compact!));
    const lines = rendered.text.split('\n');
    const closing = lines.findIndex((l) => l.trim() === ']' && l.startsWith('          ')) + 1;
    expect(pathAtPosition(rendered, { line: closing, column: 10 })?.path).toEqual([
      'Statement',
      0,
      'Condition',
      'StringLike',
      'token.actions.githubusercontent.com:sub',
    ]);
    expect(pathAtPosition(rendered, { line: lines.length, column: 0 })).toEqual({ path: [], at: 'value' });
  });

  it('does not depend on the column unit when a key holds non-ASCII text', () => {
    const rendered = renderPolicy(tree(SAMPLES.nonAscii!));
    const entry = rendered.byPath.get(pathKey(['Statement', 0, 'Condition', 'StringEquals', 'aws:PrincipalTag/Größe🚀']))!;
    const line = rendered.text.split('\n')[entry.value.start.line - 1]!;
    const before = line.slice(0, entry.value.start.column);
    const units = {
      utf16: before.length,
      codePoints: Array.from(before).length,
      utf8Bytes: Buffer.byteLength(before, 'utf8'),
    };
    expect(new Set(Object.values(units)).size).toBe(3); // 🚀: two UTF-16 units, one code point, four bytes
    for (const column of Object.values(units)) {
      expect(pathAtPosition(rendered, { line: entry.value.start.line, column })).toEqual({ path: entry.path, at: 'value' });
    }
  });
});
