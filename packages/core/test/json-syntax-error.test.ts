import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../src/sources/json-syntax-error.js';

/** momoa's positions, in words that name the character rather than momoa's token type. */
describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a": 1,}', 8, "unexpected '}'"],
    ['{"a" 1}', 5, 'unexpected number'],
    ['{"a": tru}', 6, "unexpected identifier 'tru'"],
    ['[1 2]', 3, 'unexpected number'],
    ['{"a": "x', 8, 'unexpected end of input'],
    ['', 0, 'unexpected end of input: the file holds no JSON value'],
    ['  \n', 3, 'unexpected end of input: the file holds no JSON value'],
    ['{} x', 3, "unexpected character 'x'"],
    ['{"a": "\\q"}', 7, "unexpected character 'q'"],
  ])('locates the error in %j', (text, offset, message) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, message });
  });

  it('accepts valid JSON', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"], "b": {}}')).toBeUndefined();
  });

  it('reports nesting past the depth cap before the recursive parser runs', () => {
    const text = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(findJsonSyntaxError(text)).toEqual({ offset: 200, message: 'nesting deeper than 200 levels (the depth cap)' });
  });
});
