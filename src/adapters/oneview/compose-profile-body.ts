import type { DeploymentPlanAttribute } from '../../core/observed/inventory.js';
import type { ComposeRequest } from '../../ports/appliance.js';
import { customAttributesOf } from './parse-wire.js';
import {
  arrayOf,
  isWireObject,
  optionalNumber,
  optionalObject,
  optionalString,
  type WireObject,
} from './wire-fields.js';

/** The five keys OneView expands a NIC custom attribute into. */
export const NIC_KEYS = ['connectionid', 'dhcp', 'ipv4disable', 'networkuri', 'constraint'] as const;

export interface NicSettings {
  readonly connectionId: number;
  readonly dhcp: boolean;
  readonly ipv4Disable: boolean;
  readonly networkUri: string;
  readonly constraint: 'auto' | 'dhcp' | 'userspecified';
}

/** One NIC attribute in its five-key wire form. */
export function expandNicAttribute(name: string, nic: NicSettings): { name: string; value: string }[] {
  return [
    { name: `${name}.connectionid`, value: String(nic.connectionId) },
    { name: `${name}.dhcp`, value: String(nic.dhcp) },
    { name: `${name}.ipv4disable`, value: String(nic.ipv4Disable) },
    { name: `${name}.networkuri`, value: nic.networkUri },
    { name: `${name}.constraint`, value: nic.constraint },
  ];
}

/** The profile connection a NIC attribute defaults to: the first non-bootable Ethernet connection. */
function defaultNicConnection(profile: WireObject): NicSettings | null {
  const connections = arrayOf(optionalObject(profile, 'connectionSettings'), 'connections')
    .concat(arrayOf(profile, 'connections'))
    .filter(isWireObject);
  const ethernet = connections.filter(
    (c) => (optionalString(c, 'functionType') ?? 'Ethernet') === 'Ethernet',
  );
  const chosen =
    ethernet.find(
      (c) => (optionalString(optionalObject(c, 'boot'), 'priority') ?? 'NotBootable') === 'NotBootable',
    ) ?? ethernet[0];
  const id = chosen ? optionalNumber(chosen, 'id') : null;
  if (!chosen || id === null) return null;
  return {
    connectionId: id,
    dhcp: true,
    ipv4Disable: false,
    networkUri: optionalString(chosen, 'networkUri') ?? '',
    constraint: 'dhcp',
  };
}

/**
 * The POST /rest/server-profiles body: the template's new-profile with the node's name, hardware, description
 * (the stamp) and OS deployment settings. Custom attributes start from the template's, the request's win; a NIC
 * attribute of the plan that neither sets gets the five-key form on the first non-bootable Ethernet connection.
 */
export function composeProfileBody(
  newProfile: WireObject,
  request: ComposeRequest,
  planAttributes: readonly DeploymentPlanAttribute[],
): Record<string, unknown> {
  const base = optionalObject(newProfile, 'osDeploymentSettings');
  const planUri = request.deploymentPlanUri ?? optionalString(base, 'osDeploymentPlanUri');
  const attributes = new Map<string, string>(Object.entries(customAttributesOf(base)));
  for (const { name, value } of request.customAttributes) attributes.set(name, value);
  for (const attribute of planAttributes) {
    if (attribute.type !== 'nic') continue;
    attributes.delete(attribute.name);
    if (NIC_KEYS.some((key) => attributes.has(`${attribute.name}.${key}`))) continue;
    const nic = defaultNicConnection(newProfile);
    if (nic === null) continue;
    for (const { name, value } of expandNicAttribute(attribute.name, nic)) attributes.set(name, value);
  }
  const body: Record<string, unknown> = {
    ...newProfile,
    name: request.name,
    serverHardwareUri: request.hardwareUri,
    description: request.description,
  };
  delete body['uri'];
  delete body['eTag'];
  if (planUri !== null || attributes.size > 0 || base !== null) {
    body['osDeploymentSettings'] = {
      ...(base ?? {}),
      osDeploymentPlanUri: planUri,
      osCustomAttributes: [...attributes.entries()].map(([name, value]) => ({ name, value })),
    };
  }
  return body;
}
