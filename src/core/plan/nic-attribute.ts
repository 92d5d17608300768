import type { StepAttribute } from './plan-step.js';

/**
 * The five keys a `nic` custom attribute of a deployment plan expands to in a profile, in OneView's order, with
 * the value each takes when the node sets none. This is the only place the expansion happens: the plan shows
 * these values and compose sends them as they are.
 */
export const NIC_KEYS = ['connectionid', 'dhcp', 'ipv4disable', 'networkuri', 'constraint'] as const;

export type NicKey = (typeof NIC_KEYS)[number];

export const NIC_DEFAULTS: Readonly<Record<NicKey, string>> = {
  connectionid: '1',
  dhcp: 'false',
  ipv4disable: 'false',
  networkuri: '',
  constraint: 'auto',
};

/** A NIC attribute in its five-key form: the node's value for each key, else the default. */
export function expandNicAttribute(
  name: string,
  attributes: Readonly<Record<string, string>>,
): StepAttribute[] {
  return NIC_KEYS.map((key) => {
    const full = `${name}.${key}`;
    return {
      name: full,
      value: Object.hasOwn(attributes, full) ? attributes[full]! : NIC_DEFAULTS[key],
      sensitive: false,
    };
  });
}
