import type { Layer } from './layer-stack.js';
import { pick } from './layer-stack.js';
import { isMap, type Plain } from './merge-layers.js';
import { LAYER_KEYS } from './node-draft.js';
import type { ParsedDocument } from './parse-yaml-documents.js';

type PlainMap = { readonly [key: string]: Plain };

/** Where the Image Streamer settings sit in a Plan written with osDeployment.imageStreamer. */
const IMAGE_STREAMER_ALIASES = {
  deploymentPlan: ['osDeployment', 'imageStreamer', 'deploymentPlan'],
  goldenImage: ['osDeployment', 'imageStreamer', 'goldenImage'],
} as const;

/**
 * A Plan's layer, its OS deployment normalised: `osDeployment.imageStreamer` becomes the deploymentPlan and
 * goldenImage the rest of the code reads (the older spelling, still accepted), and a plan that chooses one method
 * drops the method it inherits, so exactly one reaches its nodes. A plan that sets both in one document is left as
 * it is, for checkStack to report.
 */
export function planLayer(spec: PlainMap, document: ParsedDocument): Layer {
  const value: { [key: string]: Plain } = pick(spec, LAYER_KEYS.Plan);
  const os = isMap(spec['osDeployment']) ? spec['osDeployment'] : null;
  const streamer = os === null ? undefined : os['imageStreamer'];
  const media = os === null ? undefined : os['virtualMedia'];
  const flat = isMap(spec['deploymentPlan']) || isMap(spec['goldenImage']);
  const choosesStreamer = isMap(streamer) || flat;
  const choosesMedia = isMap(media);
  if (os !== null) {
    const rest: { [key: string]: Plain } = { ...os };
    delete rest['imageStreamer'];
    value['osDeployment'] = rest;
  }
  if (isMap(streamer)) {
    if (streamer['deploymentPlan'] !== undefined) value['deploymentPlan'] = streamer['deploymentPlan'];
    if (streamer['goldenImage'] !== undefined) value['goldenImage'] = streamer['goldenImage'];
  } else if (streamer === null) {
    value['deploymentPlan'] = null;
    value['goldenImage'] = null;
  }
  if (choosesStreamer && !choosesMedia) value['osDeployment'] = null;
  if (choosesMedia && !choosesStreamer) {
    value['deploymentPlan'] = null;
    value['goldenImage'] = null;
  }
  return {
    value,
    document,
    base: ['spec'],
    ...(isMap(streamer) ? { aliases: IMAGE_STREAMER_ALIASES } : {}),
  };
}
