// Own list, not secretlint or gitleaks rules: those are whole scanners with their own start-up cost
// and non-linear patterns; the sanitiser needs a few linear patterns run on every output.
/**
 * The one list of credential shapes: the `secret-aws-access-key` rule reports the AWS ones, and the
 * output sanitiser masks all of them in every text that leaves the process. Each pattern is linear
 * (a fixed-length or single-class run after a lookbehind), so scanning stays O(n) on hostile text.
 */

export type CredentialKind =
  | 'aws-access-key-id'
  | 'aws-secret-access-key'
  | 'aws-session-token'
  | 'github-token'
  | 'service-token'
  | 'json-web-token'
  | 'private-key'
  | 'assigned-secret'
  | 'encoded-secret';

export interface CredentialMatch {
  kind: CredentialKind;
  /** Offsets of the credential itself (not its name) in the text. */
  start: number;
  end: number;
}

interface Detector {
  kind: CredentialKind;
  /**
   * Global; the credential is capture group 1 when the pattern has one, else the whole match.
   * Patterns start with their literal prefix where they have one: a leading lookbehind makes the
   * engine try every position, five times slower on ordinary messages.
   */
  pattern: RegExp;
  /** Characters that must not come right before the match (checked in code, see `startsWord`). */
  notAfter?: RegExp;
  /** Real credentials are random: rejects placeholders (`ghp_xxxx…`) and words of the right shape. */
  accept?: (value: string) => boolean;
  /** Only masked in output; the rule does not report it (spec/rules.md `secret-aws-access-key`). */
  outputOnly?: boolean;
}

/**
 * Whether a credential may start at `index`: not inside a longer word, or right after a JSON or
 * shell escape (`\n`), so that a key in an escaped multi-line value is found too.
 */
const WORD = /[A-Za-z0-9]/;

function startsWord(text: string, index: number, notAfter: RegExp): boolean {
  if (index === 0 || !notAfter.test(text.charAt(index - 1))) return true;
  return index >= 2 && text.charAt(index - 2) === '\\' && /[nrt]/.test(text.charAt(index - 1));
}
/** Between a name and its value: `=`, `:`, `=>`, quotes and blanks (`"SecretAccessKey": "…"`). */
const ASSIGN = String.raw`[ \t"':=>]{1,8}`;

/** AWS access key ids: long-term (`AKIA`), temporary from STS (`ASIA`), and the other documented prefixes. */
export const ACCESS_KEY_ID_SOURCE = String.raw`(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}`;

function count(value: string, re: RegExp): number {
  return value.match(re)?.length ?? 0;
}

/** Share of the characters that sit in word-like runs (`Deploy`, `role`): high for identifiers. */
function wordShare(value: string): number {
  let inWords = 0;
  for (const m of value.matchAll(/[A-Z]?[a-z]{3,}/g)) inWords += m[0].length;
  return inWords / value.length;
}

/** Base64 secrets are random: mixed case with digits, and no run of words (`GitHubDeployRole2024…`). */
export function looksRandom(value: string): boolean {
  return count(value, /[A-Z]/g) >= 2 && count(value, /[a-z]/g) >= 2 && count(value, /[0-9]/g) >= 1 && wordShare(value) < 0.6;
}

/** Mixed case, as real secret keys are: skips hex digests and placeholder runs. */
function mixedCase(value: string): boolean {
  return /[A-Z]/.test(value) && /[a-z]/.test(value);
}

/** Prefixed tokens: the body mixes character classes (`ghp_xxxxxxxx…` is a placeholder). */
function varied(value: string): boolean {
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/].filter((re) => re.test(value)).length;
  return classes >= 2 && new Set(value).size >= 8;
}

/**
 * A key id found only by the looser output patterns (glued to other text, or in another case) is
 * random like a real one: `AKIAxxxxxxxxxxxxxxxx` is a witness's filler, not a key.
 */
function randomKeyId(value: string): boolean {
  return new Set(value.slice(4).toUpperCase()).size >= 6;
}

