import { applyErrors } from './codes/apply.js';
import { cliErrors } from './codes/cli.js';
import { daemonErrors } from './codes/daemon.js';
import { databaseErrors } from './codes/database.js';
import { declarationErrors } from './codes/decl.js';
import { gitErrors } from './codes/git.js';
import { internalErrors } from './codes/internal.js';
import { ledgerErrors } from './codes/ledger.js';
import { planErrors } from './codes/plan.js';
import { reviewErrors } from './codes/review.js';
import { oneviewErrors } from './codes/oneview.js';
import { signErrors } from './codes/sign.js';
import { simulatorErrors } from './codes/sim.js';
import { verifyErrors } from './codes/verify.js';
import type { ErrorSpec } from './error-spec.js';

/**
 * Every error code Phoenix can raise, by area. Each area owns one file under `codes/`.
 * docs/reference/errors.md is generated from this catalog (npm run docs:errors) and a test keeps them in sync.
 */
export const errorCatalog = {
  ...applyErrors,
  ...cliErrors,
  ...daemonErrors,
  ...databaseErrors,
  ...declarationErrors,
  ...gitErrors,
  ...internalErrors,
  ...ledgerErrors,
  ...planErrors,
  ...reviewErrors,
  ...oneviewErrors,
  ...signErrors,
  ...simulatorErrors,
  ...verifyErrors,
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorCatalog;

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorCatalog, value);
}
