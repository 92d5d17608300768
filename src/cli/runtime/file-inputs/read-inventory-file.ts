import { readFile } from 'node:fs/promises';
import { bareTemplateContent } from '../../../core/template/template-content.js';
import type { InventorySnapshot } from '../../../core/observed/inventory.js';
import { PhoenixError } from '../../../core/errors/phoenix-error.js';
import {
  SNAPSHOT_COLLECTIONS,
  type SnapshotCollection,
} from '../../../core/observed/snapshot-collections.js';

const ADDED_LATER: ReadonlySet<SnapshotCollection> = new Set(['networks', 'networkSets', 'firmwareBundles']);

/** Reads an inventory snapshot written by `phoenix inventory export`, for plans without an appliance. */
export async function readInventoryFile(file: string): Promise<InventorySnapshot> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new PhoenixError(
      'CLI_INVALID_OPTION',
      { option: '--inventory', file, problem: 'not readable JSON' },
      { cause: error },
    );
  }
  const snapshot = value as Partial<InventorySnapshot> | null;
  // Snapshots exported before networks, network sets and firmware bundles were read lack them: read as empty.
  const lists = SNAPSHOT_COLLECTIONS.filter((k) => !ADDED_LATER.has(k));
  if (
    snapshot?.formatVersion !== 1 ||
    typeof snapshot.fingerprint !== 'string' ||
    lists.some((k) => !Array.isArray(snapshot[k]))
  ) {
    throw new PhoenixError('CLI_INVALID_OPTION', {
      option: '--inventory',
      file,
      problem: 'not an inventory snapshot (formatVersion 1, see schemas/inventory.schema.json)',
    });
  }
  return withDefaults(snapshot as InventorySnapshot);
}

/** Snapshots exported before templates were read in full lack some fields: they read as empty or unknown. */
function withDefaults(snapshot: InventorySnapshot): InventorySnapshot {
  return {
    ...snapshot,
    hardwareTypes: snapshot.hardwareTypes.map((t) => ({ ...t, portMaxMbps: t.portMaxMbps ?? {} })),
    templates: snapshot.templates.map((t) => ({
      ...t,
      description: t.description ?? '',
      stamp: t.stamp ?? null,
      content:
        t.content ?? bareTemplateContent(t.hardwareTypeUri ?? '', t.enclosureGroupUri, t.deploymentPlanUri),
    })),
    profiles: snapshot.profiles.map((p) => ({
      ...p,
      templateCompliance: p.templateCompliance ?? 'Unknown',
      complianceIssues: p.complianceIssues ?? [],
      sections: p.sections ?? null,
    })),
    networks: snapshot.networks ?? [],
    networkSets: snapshot.networkSets ?? [],
    firmwareBundles: snapshot.firmwareBundles ?? [],
  };
}
