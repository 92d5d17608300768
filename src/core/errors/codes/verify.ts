import type { ErrorSpec } from '../error-spec.js';

/** Errors of the verify checks a node must pass before it is Ready. */
export const verifyErrors = {
  VERIFY_CONSUL_ADDRESS_INVALID: {
    message: 'The Consul address for verify checks is not an http or https URL.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Set CONSUL_HTTP_ADDR or the Site consul.url to host:port or http(s)://host:port; pass an ACL token in CONSUL_HTTP_TOKEN, never in the URL.',
  },
} as const satisfies Record<string, ErrorSpec>;
