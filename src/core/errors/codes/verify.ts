import type { ErrorSpec } from '../error-spec.js';

/** Errors of the verify checks a node must pass before it is Ready. */
export const verifyErrors = {
  VERIFY_CONSUL_ADDRESS_INVALID: {
    message: 'The Consul address for verify checks is not an http or https URL.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Set CONSUL_HTTP_ADDR or the Site consul.url to host:port or http(s)://host:port; pass an ACL token in CONSUL_HTTP_TOKEN, never in the URL.',
  },
  VERIFY_CHECK_UNREACHABLE: {
    message:
      'A verify check could not reach what it asks for in any round of its window, so the node could never have passed it; the hardware was not blamed.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'The details name the check and the cause (Consul refused or unreachable, a name that does not resolve, a check declared wrong). Fix the check or its service (CONSUL_HTTP_ADDR, DNS, firewall), then apply again.',
  },
} as const satisfies Record<string, ErrorSpec>;
