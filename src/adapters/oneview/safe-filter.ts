import { PhoenixError } from '../../core/errors/phoenix-error.js';

const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;
/** Quotes end the value, `%` and `_` are wildcards for `matches`, control characters never belong in a name. */
const UNSAFE_CHARACTERS = new Set(["'", '"', '\\']);

function isUnsafe(value: string): boolean {
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (UNSAFE_CHARACTERS.has(ch) || code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * One equality filter in the wire form OneView documents, `"attr='value'"`. OneView has no escape for a quote
 * inside a value, so a value that could change the filter's meaning is refused rather than escaped.
 */
export function equalsFilter(attribute: string, value: string): string {
  if (!ATTRIBUTE.test(attribute))
    throw new PhoenixError('INTERNAL_INVALID_ARGUMENT', {
      reason: 'filter attribute is not a plain name',
      attribute,
    });
  if (isUnsafe(value)) {
    throw new PhoenixError('ONEVIEW_BAD_REQUEST', {
      reason: 'a filter value must not contain quotes, backslashes or control characters',
      attribute,
    });
  }
  return `"${attribute}='${value}'"`;
}
