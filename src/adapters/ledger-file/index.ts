export {
  FileLedger,
  openFileLedger,
  JOURNAL_FILE,
  LEDGER_DIRECTORY,
  LOCK_FILE,
  SUMMARY_FILE,
  type FileLedgerOptions,
} from './file-ledger.js';
