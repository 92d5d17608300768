export { FileLedger } from './file-ledger.js';
export { JOURNAL_FILE, LEDGER_DIRECTORY, LOCK_FILE, SUMMARY_FILE } from './ledger-files.js';
export { exportJournal, type ExportedJournal } from './export-journal.js';
export { openFileLedger, type FileLedgerOptions } from './open-file-ledger.js';
export {
  clearSuspension,
  readSuspension,
  writeSuspension,
  SUSPENSION_FILE,
  type Suspension,
} from './suspension-file.js';
