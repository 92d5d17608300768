/**
 * OpenSSH's pattern-list match (ssh_config(5), PATTERNS): comma-separated patterns with `*` and `?`, a
 * pattern starting with `!` negates. True when some positive pattern matches and no negated one does.
 */
export function matchesPatternList(value: string, list: string): boolean {
  let matched = false;
  for (const raw of list.split(',')) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    if (pattern === '' || !globToRegExp(pattern).test(value)) continue;
    if (negated) return false;
    matched = true;
  }
  return matched;
}

function globToRegExp(pattern: string): RegExp {
  const body = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 's');
}
