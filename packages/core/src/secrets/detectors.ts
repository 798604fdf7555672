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
  /** Global; the credential is capture group 1 when the pattern has one, else the whole match. */
  pattern: RegExp;
  /** Real credentials are random: rejects placeholders (`ghp_xxxx…`) and words of the right shape. */
  accept?: (value: string) => boolean;
  /** Only masked in output; the rule does not report it (spec/rules.md `secret-aws-access-key`). */
  outputOnly?: boolean;
}

/**
 * Start of a credential: not inside a longer word, or right after a JSON/shell escape (`\n`), so
 * that a key in an escaped multi-line value is found too.
 */
const START = String.raw`(?:(?<![A-Za-z0-9])|(?<=\\[nrt]))`;
/** Start of a base64 run: not inside a longer base64 run. */
const START_B64 = String.raw`(?:(?<![A-Za-z0-9/+=\\])|(?<=\\[nrt]))`;
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
  { kind: 'aws-access-key-id', pattern: new RegExp(`${START}${ACCESS_KEY_ID_SOURCE}(?![A-Za-z0-9])`, 'g') },
  // In output also a key id glued to other text (`AKIA…StringLike`), and a lower-cased copy (IAM
  // compares condition key names without case, so messages may print them lower-cased).
  { kind: 'aws-access-key-id', pattern: new RegExp(ACCESS_KEY_ID_SOURCE, 'g'), accept: randomKeyId, outputOnly: true },
  { kind: 'aws-access-key-id', pattern: new RegExp(`${START}${ACCESS_KEY_ID_SOURCE}(?![A-Za-z0-9])`, 'gi'), accept: randomKeyId, outputOnly: true },
  {
    // A secret-key name (`aws_secret_access_key`, `SecretAccessKey`, `aws-secret-access-key`, `secret_key`), then the value.
    kind: 'aws-secret-access-key',
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?:aws[_-]?)?secret[_-]?(?:access[_-]?)?key(?![A-Za-z0-9_-])${ASSIGN}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, 'gi'),
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
    // Any other 40-character base64 run that looks random: a secret key without its name, also
    // as a path segment (`refs/heads/<key>`, where it joins a longer run of base64 characters).
    kind: 'aws-secret-access-key',
    pattern: new RegExp(String.raw`(?:${START_B64}|(?<=/))[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])`, 'g'),
    accept: looksRandom,
    outputOnly: true,
  },
  {
    // STS session tokens start with a few fixed bytes (`FwoGZXIvYXdz…` = "\x17\n\x06eu/aws", `IQoJb3JpZ2lu…` = "!\n\torigin").
    kind: 'aws-session-token',
    pattern: new RegExp(String.raw`${START}(?:FwoGZXIvYXdz|FQoGZXIvYXdz|IQoJb3JpZ2lu|IQoDYXdz)[A-Za-z0-9/+]{20,}={0,2}`, 'g'),
    accept: (v) => varied(v.slice(12)),
    outputOnly: true,
  },
  {
    kind: 'aws-session-token',
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?:aws[_-]?)?(?:session|security)[_-]?token(?![A-Za-z0-9_-])${ASSIGN}([A-Za-z0-9/+]{16,}={0,2})`, 'gi'),
    accept: varied,
    outputOnly: true,
  },
  {
    // Long base64 (session tokens with another prefix, encoded keys): random-looking runs of 100 or more.
    kind: 'encoded-secret',
    pattern: new RegExp(String.raw`${START_B64}[A-Za-z0-9/+]{100,}={0,2}(?![A-Za-z0-9/+=])`, 'g'),
    accept: (v) => count(v, /[A-Z]/g) >= 3 && count(v, /[a-z]/g) >= 3 && count(v, /[0-9]/g) >= 3 && wordShare(v) < 0.6,
    outputOnly: true,
  },
  {
    // GitHub tokens: personal (ghp_), OAuth (gho_), user-to-server (ghu_), server-to-server (ghs_),
    // refresh (ghr_), fine-grained (github_pat_). Case-blind: an upper-cased copy leaks the token too.
    kind: 'github-token',
    pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{36,251})(?![A-Za-z0-9_])/gi,
    accept: (v) => varied(v.slice(v.indexOf('_') + 1)),
    outputOnly: true,
  },
  {
    // npm, GitLab, Slack, Google API, Stripe live and PyPI tokens; case-blind like GitHub's.
    kind: 'service-token',
    pattern:
      /(?<![A-Za-z0-9_-])(?:npm_[A-Za-z0-9]{36}|glpat-[A-Za-z0-9_-]{20,64}|xox[abposr]-[A-Za-z0-9-]{10,250}|AIza[A-Za-z0-9_-]{35}|[rs]k_live_[A-Za-z0-9]{20,247}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})(?![A-Za-z0-9_-])/gi,
    accept: varied,
    outputOnly: true,
  },
  {
    kind: 'json-web-token',
    pattern: new RegExp(String.raw`${START}eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*`, 'g'),
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
  for (const m of text.matchAll(PRIVATE_KEY_BEGIN)) {
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

function run(text: string, detectors: readonly Detector[]): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  for (const d of detectors) {
    for (const m of text.matchAll(d.pattern)) {
      const value = m[1] ?? m[0];
      if (d.accept && !d.accept(value)) continue;
      const start = m.index + m[0].length - value.length;
      out.push({ kind: d.kind, start, end: start + value.length });
    }
  }
  return out;
}

/** Every credential in the text, by start offset (matches of different shapes may overlap). */
export function findCredentials(text: string): CredentialMatch[] {
  return [...run(text, DETECTORS), ...privateKeys(text)].sort((a, b) => a.start - b.start || b.end - a.end);
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
