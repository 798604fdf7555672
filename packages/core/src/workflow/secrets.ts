/**
 * Literal AWS keys in any text (spec/rules.md `secret-aws-access-key`): access key ids (`AKIA`, `ABIA`,
 * `ACCA`, `A3T` + one character, then 16 of `[A-Z2-7]`) and 40-character secret keys assigned to a
 * secret-key name. Only masked values ever leave this module.
 */

export interface KeyMatch {
  kind: 'access-key-id' | 'secret-access-key';
  /** Offsets of the key itself in the text. */
  start: number;
  end: number;
  /** All but the last four characters replaced by `*`. */
  masked: string;
  /** AWS's documented example keys (`…EXAMPLE`, `…EXAMPLEKEY`). */
  example: boolean;
}

const ACCESS_KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}(?![A-Za-z0-9])/g;

/**
 * A secret-key name (`aws_secret_access_key`, `AWS_SECRET_ACCESS_KEY`, `SecretAccessKey`,
 * `aws-secret-access-key`, `secret_key`), a separator (`=`, `:`, `=>`, quotes, spaces), then the value.
 */
const SECRET_ASSIGNMENT =
  /(?<![A-Za-z0-9])(?:aws[_-]?)?secret[_-]?(?:access[_-]?)?key(?![A-Za-z0-9_-])[ \t"':=>]{1,8}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi;

export function maskKey(key: string): string {
  return '*'.repeat(Math.max(0, key.length - 4)) + key.slice(-4);
}

/** Real secret keys are random base64: mixed case. This skips hex digests and placeholder runs. */
function looksRandom(value: string): boolean {
  return /[A-Z]/.test(value) && /[a-z]/.test(value);
}

export function findAwsKeys(text: string): KeyMatch[] {
  const out: KeyMatch[] = [];
  for (const m of text.matchAll(ACCESS_KEY_ID)) {
    out.push({ kind: 'access-key-id', start: m.index, end: m.index + m[0].length, masked: maskKey(m[0]), example: m[0].endsWith('EXAMPLE') });
  }
  for (const m of text.matchAll(SECRET_ASSIGNMENT)) {
    const value = m[1] ?? '';
    if (!looksRandom(value)) continue;
    const start = m.index + m[0].length - value.length;
    out.push({ kind: 'secret-access-key', start, end: start + value.length, masked: maskKey(value), example: value.endsWith('EXAMPLEKEY') });
  }
  return out.sort((a, b) => a.start - b.start);
}
