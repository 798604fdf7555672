/**
 * GitHub's branch and tag filter patterns (`branches`, `branches-ignore`, `tags`, `tags-ignore`):
 * `*` any characters but `/`, `**` any characters, `?` zero or one of the preceding character, `+` one
 * or more of it, `[…]` a character class, `!` at the start negates, `\` escapes.
 */

export function filterPatternToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\' && i + 1 < pattern.length) {
      re += escapeRe(pattern.charAt(++i));
    } else if (c === '*') {
      if (pattern[i + 1] === '*') {
        re += '.*';
        i++;
      } else re += '[^/]*';
    } else if ((c === '?' || c === '+') && re !== '') {
      re += c;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, close).replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += escapeRe(c);
  }
  try {
    return new RegExp(`^(?:${re})$`);
  } catch {
    return /^$/;
  }
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Whether a branch or tag name passes a filter: with `include` patterns, the last pattern that matches
 * decides (a `!pattern` excludes); with `ignore` patterns, a match excludes.
 */
export function passesFilter(name: string, include: readonly string[] | undefined, ignore: readonly string[] | undefined): boolean {
  if (include) {
    let pass = false;
    for (const p of include) {
      const negated = p.startsWith('!');
      if (filterPatternToRegExp(negated ? p.slice(1) : p).test(name)) pass = !negated;
    }
    return pass;
  }
  if (ignore) {
    let pass = true;
    for (const p of ignore) {
      const negated = p.startsWith('!');
      if (filterPatternToRegExp(negated ? p.slice(1) : p).test(name)) pass = negated;
    }
    return pass;
  }
  return true;
}

/** A few concrete names a (positive) pattern matches: wildcards filled with `x`, quantifiers dropped. */
export function sampleNames(pattern: string): string[] {
  if (pattern.startsWith('!')) return [];
  const sample = pattern
    .replace(/\\(.)/g, '$1')
    .replace(/\*\*?/g, 'x')
    .replace(/\[([^\]]*)\]/g, (_m, cls: string) => cls.replace(/^\^/, '').charAt(0) || 'x')
    .replace(/[?+]/g, '');
  return filterPatternToRegExp(pattern).test(sample) ? [sample] : [];
}

/** True when a pattern has no special characters: it names exactly one branch or tag. */
export function isLiteralPattern(pattern: string): boolean {
  return !/[*?+[\]!\\]/.test(pattern);
}
