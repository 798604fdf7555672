import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';
import { applyEdits } from '../../src/fix/edit.js';

const lines = (n: number, from = 1): string => Array.from({ length: n }, (_, i) => `l${i + from}\n`).join('');

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.json', 'x\n', 'x\n')).toBe('');
  });

  it('one changed line with three lines of context (as diff -u prints it)', () => {
    const before = lines(10);
    const after = before.replace('l5\n', 'L5\n');
    expect(unifiedDiff('a.json', before, after)).toBe(['--- a/a.json', '+++ b/a.json', '@@ -2,7 +2,7 @@', ' l2', ' l3', ' l4', '-l5', '+L5', ' l6', ' l7', ' l8', ''].join('\n'));
  });

  it('changes more than six lines apart are two hunks; closer ones share one', () => {
    const before = lines(30);
    const apart = before.replace('l3\n', 'X\n').replace('l20\n', 'Y\nZ\n');
    expect(unifiedDiff('f', before, apart).split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,6 +1,6 @@', '@@ -17,7 +17,8 @@']);
    const close = before.replace('l3\n', 'X\n').replace('l9\n', 'Y\n');
    expect(unifiedDiff('f', before, close).split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -1,12 +1,12 @@']);
  });

  it('insertions and removals at the edges; removals before additions', () => {
    expect(unifiedDiff('f', 'a\nb\n', 'new\na\nb\n')).toBe('--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n+new\n a\n b\n');
    expect(unifiedDiff('f', 'a\nb\nc\n', 'a\n')).toBe('--- a/f\n+++ b/f\n@@ -1,3 +1 @@\n a\n-b\n-c\n');
    expect(unifiedDiff('f', 'a\nb\nc\n', 'a\nB\nC\nc\n')).toBe('--- a/f\n+++ b/f\n@@ -1,3 +1,4 @@\n a\n-b\n+B\n+C\n c\n');
  });

  it('shows CRLF lines without the carriage return', () => {
    expect(unifiedDiff('f', 'a\r\nb\r\n', 'a\r\nc\r\n')).toBe('--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n');
  });
});

describe('applyEdits', () => {
  it('applies edits in offset order and refuses overlaps', () => {
    expect(applyEdits('abcdef', [{ file: 'f', start: 4, end: 5, text: 'E' }, { file: 'f', start: 0, end: 1, text: 'A' }, { file: 'f', start: 2, end: 2, text: '+' }])).toBe('Ab+cdEf');
    expect(() => applyEdits('abcdef', [{ file: 'f', start: 0, end: 3, text: '' }, { file: 'f', start: 2, end: 4, text: '' }])).toThrow(/overlapping/);
  });
});
