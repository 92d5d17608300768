import type { ErrorCode } from '../../core/errors/error-catalog.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';
import { applianceMessage, type ApplianceMessage } from './appliance-message.js';
import { arrayOf, isWireObject, optionalObject, optionalString, type WireObject } from './wire-fields.js';

/**
 * Who a failed task points at. `hardware`: the chosen server hardware (grabbed concurrently, bay unavailable,
 * hardware fault): the executor quarantines it and composes elsewhere. `none`: the request or the appliance.
 */
export type FailureAttribution = 'hardware' | 'none';

/** The details of ONEVIEW_TASK_FAILED / ONEVIEW_TASK_INTERRUPTED / ONEVIEW_TASK_TIMEOUT. */
export type TaskFailureDetails = {
  readonly operation: string;
  readonly taskUri: string;
  readonly taskState: string | null;
  readonly taskStatus: string | null;
  readonly resourceUri: string | null;
  /** The appliance's errorCode of the first task error (null when the task carried none). */
  readonly errorCode: string | null;
  readonly message: string | null;
  readonly recommendedActions: readonly string[];
  readonly taskErrorCodes: readonly string[];
  readonly attribution: FailureAttribution;
};

/** Task errorCodes that point at the server hardware, not at the request. */
export const HARDWARE_ERROR_CODES: ReadonlySet<string> = new Set([
  'AssignProfileToDeviceBayError',
  'EnclosureBayUnavailableForProfile',
  'ProfileAlreadyExistsInServer',
  'ServerHardwareFailure',
  'ServerHardwareCritical',
  'ServerHardwareNotResponding',
  'HardwareFailure',
  'HardwareError',
  'DeviceBayEmpty',
  'ServerNotPresent',
  'MpCommunicationFailure',
  'IloCommunicationError',
]);

/** Hardware faults the appliance reports under other names: any errorCode about the hardware's own health. */
const HARDWARE_PATTERN =
  /^(ServerHardware|Hardware)[A-Z]|HardwareFail|(Mp|Ilo|iLO)(Communication|Unreachable)/;

export function attributionOf(errorCodes: readonly (string | null)[]): FailureAttribution {
  return errorCodes.some((c) => c !== null && (HARDWARE_ERROR_CODES.has(c) || HARDWARE_PATTERN.test(c)))
    ? 'hardware'
    : 'none';
}

/**
 * The appliance's own verdict on a task error, when it gives one: `data.hardwareAttributable` true or false.
 * Null when the error carries no such flag (then the errorCode decides).
 */
function statedAttribution(taskError: unknown): FailureAttribution | null {
  if (!isWireObject(taskError)) return null;
  const data = taskError['data'];
  if (!isWireObject(data) || typeof data['hardwareAttributable'] !== 'boolean') return null;
  return data['hardwareAttributable'] ? 'hardware' : 'none';
}

/**
 * Who a failed task points at: the appliance's explicit flag on any of its errors wins (a flag of false keeps
 * healthy hardware out of quarantine whatever the errorCode says); without one, the errorCodes decide.
 */
export function taskAttribution(
  taskErrors: readonly unknown[],
  errorCodes: readonly (string | null)[],
): FailureAttribution {
  const stated = taskErrors.map(statedAttribution).filter((a): a is FailureAttribution => a !== null);
  if (stated.length > 0) return stated.includes('hardware') ? 'hardware' : 'none';
  return attributionOf(errorCodes);
}

/** Reads details.attribution of an error raised by the OneView adapter; 'none' for anything else. */
export function failureAttribution(error: unknown): FailureAttribution {
  if (error instanceof PhoenixError && error.details['attribution'] === 'hardware') return 'hardware';
  return 'none';
}

/** A typed error for a task that ended badly, carrying the appliance's own errorCode and message. */
export function taskFailureError(
  code: ErrorCode,
  task: WireObject,
  operation: string,
  taskUri: string,
): PhoenixError {
  const taskErrors = arrayOf(task, 'taskErrors');
  const errors: ApplianceMessage[] = taskErrors.map(applianceMessage);
  const first = errors[0];
  const codes = errors
    .flatMap((e) => [e.errorCode, ...e.nestedErrorCodes])
    .filter((c): c is string => c !== null);
  const details: TaskFailureDetails = {
    operation,
    taskUri,
    taskState: optionalString(task, 'taskState'),
    taskStatus: optionalString(task, 'taskStatus'),
    resourceUri: optionalString(optionalObject(task, 'associatedResource'), 'resourceUri'),
    errorCode: first?.errorCode ?? null,
    message: first?.message ?? optionalString(task, 'taskStatus'),
    recommendedActions: first?.recommendedActions ?? [],
    taskErrorCodes: codes,
    attribution: taskAttribution(taskErrors, codes),
  };
  return new PhoenixError(code, details);
}
