import { isPhoenixError, PhoenixError } from '../../core/errors/phoenix-error.js';
import type { TemplateChange } from '../../core/plan/template-change.js';
import type { Logger } from '../../ports/logger.js';
import type { Appliance } from '../../ports/appliance.js';
import type { RunJournal } from './run-journal.js';

export type TemplateOutcome = 'created' | 'updated' | 'deleted' | 'unchanged' | 'skipped' | 'failed';

export interface TemplateReport {
  readonly template: string;
  readonly action: TemplateChange['action'];
  readonly outcome: TemplateOutcome;
  readonly templateUri: string | null;
  readonly errorCode: string | null;
  /** For people; never a secret. */
  readonly message: string | null;
}

export interface TemplateApplyDeps {
  readonly appliance: Appliance;
  readonly journal: RunJournal;
  readonly logger: Logger;
}

const DONE = { create: 'created', update: 'updated', delete: 'deleted' } as const;

/**
 * Runs template changes one after the other, journalled before and after each: creates and updates (phase
 * `write`) before the node changes, deletes (phase `delete`) after them, each delete only while no profile uses
 * the template (re-read from the appliance just before). A failure is reported, not thrown: the nodes that
 * compose from that template are skipped, the rest of the run goes on.
 */
export async function applyTemplateChanges(
  changes: readonly TemplateChange[],
  phase: 'write' | 'delete',
  deps: TemplateApplyDeps,
  signal?: AbortSignal,
): Promise<TemplateReport[]> {
  const reports: TemplateReport[] = [];
  for (const change of changes) {
    const action = change.action;
    if (action === 'noop' || action === 'blocked') continue;
    if ((phase === 'delete') !== (action === 'delete')) continue;
    const base = {
      template: change.template,
      action,
      templateUri: change.templateUri,
      spec: change.spec,
      fields: change.fieldChanges.map((f) => f.path),
    };
    if (signal?.aborted === true) {
      reports.push({ ...report(change, 'skipped'), message: 'The run was stopped before this template.' });
      continue;
    }
    await deps.journal.templateChanged({ ...base, outcome: null, errorCode: null, message: null });
    try {
      const uri = await write(change, deps, signal);
      await deps.journal.templateChanged({
        ...base,
        templateUri: uri,
        outcome: 'succeeded',
        errorCode: null,
        message: null,
      });
      reports.push({ ...report(change, DONE[action]), templateUri: uri });
    } catch (error) {
      const errorCode = isPhoenixError(error) ? error.code : 'INTERNAL_UNEXPECTED';
      const message = isPhoenixError(error) ? error.message : 'The template change failed unexpectedly.';
      deps.logger.error({ err: error, template: change.template, action }, 'template change failed');
      await deps.journal.templateChanged({ ...base, outcome: 'failed', errorCode, message });
      reports.push({ ...report(change, 'failed'), errorCode, message });
    }
  }
  return reports;
}

function report(change: TemplateChange, outcome: TemplateOutcome): TemplateReport {
  return {
    template: change.template,
    action: change.action,
    outcome,
    templateUri: change.templateUri,
    errorCode: null,
    message: null,
  };
}

async function write(change: TemplateChange, deps: TemplateApplyDeps, signal?: AbortSignal): Promise<string> {
  const options = signal === undefined ? {} : { signal };
  const request = () => ({
    name: change.template,
    description: change.description ?? '',
    content: change.body!,
  });
  switch (change.action) {
    case 'create':
      return deps.appliance.createTemplate(request(), options);
    case 'update':
      await deps.appliance.updateTemplate(change.templateUri!, request(), change.eTag ?? '*', options);
      return change.templateUri!;
    case 'noop':
    case 'blocked':
      return change.templateUri ?? '';
    case 'delete': {
      const uri = change.templateUri!;
      const inventory = await deps.appliance.readInventory(options);
      const users = inventory.profiles.filter((p) => p.templateUri === uri).map((p) => p.name);
      if (users.length > 0) {
        throw new PhoenixError('APPLY_TEMPLATE_IN_USE', { template: change.template, profiles: users });
      }
      await deps.appliance.deleteTemplate(uri, change.eTag ?? '*', options);
      return uri;
    }
  }
}