const DETECTORS: readonly Detector[] = [
  { kind: 'aws-access-key-id', pattern: new RegExp(`${ACCESS_KEY_ID_SOURCE}(?![A-Za-z0-9])`, 'g'), notAfter: WORD },
  // In output also a key id glued to other text (`AKIA…StringLike`), and a lower-cased copy (IAM
  // compares condition key names without case, so messages may print them lower-cased).
  { kind: 'aws-access-key-id', pattern: new RegExp(ACCESS_KEY_ID_SOURCE, 'g'), accept: randomKeyId, outputOnly: true },
  { kind: 'aws-access-key-id', pattern: new RegExp(`${ACCESS_KEY_ID_SOURCE}(?![A-Za-z0-9])`, 'gi'), notAfter: WORD, accept: randomKeyId, outputOnly: true },
  {
    // A secret-key name (`aws_secret_access_key`, `SecretAccessKey`, `aws-secret-access-key`, `secret_key`), then the value.
    kind: 'aws-secret-access-key',
    pattern: new RegExp(String.raw`(?:aws[_-]?)?secret[_-]?(?:access[_-]?)?key(?![A-Za-z0-9_-])${ASSIGN}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, 'gi'),
    notAfter: WORD,
    accept: mixedCase,
  },
  {
    // The secret right after its key id, as in the console's credentials CSV (`AKIA…,wJalr…`).
    kind: 'aws-secret-access-key',
    pattern: new RegExp(String.raw`${ACCESS_KEY_ID_SOURCE}[ \t"',;:|=]{1,8}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, 'g'),
    accept: mixedCase,
    outputOnly: true,
  },
  {
    // STS session tokens start with a few fixed bytes (`FwoGZXIvYXdz…` = "\x17\n\x06eu/aws", `IQoJb3JpZ2lu…` = "!\n\torigin").
    kind: 'aws-session-token',
    pattern: /(?:FwoGZXIvYXdz|FQoGZXIvYXdz|IQoJb3JpZ2lu|IQoDYXdz)[A-Za-z0-9/+]{20,}={0,2}/g,
    notAfter: WORD,
    accept: (v) => varied(v.slice(12)),
    outputOnly: true,
  },
  {
    kind: 'aws-session-token',
    pattern: new RegExp(String.raw`(?:aws[_-]?)?(?:session|security)[_-]?token(?![A-Za-z0-9_-])${ASSIGN}([A-Za-z0-9/+]{16,}={0,2})`, 'gi'),
    notAfter: WORD,
    accept: varied,
    outputOnly: true,
  },
  {
    // GitHub tokens: personal (ghp_), OAuth (gho_), user-to-server (ghu_), server-to-server (ghs_),
    // refresh (ghr_), fine-grained (github_pat_). Case-blind: an upper-cased copy leaks the token too.
    kind: 'github-token',
    pattern: /(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{36,251})(?![A-Za-z0-9_])/gi,
    notAfter: /[A-Za-z0-9_]/,
    accept: (v) => varied(v.slice(v.indexOf('_') + 1)),
    outputOnly: true,
  },
  {
    // npm, GitLab, Slack, Google API, Stripe live and PyPI tokens; case-blind like GitHub's.
    kind: 'service-token',
    pattern:
      /(?:npm_[A-Za-z0-9]{36}|glpat-[A-Za-z0-9_-]{20,64}|xox[abposr]-[A-Za-z0-9-]{10,250}|AIza[A-Za-z0-9_-]{35}|[rs]k_live_[A-Za-z0-9]{20,247}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})(?![A-Za-z0-9_-])/gi,
    notAfter: /[A-Za-z0-9_-]/,
    accept: varied,
    outputOnly: true,
  },
  {
    kind: 'json-web-token',
    pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g,
    notAfter: WORD,
    outputOnly: true,
  },
  {
    // A value assigned to a password, secret or token name (`DB_PASSWORD="…"`, `api_key: …`);
    // punctuation after it ends the sentence, not the value.
    kind: 'assigned-secret',
    pattern: new RegExp(String.raw`(?:pass(?:word|wd)?|secret|token|api[_-]?key|credentials?)(?![A-Za-z0-9])${ASSIGN}([A-Za-z0-9/+=_.~!@#%^&*-]{11,199}[A-Za-z0-9/+=])`, 'gi'),
    accept: (v) => /[A-Za-z]/.test(v) && /[0-9]/.test(v) && varied(v),
    outputOnly: true,
  },
];

/** `-----BEGIN … PRIVATE KEY-----` (PEM, OpenSSH, PGP): the body up to the END line is the secret. */
const PRIVATE_KEY_BEGIN = /-----BEGIN (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----/g;
/** How far an END line is looked for; without one, the key runs as far as base64 (and escapes) go. */
const MAX_PRIVATE_KEY = 64 * 1024;
const KEY_BODY = /[A-Za-z0-9+/=\s]|\\[nrt]/y;

function privateKeys(text: string): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  // The next END line, found once for all BEGIN lines before it: many BEGINs stay linear.
  let endLine: number | undefined;
  for (const m of matches(PRIVATE_KEY_BEGIN, text)) {
    const start = m.index + m[0].length;
    if (endLine === undefined || (endLine >= 0 && endLine < start)) endLine = text.indexOf('-----END ', start);
    let end: number;
    if (endLine >= 0 && endLine - start <= MAX_PRIVATE_KEY) end = endLine;
    else {
      KEY_BODY.lastIndex = start;
      end = start;
      while (KEY_BODY.test(text)) end = KEY_BODY.lastIndex;
    }
    if (end > start) out.push({ kind: 'private-key', start, end });
  }
  return out;
}

/** Each match of a global pattern; `exec` in a loop, as `matchAll` copies the pattern on every call. */
function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    yield m;
    if (m[0] === '') pattern.lastIndex++;
  }
}

