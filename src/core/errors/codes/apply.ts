import type { ErrorSpec } from '../error-spec.js';

/** Errors of applying a reconcile plan. */
export const applyErrors = {
  APPLY_NOT_APPROVED: {
    message: 'The plan was not approved, so nothing was applied.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Answer yes at the prompt, or pass --auto-approve where no terminal is attached.',
  },
  APPLY_STEP_TIMEOUT: {
    message: 'A step did not finish within its timeout.',
    retry: 'transient',
    exitCode: 1,
    hint: 'The step is retried; raise the step timeouts if the appliance is slow.',
  },
  APPLY_VERIFY_TIMEOUT: {
    message: 'The node did not become Ready within its verify timeout.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'The node is composed on other hardware (none is quarantined for this); if it fails everywhere, check the OS build and the verify checks.',
  },
  APPLY_TEMPLATE_UNAVAILABLE: {
    message: 'The profile template a node is composed from was not created by this apply.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'See why the template change failed in the same run; the next plan creates the template first.',
  },
  APPLY_TEMPLATE_IN_USE: {
    message: 'A profile template Phoenix was to delete is used by a profile again; it was left in place.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Nothing to do: the template is deleted by a later run once no profile uses it.',
  },
  APPLY_HARDWARE_UNUSABLE: {
    message: 'The hardware allocated to the node cannot take it any more.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'The hardware is quarantined and another spare is tried; phoenix status lists quarantined hardware.',
  },
  APPLY_NO_SPARE_HARDWARE: {
    message: 'No free, healthy hardware matches the node after its allocated hardware failed.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Free or add hardware of the node type, or release repaired hardware with phoenix quarantine release.',
  },
  APPLY_NAME_TAKEN: {
    message: 'A profile with the node name exists and is not the one this run composes.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Plan again: the inventory changed under the run.',
  },
  APPLY_ANSWER_MEDIA_FAILED: {
    message: "A node's answer media (the volume with its answer file) could not be built or published.",
    retry: 'transient',
    exitCode: 1,
    hint: 'genisoimage (or mkisofs) must be installed where Phoenix runs, and PHOENIX_MEDIA_LISTEN must name an address Phoenix can listen on.',
  },
  APPLY_IMAGE_CHECKSUM_MISMATCH: {
    message:
      'The install image at the URL the Plan names does not have the sha256 the Plan declares; it was inserted nowhere and the node was left as it was.',
    retry: 'terminal',
    exitCode: 1,
    hint: 'Fix the image on its host or the sha256 in the Plan (sha256sum of the ISO as the iLOs download it); the error shows both checksums.',
  },
  APPLY_IMAGE_UNREACHABLE: {
    message: 'The install image could not be read from the URL the Plan names, to check its sha256.',
    retry: 'transient',
    exitCode: 1,
    hint: 'The image host must answer the URL with 200 where Phoenix runs as it does for the iLOs; a private CA goes in NODE_EXTRA_CA_CERTS. PHOENIX_IMAGE_CHECK=off skips the check where only the iLOs can reach the host.',
  },
  APPLY_INTERRUPTED: {
    message: 'The apply was interrupted before it finished; running OneView tasks were let finish.',
    retry: 'transient',
    exitCode: 1,
    hint: 'Run phoenix apply again: it resumes from the inventory and the ledger.',
  },
} as const satisfies Record<string, ErrorSpec>;
