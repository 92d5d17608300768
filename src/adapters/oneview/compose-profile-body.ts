import type { ComposeRequest } from '../../ports/appliance.js';
import { customAttributesOf } from './parse-wire.js';
import { optionalObject, optionalString, type WireObject } from './wire-fields.js';

/**
 * The POST /rest/server-profiles body: the template's new-profile with the node's name, hardware, description
 * (the stamp) and OS deployment settings. Custom attributes start from the template's and the request's win; the
 * request's are sent as the plan shows them (NIC attributes already expanded by the planner), nothing is added.
 */
export function composeProfileBody(newProfile: WireObject, request: ComposeRequest): Record<string, unknown> {
  const base = optionalObject(newProfile, 'osDeploymentSettings');
  const planUri = request.deploymentPlanUri ?? optionalString(base, 'osDeploymentPlanUri');
  const attributes = new Map<string, string>(Object.entries(customAttributesOf(base)));
  for (const { name, value } of request.customAttributes) attributes.set(name, value);
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