function run(text: string, detectors: readonly Detector[]): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  for (const d of detectors) {
    for (const m of matches(d.pattern, text)) {
      const value = m[1] ?? m[0];
      if (d.notAfter && !startsWord(text, m.index, d.notAfter)) continue;
      if (d.accept && !d.accept(value)) continue;
      const start = m.index + m[0].length - value.length;
      out.push({ kind: d.kind, start, end: start + value.length });
    }
  }
  return out;
}

const SECRET_KEY_LENGTH = 40;
/** Long base64 (session tokens with another prefix, encoded keys): random-looking runs of this length or more. */
const ENCODED_SECRET_LENGTH = 100;

function isBase64(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2f;
}

/** Maximal runs of base64 characters (with their `=` padding) long enough for a secret key: one pass, no allocation per word. */
function* base64Runs(text: string): Generator<[number, number]> {
  let i = 0;
  while (i < text.length) {
    if (!isBase64(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isBase64(text.charCodeAt(i))) i++;
    while (i < text.length && text.charCodeAt(i) === 0x3d) i++;
    if (i - start >= SECRET_KEY_LENGTH) yield [start, i];
  }
}

/**
 * Secret keys without their name and long encoded secrets, from whole base64 runs (a pattern would
 * try every position of a long run): a run of exactly 40 characters, or the last 40 after a `/`
 * (`refs/heads/<key>`, where the key joins a path into one run), that looks random; or a run of 100
 * or more with digits and both cases.
 */
function base64Secrets(text: string): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  for (const [runStart, runEnd] of base64Runs(text)) {
    // A run that starts with an escape's letter (`\nAbc…`) starts after it.
    const start = runStart > 0 && text.charAt(runStart - 1) === '\\' ? runStart + 1 : runStart;
    const run = text.slice(start, runEnd);
    const end = runEnd;
    const body = run.replace(/=+$/, '');
    if (body.length === run.length && body.length >= SECRET_KEY_LENGTH) {
      const tail = body.length === SECRET_KEY_LENGTH ? body : body.charAt(body.length - SECRET_KEY_LENGTH - 1) === '/' ? body.slice(-SECRET_KEY_LENGTH) : '';
      if (tail !== '' && looksRandom(tail)) out.push({ kind: 'aws-secret-access-key', start: end - SECRET_KEY_LENGTH, end });
    }
    if (body.length >= ENCODED_SECRET_LENGTH && count(body, /[A-Z]/g) >= 3 && count(body, /[a-z]/g) >= 3 && count(body, /[0-9]/g) >= 3 && wordShare(body) < 0.6) {
      out.push({ kind: 'encoded-secret', start, end });
    }
  }
  return out;
}

/** Every credential in the text, by start offset (matches of different shapes may overlap). */
export function findCredentials(text: string): CredentialMatch[] {
  return [...run(text, DETECTORS), ...base64Secrets(text), ...privateKeys(text)].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** What the `secret-aws-access-key` rule reports. */
export interface KeyMatch {
  kind: 'access-key-id' | 'secret-access-key';
  start: number;
  end: number;
  /** All but the last four characters replaced by `*`. */
  masked: string;
  /** AWS's documented example keys (`…EXAMPLE`, `…EXAMPLEKEY`). */
  example: boolean;
  /** A temporary key id (`ASIA…`) from STS. */
  temporary: boolean;
}

const RULE_DETECTORS = DETECTORS.filter((d) => d.kind.startsWith('aws-') && !d.outputOnly);

/** Literal AWS key ids and named secret keys (spec/rules.md `secret-aws-access-key`). */
export function findAwsKeys(text: string): KeyMatch[] {
  return run(text, RULE_DETECTORS)
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const value = text.slice(c.start, c.end);
      const id = c.kind === 'aws-access-key-id';
      return {
        kind: id ? 'access-key-id' : 'secret-access-key',
        start: c.start,
        end: c.end,
        masked: maskSecret(value),
        example: value.endsWith(id ? 'EXAMPLE' : 'EXAMPLEKEY'),
        temporary: id && value.startsWith('ASIA'),
      };
    });
}

/** All but the last four characters replaced by `*` (the length stays, so columns stay meaningful). */
export function maskSecret(value: string): string {
  return '*'.repeat(Math.max(0, value.length - 4)) + value.slice(-4);
}
