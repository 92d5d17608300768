import type { ErrorSpec } from '../error-spec.js';

/**
 * Errors of the OneView and Image Streamer client. Only src/adapters/oneview raises them; it also attaches the
 * appliance's own `errorCode`, `message` and `recommendedActions` to the details, and for failed tasks an
 * `attribution` ('hardware' when the failure points at the server hardware, so the executor quarantines it).
 */
export const oneviewErrors = {
  ONEVIEW_CONFIG_INVALID: {
    message: 'The OneView connection settings are incomplete or invalid.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Set the Site oneview section (url, credentials) or OV_ADDRESS, OV_USERNAME and OV_PASSWORD.',
  },
  ONEVIEW_IMAGE_STREAMER_UNTRUSTED: {
    message:
      'The Image Streamer the Site names is not one the appliance advertises; the session was not sent to it.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Remove imageStreamer.url (the appliance advertises its Image Streamer) or set OV_IMAGE_STREAMER_URL outside the repository.',
  },
  ONEVIEW_NOT_FOUND: {
    message: 'The OneView resource does not exist.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'The resource was deleted or the URI is wrong; re-read the inventory and plan again.',
  },
  ONEVIEW_BAD_REQUEST: {
    message: 'OneView rejected the request as invalid.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Read the appliance message and recommended actions in the error details.',
  },
  ONEVIEW_CONFLICT: {
    message: 'OneView refused the request because the resource is busy or in a conflicting state.',
    retry: 'transient',
    exitCode: 1,
    hint: 'Another task is running on the resource; it is retried later.',
  },
  ONEVIEW_PRECONDITION_FAILED: {
    message: 'The OneView resource changed since it was read (eTag mismatch).',
    retry: 'transient',
    exitCode: 1,
    hint: 'Re-read the resource and plan again.',
  },
  ONEVIEW_UNAUTHORIZED: {
    message: 'OneView refused the session (expired, invalid or insufficient privileges).',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Check that the OneView user has the privileges to manage server profiles and hardware.',
  },
  ONEVIEW_AUTH_FAILED: {
    message: 'OneView rejected the login credentials.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Check the username, password (OV_USERNAME, OV_PASSWORD) and the login domain (OV_AUTH_DOMAIN).',
  },
  ONEVIEW_UNAVAILABLE: {
    message: 'The OneView appliance is unavailable or did not answer in time.',
    retry: 'transient',
    exitCode: 1,
    hint: 'The appliance may be restarting or unreachable; check the address and the network. An appliance answering 503 is waited out for 15 minutes from its first 503 (each wait is logged with the attempt, the next try and the budget), then every request gives up.',
  },
  ONEVIEW_TLS: {
    message: 'The TLS certificate of the appliance could not be verified.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Give the CA certificate that signed the appliance certificate in tls.caFile or OV_CA_FILE. Only OV_INSECURE_SKIP_VERIFY=true, set outside the repository, turns verification off (not recommended).',
  },
  ONEVIEW_VERSION_UNSUPPORTED: {
    message: 'No OneView API version is supported by both the appliance and Phoenix.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Check the apiVersion pin of the Site against GET /rest/version of the appliance.',
  },
  ONEVIEW_BAD_RESPONSE: {
    message: 'The appliance answered with a response Phoenix cannot read.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Run with --log-level debug and report the response shape.',
  },
  ONEVIEW_APPLIANCE_ERROR: {
    message: 'The appliance reported an internal error.',
    retry: 'transient',
    exitCode: 1,
    hint: 'Read the appliance message in the error details; the request is retried when it is safe.',
  },
  ONEVIEW_ILO_FAILED: {
    message: "A server's iLO refused a Redfish request (virtual media or boot override).",
    retry: 'transient',
    exitCode: 1,
    hint: 'Read the status and iLO message in the details; check the iLO license (virtual media needs iLO Advanced) and that the iLO can reach the image URL.',
  },
  ONEVIEW_TASK_FAILED: {
    message: 'A OneView task ended in error.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Read the task errorCode and message in the details; attribution "hardware" means the server hardware is at fault.',
  },
  ONEVIEW_TASK_INTERRUPTED: {
    message: 'A OneView task was interrupted before it finished.',
    retry: 'transient',
    exitCode: 1,
    hint: 'The appliance restarted or cancelled the task; the operation is retried.',
  },
  ONEVIEW_TASK_TIMEOUT: {
    message: 'A OneView task did not finish within its timeout.',
    retry: 'transient',
    exitCode: 1,
    hint: 'The task may still finish on the appliance; the next pass re-reads the inventory and resumes.',
  },
  ONEVIEW_CANCELLED: {
    message: 'The OneView operation was cancelled.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'The operation was stopped on request; a running OneView task keeps running on the appliance.',
  },
  ONEVIEW_IMAGE_STREAMER_NOT_FOUND: {
    message: 'No Image Streamer deployment server is known to the appliance.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Set imageStreamer.url in the Site, or add the deployment server in OneView.',
  },
} as const satisfies Record<string, ErrorSpec>;
