import { beforeAll, describe, expect, it } from 'vitest';
import { ignoreLayer, ignoreVerdict, loadIgnore, type IgnoreFactory, type IgnoreLayer } from '../src/ignore-rules.js';

/**
 * gitignore(5) semantics as trustlint applies them through the `ignore` package: these cases were
 * written against the hand-written matcher it replaced and hold unchanged.
 */
const BASE = '/repo';
let factory: IgnoreFactory;
beforeAll(async () => {
  factory = await loadIgnore();
});

function layers(text: string, base = BASE): IgnoreLayer[] {
  return [ignoreLayer(factory, text, base)];
}

function verdict(text: string, path: string, isDir = false): boolean | undefined {
  return ignoreVerdict(layers(text), `${BASE}/${path}`, isDir);
}

/** Whether `path` (relative to BASE) is ignored by the .gitignore text. */
function ignored(text: string, path: string, isDir = false): boolean {
  return verdict(text, path, isDir) === true;
}

describe('gitignore patterns', () => {
  it('skips blank lines and comments, keeps escaped # and !', () => {
    expect(verdict('\n# comment\n   \n', 'comment')).toBeUndefined();
    expect(verdict('\n# comment\n   \n', '# comment')).toBeUndefined();
    expect(ignored('\\#notes.json', '#notes.json')).toBe(true);
    expect(ignored('\\!bang.json', '!bang.json')).toBe(true);
  });

  it('matches a name without slash at any depth', () => {
    expect(ignored('secret.json', 'secret.json')).toBe(true);
    expect(ignored('secret.json', 'a/b/secret.json')).toBe(true);
    expect(ignored('secret.json', 'a/secret.json.bak')).toBe(false);
  });

  it('anchors patterns with a leading or middle slash', () => {
    expect(ignored('/top.json', 'top.json')).toBe(true);
    expect(ignored('/top.json', 'sub/top.json')).toBe(false);
    expect(ignored('a/b.json', 'a/b.json')).toBe(true);
    expect(ignored('a/b.json', 'x/a/b.json')).toBe(false);
  });

  it('applies a trailing slash to folders only', () => {
    expect(ignored('build/', 'build', true)).toBe(true);
    expect(ignored('build/', 'build', false)).toBe(false);
    expect(ignored('build/', 'src/build', true)).toBe(true);
  });

  it('supports *, ? and character classes without crossing /', () => {
    expect(ignored('*.json', 'a/policy.json')).toBe(true);
    expect(ignored('a*.json', 'abc.json')).toBe(true);
    // The folder a matches, so everything below it is ignored too (git check-ignore agrees; the
    // hand-written matcher said false here, which the walk never asked as it skips ignored folders).
    expect(ignored('/a*', 'a/b.json')).toBe(true);
    expect(ignored('/a*', 'a', true)).toBe(true);
    expect(ignored('file?.json', 'file1.json')).toBe(true);
    expect(ignored('file?.json', 'file10.json')).toBe(false);
    expect(ignored('file[0-9].json', 'file7.json')).toBe(true);
    expect(ignored('file[0-9].json', 'filex.json')).toBe(false);
    expect(ignored('file[!0-9].json', 'filex.json')).toBe(true);
    expect(ignored('file[!0-9].json', 'file7.json')).toBe(false);
    expect(ignored('file[]].json', 'file].json')).toBe(true);
    expect(ignored('file[[:digit:]].json', 'file3.json')).toBe(true);
    expect(ignored('a?b', 'a/b')).toBe(false);
    // An unclosed class matches nothing in git's wildmatch (git check-ignore: not ignored); the
    // hand-written matcher took it as a literal.
    expect(ignored('[', '[')).toBe(false);
  });

  it('supports ** in leading, trailing and middle position', () => {
    expect(ignored('**/foo.json', 'foo.json')).toBe(true);
    expect(ignored('**/foo.json', 'a/b/foo.json')).toBe(true);
    expect(ignored('legacy/**', 'legacy/a/b.json')).toBe(true);
    expect(ignored('legacy/**', 'legacy', true)).toBe(false);
    expect(ignored('a/**/b.json', 'a/b.json')).toBe(true);
    expect(ignored('a/**/b.json', 'a/x/y/b.json')).toBe(true);
    expect(ignored('a/**/b.json', 'c/a/x/b.json')).toBe(false);
    expect(ignored('a**b', 'axxb')).toBe(true);
    expect(ignored('a**b', 'ax/xb')).toBe(false);
  });

  it('lets the last matching line win, including negation', () => {
    expect(ignored('*.json\n!keep.json', 'keep.json')).toBe(false);
    expect(ignored('*.json\n!keep.json', 'drop.json')).toBe(true);
    expect(ignored('!keep.json\n*.json', 'keep.json')).toBe(true);
    expect(verdict('*.json\n!keep.json', 'keep.json')).toBe(false);
    expect(verdict('*.yml', 'keep.json')).toBeUndefined();
  });

  it('trims unescaped trailing spaces', () => {
    expect(ignored('a.json   ', 'a.json')).toBe(true);
    expect(ignored('a.json\\ ', 'a.json ')).toBe(true);
  });

  it('escapes regular-expression characters', () => {
    expect(ignored('a+b(1).json', 'a+b(1).json')).toBe(true);
    expect(ignored('a.json', 'aXjson')).toBe(false);
  });

  it('only applies below its own folder', () => {
    const sub = layers('*.json', '/repo/sub');
    expect(ignoreVerdict(sub, '/repo/sub/a.json', false)).toBe(true);
    expect(ignoreVerdict(sub, '/repo/a.json', false)).toBeUndefined();
    expect(ignoreVerdict(sub, '/repo/sub', true)).toBeUndefined();
  });

  it('lets a deeper .gitignore override a higher one, in both directions', () => {
    const stack = [ignoreLayer(factory, '*.json\n', '/repo'), ignoreLayer(factory, '!keep.json\nlocal.yaml\n', '/repo/sub')];
    expect(ignoreVerdict(stack, '/repo/sub/keep.json', false)).toBe(false);
    expect(ignoreVerdict(stack, '/repo/sub/drop.json', false)).toBe(true);
    expect(ignoreVerdict(stack, '/repo/sub/local.yaml', false)).toBe(true);
    expect(ignoreVerdict(stack, '/repo/local.yaml', false)).toBeUndefined();
  });

  it('matches case-sensitively, as git does by default', () => {
    expect(ignored('Secret.json', 'secret.json')).toBe(false);
    expect(ignored('Secret.json', 'Secret.json')).toBe(true);
  });
});
