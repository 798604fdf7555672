import { describe, expect, it } from 'vitest';
import { escapeControlCharacters, showControlCharacters } from '../../src/output/control-characters.js';
import { sanitizeOutput, sanitizeSource, sanitizeText, sanitizeValue } from '../../src/output/sanitize.js';

const ESC = String.fromCharCode(27);
const ID = ['ASIA', 'Z7Q2LMXW3RTYUP4K'].join('');
const MASKED_ID = '****************UP4K';
/** C0 (NUL, BEL, BS, CR, ESC), DEL, C1 (NEL, CSI), line separator, right-to-left override. */
const CONTROLS = ['\u0000', '\u0007', '\b', '\r', ESC, '\u007f', '\u0085', '\u009b', '\u2028', '\u202e'];

describe('control characters', () => {
  it('escapes each control character of a value as \\uXXXX, line breaks and tabs included', () => {
    expect(escapeControlCharacters(`a${ESC}[31mb\nc\td\u009b2Je\u2028f\u202eg`)).toBe('a\\u001b[31mb\\u000ac\\u0009d\\u009b2Je\\u2028f\\u202eg');
    for (const c of CONTROLS) expect(escapeControlCharacters(`x${c}y`)).toMatch(/^x\\u[0-9a-f]{4}y$/);
    expect(escapeControlCharacters('plain ü ✓ text')).toBe('plain ü ✓ text');
  });

  it('shows control characters of source text as one character each, keeping lines and tabs', () => {
    const source = `a${ESC}[2J\tb\u007f\u009b\nc\r\nd`;
    const shown = showControlCharacters(source);
    expect(shown).toBe('a\u241b[2J\tb\u2421\ufffd\nc\r\nd');
    expect(shown).toHaveLength(source.length);
  });
});

describe('sanitizeText and sanitizeValue', () => {
  it('masks credentials in every mode and escapes control characters only for terminals', () => {
    expect(sanitizeText(`key ${ID}${ESC}]0;title\u0007`)).toBe(`key ${MASKED_ID}\\u001b]0;title\\u0007`);
    expect(sanitizeText(`key ${ID}${ESC}`, 'data')).toBe(`key ${MASKED_ID}${ESC}`);
  });

  it('sanitises every string of a value, keys included, and keeps numbers and structure', () => {
    const finding = {
      message: `Sid ${ID}`,
      location: { file: `${ID}.json`, span: { start: { line: 1, column: 2, offset: 2 } } },
      witness: { [ID]: `repo:${ID}/x` },
      related: [{ message: `from ${ID}\n` }],
      path: ['Statement', 0, 'Sid'],
    };
    expect(sanitizeValue(finding, 'terminal')).toEqual({
      message: `Sid ${MASKED_ID}`,
      location: { file: `${MASKED_ID}.json`, span: { start: { line: 1, column: 2, offset: 2 } } },
      witness: { [MASKED_ID]: `repo:${MASKED_ID}/x` },
      related: [{ message: `from ${MASKED_ID}\\u000a` }],
      path: ['Statement', 0, 'Sid'],
    });
    expect(finding.message).toBe(`Sid ${ID}`);
  });

  it('prints a value nested deeper than any finding as sanitised JSON text instead of recursing on', () => {
    let deep: unknown = ID;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(JSON.stringify(sanitizeValue(deep, 'data'))).not.toContain(ID);
  });

  it('keeps a source text the same length, so code frames stay aligned', () => {
    const source = `{"Sid":"${ID}","x":"${ESC}[8m"}`;
    const safe = sanitizeSource(source, 'terminal');
    expect(safe).toBe(`{"Sid":"${MASKED_ID}","x":"\u241b[8m"}`);
    expect(safe).toHaveLength(source.length);
    expect(sanitizeSource(source, 'data')).toBe(`{"Sid":"${MASKED_ID}","x":"${ESC}[8m"}`);
  });
});

describe('sanitizeOutput (the last step before a stream)', () => {
  it('keeps colours, line feeds, tabs and a leading progress reset; escapes every other control character', () => {
    const red = `${ESC}[31m`;
    const reset = `${ESC}[39m`;
    expect(sanitizeOutput(`${red}error${reset}\tx\n`)).toBe(`${red}error${reset}\tx\n`);
    expect(sanitizeOutput(`\r${ESC}[Kscanning 1/2`)).toBe(`\r${ESC}[Kscanning 1/2`);
    expect(sanitizeOutput(`a\r${ESC}[Kb ${ESC}]8;;http://x${ESC}\\ ${ESC}[2J \u009b1m \u2028`)).toBe('a\\u000d\\u001b[Kb \\u001b]8;;http://x\\u001b\\ \\u001b[2J \\u009b1m \\u2028');
  });

  it('masks credentials between colour codes, and in JSON text keeps it valid JSON', () => {
    expect(sanitizeOutput(`${ESC}[1m${ID}${ESC}[22m`)).toBe(`${ESC}[1m${MASKED_ID}${ESC}[22m`);
    const json = `${JSON.stringify({ a: `${ID}\u2028\u0085`, b: `\n${ID}` }, null, 2)}\n`;
    const out = sanitizeOutput(json);
    expect(JSON.parse(out)).toEqual({ a: `${MASKED_ID}\u2028\u0085`, b: `\n${MASKED_ID}` });
    expect(out).not.toContain('\u2028');
  });
});
