import { EvaluationBudget, LimitError } from '../../budget.js';
import { textSegment, type LocatedJson, type LocatedString, type Segment, type UnresolvedSegment } from '../../model/located.js';
import { hasMarker, markersIn, unresolvedMarker } from '../../model/policy.js';
import { parseJsonNodes } from './parse-json.js';
import type { Range, TNode } from './tree.js';

/**
 * JSON written inside a string (a CloudFormation `AssumeRolePolicyDocument: '{…}'` or `!Sub` JSON
 * text, a Terraform plan's `assume_role_policy`): parsed with every value mapped back through the
 * string's escapes to file offsets. Unresolved parts are carried through the parse as private-use
 * markers; one standing outside a JSON string (`"Version": ${V}`) is quoted so the text still parses.
 */

interface Assembled {
  text: string;
  starts: number[];
  ends: number[];
  parts: UnresolvedSegment[];
}

/** The string's text with per-character file offsets; unresolved parts as local markers. */
function assemble(segments: readonly Segment[]): Assembled {
  const out: Assembled = { text: '', starts: [], ends: [], parts: [] };
  let inString = false;
  let escaped = false;
  const push = (c: string, s: number, e: number): void => {
    out.text += c;
    out.starts.push(s);
    out.ends.push(e);
  };
  for (const seg of segments) {
    if (seg.kind === 'unresolved') {
      const marker = unresolvedMarker(out.parts.length);
      out.parts.push(seg);
      const quote = !inString;
      if (quote) push('"', seg.range[0], seg.range[1]);
      for (const c of marker) push(c, seg.range[0], seg.range[1]);
      if (quote) push('"', seg.range[0], seg.range[1]);
      continue;
    }
    for (let i = 0; i < seg.text.length; i++) {
      const c = seg.text[i]!;
      push(c, seg.origins?.starts[i] ?? seg.range[0], seg.origins?.ends[i] ?? seg.range[1]);
      if (escaped) escaped = false;
      else if (inString && c === '\\') escaped = true;
      else if (c === '"') inString = !inString;
    }
  }
  return out;
}

/** The value, or a syntax error at an offset into the file. */
export type EmbeddedResult = { value: LocatedJson } | { error: string; offset: number };

/**
 * Parses a string value as JSON; ranges and unresolved parts map back into the file. A crossed cap
 * throws the budget's LimitError, located in the file.
 */
export function parseEmbeddedJson(source: LocatedString, budget = new EvaluationBudget()): EmbeddedResult {
  const a = assemble(source.segments);
  const parsed = parseJsonNodes(a.text, budget);
  const fileOffset = (at: number): number => a.starts[at] ?? a.ends.at(-1) ?? source.range[0];
  if ('limit' in parsed) {
    const { limit, cap, message, at } = parsed.limit;
    throw new LimitError(limit, cap, message, { offset: fileOffset(at.offset) });
  }
  if ('error' in parsed) return { error: parsed.error.message, offset: fileOffset(parsed.error.offset) };
  const mapRange = (r: Range): Range => {
    const start = a.starts[r[0]] ?? source.range[0];
    const end = r[1] > r[0] ? (a.ends[r[1] - 1] ?? start) : start;
    return [start, Math.max(start, end)];
  };

  const splitMarkers = (value: string, origin: (from: number, to: number) => { starts: number[]; ends: number[] } | null, whole: Range): Segment[] => {
    const segments: Segment[] = [];
    let cursor = 0;
    const text = (from: number, to: number): void => {
      if (to <= from) return;
      const o = origin(from, to);
      const range: Range = o && o.starts.length > 0 ? [o.starts[0]!, o.ends.at(-1)!] : whole;
      segments.push(textSegment(value.slice(from, to), range, o));
    };
    for (const m of markersIn(value)) {
      const part = a.parts[m.id];
      if (!part) continue;
      text(cursor, m.start);
      segments.push(part);
      cursor = m.end;
    }
    text(cursor, value.length);
    return segments.length > 0 ? segments : [textSegment('', whole)];
  };

  const convert = (node: TNode): LocatedJson => {
    const range = mapRange(node.range);
    switch (node.kind) {
      case 'map':
        return {
          kind: 'object',
          range,
          members: node.entries.map((e) => {
            const keyRange = mapRange(e.keyRange);
            const keyMarked = hasMarker(e.key);
            return {
              key: e.key,
              keyRange,
              ...(keyMarked ? { keySegments: splitMarkers(e.key, () => null, keyRange) } : {}),
              value: convert(e.value),
            };
          }),
        };
      case 'seq':
        return { kind: 'list', range, items: node.items.map(convert) };
      case 'string': {
        const o = node.origins;
        const origin = o
          ? (from: number, to: number) => ({
              starts: o.starts.slice(from, to).map((s) => a.starts[s] ?? range[0]),
              ends: o.ends.slice(from, to).map((e) => a.ends[e - 1] ?? range[1]),
            })
          : () => null;
        return { kind: 'string', range, segments: splitMarkers(node.value, origin, range) };
      }
      default:
        return { kind: node.kind, value: node.value, text: node.text, range };
    }
  };
  return { value: convert(parsed.root) };
}
