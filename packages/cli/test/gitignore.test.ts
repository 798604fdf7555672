import { describe, expect, it } from 'vitest';
import { compileIgnorePattern, matchIgnore, parseGitignore } from '../src/gitignore.js';

const BASE = '/repo';

/** Whether `path` (relative to BASE) is ignored by the .gitignore text. */
function ignored(text: string, path: string, isDir = false): boolean {
  return matchIgnore(parseGitignore(text, BASE), `${BASE}/${path}`, isDir) === true;
}

describe('gitignore patterns', () => {
  it('skips blank lines and comments, keeps escaped # and !', () => {
    expect(parseGitignore('\n# comment\n   \n', BASE)).toEqual([]);
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
    expect(ignored('/a*', 'a/b.json')).toBe(false); // the folder a matches, not the file below it
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
    expect(ignored('[', '[')).toBe(true); // an unclosed class is a literal
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
    expect(matchIgnore(parseGitignore('*.json\n!keep.json', BASE), `${BASE}/keep.json`, false)).toBe(false);
    expect(matchIgnore(parseGitignore('*.yml', BASE), `${BASE}/keep.json`, false)).toBeUndefined();
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
    const rule = compileIgnorePattern('*.json', '/repo/sub');
    expect(rule).toBeDefined();
    expect(matchIgnore([rule!], '/repo/sub/a.json', false)).toBe(true);
    expect(matchIgnore([rule!], '/repo/a.json', false)).toBeUndefined();
  });
});
