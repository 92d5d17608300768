import type { LedgerRecord, RecordQuery } from '../../ports/ledger.js';

/** Whether a journal record answers a query: its type is asked for and, with a node, it is about that node. */
export function matchesQuery(record: LedgerRecord, query: RecordQuery): boolean {
  if (query.types !== undefined && !query.types.includes(record.type)) return false;
  if (query.node === undefined) return true;
  switch (record.type) {
    case 'step-started':
    case 'step-finished':
    case 'hardware-quarantined':
      return record.node === query.node;
    case 'run-finished':
    case 'recovered':
      return Object.hasOwn(record.nodes, query.node);
    case 'run-started':
    case 'template-changed':
    case 'hardware-released':
      return false;
  }
}
