export { resolveDatabaseConfig, type DatabaseConfig, type DatabaseEnv } from './database-config.js';
export { Database, type DatabaseOptions } from './database.js';
export { importLedgerRecords } from './import-records.js';
export { acquireOrRenewLease, readLease, releaseLease, type LeaseRecord } from './lease-store.js';
export { MIGRATIONS, migrateSchema, type Migration } from './migrations.js';
export {
  openLedgerDatabase,
  openPostgresLedger,
  openSharedLedgerForReading,
} from './open-postgres-ledger.js';
export { PostgresLedger, type LedgerWriter } from './postgres-ledger.js';
export { nudgeSite, readSiteView, writeSiteView, type SiteViewRecord } from './site-view-store.js';
export { clearSharedSuspension, readSharedSuspension, writeSharedSuspension } from './suspension-store.js';
