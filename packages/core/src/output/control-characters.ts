// Own list: no maintained package names the C1, bidirectional and separator characters together.
/**
 * Characters a terminal or log viewer acts on instead of showing: C0 controls (ESC starts colour,
 * cursor, title and hyperlink sequences; CR overwrites a line), DEL, C1 controls (U+009B is a
 * one-byte CSI), the line and paragraph separators, and the bidirectional controls that reorder
 * what is shown ("Trojan Source").
 */
export function isControlCharacter(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Each control character replaced, the rest kept (no regular expression: these are its point). */
function replaceControls(text: string, replace: (c: string, code: number) => string): string {
  let out = '';
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isControlCharacter(code)) continue;
    const replacement = replace(text.charAt(i), code);
    if (replacement === text.charAt(i)) continue;
    out += text.slice(at, i) + replacement;
    at = i + 1;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** `\u001b`: unambiguous, and a valid escape inside a JSON string too, so one form fits every output. */
function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Every control character of a value (a file name, a Sid, a message) as `\uXXXX`, line breaks and tabs included. */
export function escapeControlCharacters(text: string): string {
  return replaceControls(text, (_, code) => unicodeEscape(code));
}

/** Control characters except tab and line feed as `\uXXXX`: for whole output text whose layout is ours. */
export function escapeControlCharactersInText(text: string): string {
  return replaceControls(text, (c, code) => (c === '\t' || c === '\n' ? c : unicodeEscape(code)));
}

/**
 * Source text for code frames: each control character becomes one visible character (C0 its
 * Control Pictures symbol, DEL `␡`, the others `�`), so columns and carets stay aligned. Tab, line
 * feed and carriage return are kept: the frame lays out lines and tabs itself.
 */
export function showControlCharacters(text: string): string {
  return replaceControls(text, (c, code) => {
    if (c === '\t' || c === '\n' || c === '\r') return c;
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}
