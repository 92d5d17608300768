import { describeLedgerContract } from '../../support/ledger/ledger-contract.js';
import { openLedger, stateDir } from './ledger-fixtures.js';

describeLedgerContract('file ledger', async () => {
  const dir = await stateDir();
  return { open: () => openLedger(dir), reopen: () => openLedger(dir) };
});
