import type { ErrorSpec } from '../error-spec.js';

/** Errors of `phoenix simulator`. The simulator itself speaks the OneView wire protocol, not these codes. */
export const simulatorErrors = {
  SIM_INVALID_OPTION: {
    message: 'A simulator option is invalid.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Check --listen HOST:PORT, --speed fast|realistic|FACTOR, --preset and --frames/--bays (at most 10,000 servers).',
  },
  SIM_INVENTORY_INVALID: {
    message: 'The inventory file cannot be used to seed the simulator.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Pass a JSON file written by `phoenix inventory export`; the details name the field that is wrong.',
  },
  SIM_START_FAILED: {
    message: 'The simulator could not start listening.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Check that the address is local and the port is free.',
  },
} as const satisfies Record<string, ErrorSpec>;
