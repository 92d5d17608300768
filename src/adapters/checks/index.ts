export { checksForSite, createChecks, type ChecksOptions } from './create-checks.js';
export { type ConsulConnection } from './consul-check.js';
export { resolveConsulAddress, type Environment } from './resolve-consul-address.js';
