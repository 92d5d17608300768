/**
 * Freezes a plain data value and everything inside it; returns it typed as read-only. Frozen objects are not
 * entered again (the parts nodes share are frozen once), and members are visited without building an array of
 * them: this runs over every node of a desired state.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (typeof item === 'object' && item !== null) deepFreeze(item);
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const member = record[key];
      if (typeof member === 'object' && member !== null) deepFreeze(member);
    }
  }
  return Object.freeze(value);
}
