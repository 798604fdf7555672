/**
 * Locates the first syntax error of a JSON text. `JSON.parse` in Node 20 does not always say where
 * ("Unexpected token '}', … is not valid JSON"), and a configuration error must name line:column.
 */
export interface JsonSyntaxProblem {
  offset: number;
  message: string;
}

export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.value();
    scanner.skipSpace();
    if (scanner.pos < text.length) scanner.fail('unexpected content after the JSON value');
    return undefined;
  } catch (err) {
    if (err instanceof SyntaxProblem) return { offset: err.offset, message: err.message };
    throw err;
  }
}

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

class Scanner {
  pos = 0;

  constructor(private readonly text: string) {}

  fail(message: string, offset = this.pos): never {
    throw new SyntaxProblem(message, offset);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\r\n'.includes(this.text[this.pos] ?? '')) this.pos++;
  }

  value(): void {
    const c = this.text[this.pos];
    if (c === undefined) this.fail('unexpected end of input');
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c >= '0' && c <= '9')) this.number();
    else if (!['true', 'false', 'null'].some((w) => this.literal(w))) this.fail(`unexpected character ${JSON.stringify(c)}`);
  }

  private literal(word: string): boolean {
    if (!this.text.startsWith(word, this.pos)) return false;
    this.pos += word.length;
    return true;
  }

  private object(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('expected a double-quoted property name');
      this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail("expected ':' after the property name");
      this.pos++;
      this.skipSpace();
      this.value();
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === '}') return;
      if (c !== ',') this.fail("expected ',' or '}'", this.pos - 1);
    }
  }

  private array(): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipSpace();
      this.value();
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === ']') return;
      if (c !== ',') this.fail("expected ',' or ']'", this.pos - 1);
    }
  }

  private string(): void {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos] ?? '';
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\') {
        const e = this.text[this.pos + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.fail('invalid \\u escape');
          this.pos += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') {
          this.pos += 2;
        } else {
          this.fail('invalid escape in a string');
        }
        continue;
      }
      if (c < ' ') this.fail('control character in a string');
      this.pos++;
    }
    this.fail('unterminated string', start);
  }

  private number(): void {
    const m = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos));
    if (!m) this.fail('invalid number');
    this.pos += m[0].length;
  }
}

/** 1-based line and column of an offset (CRLF, CR and LF end lines, as in the core). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
