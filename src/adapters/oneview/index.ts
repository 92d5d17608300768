export { connectAppliance, DEFAULT_RETRY, type ConnectOptions } from './connect-appliance.js';
export {
  resolveConnectionConfig,
  normaliseOrigin,
  type ConnectionConfig,
  type ConnectionEnv,
  type SiteConnection,
} from './connection-config.js';
export { OneViewAppliance } from './oneview-appliance.js';
export type { MutationGuard, ObservedRequest, RequestObserver } from './rest-client.js';
export {
  failureAttribution,
  HARDWARE_ERROR_CODES,
  type FailureAttribution,
  type TaskFailureDetails,
} from './task-failure.js';
export { inventoryFingerprint } from './inventory-fingerprint.js';
export { Secret } from '../../core/secret/secret.js';
export { systemClock } from '../clock/system-clock.js';
