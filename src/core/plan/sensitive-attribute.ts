import type { CustomAttributeType } from '../observed/inventory.js';

/** What a masked value reads as in plans and their views. */
export const MASKED_VALUE = '(sensitive)';

const SENSITIVE_NAME =
  /(pass(word|wd|phrase)?|secret|token|api[-_.]?key|private[-_.]?key|access[-_.]?key|credential|(^|[-_.])key$)/i;

/**
 * Attributes whose values never appear in a plan: names that look like passwords, tokens or keys, and
 * attributes the deployment plan types as `password`.
 */
export function isSensitiveAttribute(name: string, declaredType: CustomAttributeType | null): boolean {
  return declaredType === 'password' || SENSITIVE_NAME.test(name);
}
