import { createInterface } from 'node:readline/promises';
import { PhoenixError } from '../../../core/errors/phoenix-error.js';

/**
 * Asks on the terminal whether to apply, as Terraform does: only `yes` approves. Without a terminal there is
 * nobody to ask, so the apply is refused unless --auto-approve was given.
 */
export async function confirmApply(input: NodeJS.ReadStream, output: NodeJS.WritableStream): Promise<void> {
  if (!input.isTTY)
    throw new PhoenixError('APPLY_NOT_APPROVED', { reason: 'no terminal to ask; pass --auto-approve' });
  const rl = createInterface({ input, output });
  try {
    const answer = await rl.question("Apply these changes? Only 'yes' will be accepted: ");
    if (answer.trim() !== 'yes') throw new PhoenixError('APPLY_NOT_APPROVED', { reason: 'not confirmed' });
  } finally {
    rl.close();
  }
}
