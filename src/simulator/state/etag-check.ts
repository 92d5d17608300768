import { httpError } from './error-body.js';
import type { Wire } from './wire-types.js';

/**
 * Optimistic concurrency: an `If-Match` other than `*` (empty means absent) must equal the
 * resource's eTag, and so must an `eTag` in the body unless `If-Match: *` disabled the check.
 */
export function checkETag(resource: Wire, ifMatch: string | undefined, bodyETag: unknown): void {
  const header = ifMatch?.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
  if (header === '*') return;
  if (header && header !== resource.eTag) throw mismatch(resource, header);
  if (typeof bodyETag === 'string' && bodyETag !== '' && bodyETag !== resource.eTag)
    throw mismatch(resource, bodyETag);
}

function mismatch(resource: Wire, sent: string): Error {
  return httpError(
    412,
    'ETAG_MISMATCH',
    'The resource has been modified since it was read: the eTag does not match.',
    {
      details: `The eTag ${sent} does not match the current eTag ${resource.eTag} of ${resource.uri}.`,
      recommendedActions: ['Read the resource again and retry the request with its current eTag.'],
      errorSource: resource.uri,
    },
  );
}
