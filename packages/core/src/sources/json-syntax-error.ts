import { parse as parseMomoa } from '@humanwhocodes/momoa';
import { DEFAULT_LIMITS, limitMessage } from '../budget.js';
import { jsonDepthExceededAt } from '../limits.js';

/** A JSON syntax error: where it is (0-based offset into the text) and what is wrong. */
export interface JsonSyntaxProblem {
  offset: number;
  message: string;
}

/** momoa names tokens by type ("Unexpected token RBrace found."): the characters read better. */
const TOKEN_TEXT: Readonly<Record<string, string>> = {
  LBrace: "'{'",
  RBrace: "'}'",
  LBracket: "'['",
  RBracket: "']'",
  Colon: "':'",
  Comma: "','",
  String: 'string',
  Number: 'number',
  Boolean: 'boolean',
  Null: 'null',
};

/**
 * What momoa threw, as a message without its own "(line:column)" suffix and a 0-based offset. Every
 * JSON reader of the project (policies, CloudFormation, Terraform JSON, the configuration file) says
 * syntax errors this one way.
 */
export function describeJsonSyntaxError(err: unknown, text: string): JsonSyntaxProblem {
  const e = err as { message?: unknown; offset?: unknown };
  // momoa 3.3 throws a TypeError on an input of only whitespace instead of a syntax error.
  if (text.trim() === '') return { offset: text.length, message: 'unexpected end of input: the file holds no JSON value' };
  const raw = typeof e.message === 'string' ? e.message : 'invalid JSON';
  const message = raw
    .replace(/\s*\(\d+:\d+\)\s*$/, '')
    .replace(/^Unexpected token (\w+) found\.?$/, (whole, token: string) => (TOKEN_TEXT[token] ? `unexpected ${TOKEN_TEXT[token]}` : whole))
    .replace(/ found\.$/, '')
    .replace(/^Unexpected/, 'unexpected');
  const offset = typeof e.offset === 'number' ? Math.min(Math.max(e.offset, 0), text.length) : 0;
  // momoa blames the last token of a truncated text ("unexpected ':'" for `{ "a": `): say what is
  // wrong, at the same place (the ESLint JSON language reports momoa's position too).
  if (message.startsWith('unexpected ') && !message.startsWith('unexpected end of input') && endsAtLastToken(text, offset)) {
    return { offset, message: `unexpected end of input after ${message.slice('unexpected '.length)}` };
  }
  return { offset, message };
}

/**
 * Whether the text fails only because it stops early: it is a prefix of some JSON text. Then with a
 * value appended the first error moves past the original end (an extra `}` still fails where it was).
 */
function endsAtLastToken(text: string, offset: number): boolean {
  if (text.slice(offset).trim() === '') return true;
  try {
    parseMomoa(`${text} null`, { mode: 'json' });
    return true;
  } catch (err) {
    const at = (err as { offset?: unknown }).offset;
    return typeof at === 'number' && at >= text.length;
  }
}

/** The first syntax error of a JSON text (momoa's position), or undefined when it parses. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  // momoa recurses per nesting level: hostile nesting is reported before it runs.
  const deep = jsonDepthExceededAt(text);
  if (deep >= 0) return { offset: deep, message: limitMessage('depth', DEFAULT_LIMITS.depth) };
  try {
    parseMomoa(text, { mode: 'json' });
    return undefined;
  } catch (err) {
    return describeJsonSyntaxError(err, text);
  }
}
