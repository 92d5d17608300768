import type {
  AnswerFileKind,
  ArtifactRef,
  DesiredNode,
  HardwarePin,
  HardwareSpec,
  NodeOwner,
  RemediationSpec,
  RolloutSpec,
  VerifyCheck,
  VerifySpec,
  VirtualMediaDeployment,
  CredentialRef,
} from '../core/desired/desired-state.js';
import { SECRET_PLACEHOLDER, secretMarker } from '../core/desired/desired-state.js';
import type { SourceLocation } from '../core/diagnostics/diagnostic.js';
import {
  compileTemplate,
  type CompiledTemplate,
  type Placeholder,
  type TemplateValues,
} from './compile-template.js';
import { deepFreeze } from './deep-freeze.js';
import { computeSpecHash, computeSpecHashAfter, specHashTail } from './compute-spec-hash.js';
import type { DiagnosticList } from './diagnostic-list.js';
import type { LayerStack } from './layer-stack.js';
import type { NodeLookups } from './node-draft.js';
import { asText, isMap, type Plain } from './merge-layers.js';
import { parseDuration } from './parse-duration.js';
import { resolveCount } from './resolve-count.js';

type PlainMap = { readonly [key: string]: Plain };

export const DEFAULT_VERIFY = { stableFor: '30s', timeout: '30m' } as const;
export const DEFAULT_ROLLOUT = { maxUnavailable: 1, maxSurge: 0, maxInFlight: 10 } as const;

const TEMPLATED_CHECK_FIELDS = ['service', 'host', 'url'] as const;

/**
 * Checks what every node of a stack needs once, before any node is rendered: a profile template, a hardware type,
 * complete verify checks, and templates that only use the placeholders available. Returns false on any error.
 */
export function checkStack(
  stack: LayerStack,
  subject: string,
  allowed: ReadonlySet<Placeholder>,
  hasFqdn: boolean,
  diagnostics: DiagnosticList,
  fileText: (path: string) => string | null = () => null,
): boolean {
  let ok = true;
  const fail = (
    where: { at: SourceLocation; path: string },
    message: string,
    code:
      | 'DECL_MISSING_FIELD'
      | 'DECL_UNKNOWN_PLACEHOLDER'
      | 'DECL_UNKNOWN_REFERENCE'
      | 'DECL_OS_DEPLOYMENT_CONFLICT',
  ) => {
    diagnostics.error(code, message, where.at, where.path);
    ok = false;
  };
  const merged = stack.merged;
  if (typeof merged['profileTemplate'] !== 'string') {
    fail(
      stack.locate([]),
      `${subject} has no profileTemplate: set spec.profileTemplate in its plan or an ancestor.`,
      'DECL_MISSING_FIELD',
    );
  }
  if (typeof map(merged['hardware'])['serverHardwareType'] !== 'string') {
    fail(
      stack.locate(['hardware']),
      `${subject} has no hardware.serverHardwareType: set it in its plan, an ancestor or Site.defaults.`,
      'DECL_MISSING_FIELD',
    );
  }
  const checkTemplate = (
    text: Plain | undefined,
    where: () => { at: SourceLocation; path: string },
    what = 'The template',
  ) => {
    if (typeof text !== 'string') return;
    const compiled = compileTemplate(text);
    if (!compiled.ok) return fail(where(), `${what} ${compiled.problem}.`, 'DECL_UNKNOWN_PLACEHOLDER');
    for (const placeholder of compiled.template.placeholders) {
      if (placeholder === 'fqdn' && allowed.has('fqdn') && !hasFqdn) {
        fail(where(), `${what} uses {fqdn}, but ${subject} declares no fqdn.`, 'DECL_UNKNOWN_PLACEHOLDER');
      } else if (!allowed.has(placeholder)) {
        fail(
          where(),
          `${what} uses {${placeholder}}, which ${subject} does not have (available: ${[...allowed].map((p) => `{${p}}`).join(', ')}).`,
          'DECL_UNKNOWN_PLACEHOLDER',
        );
      }
    }
  };
  for (const [key, value] of Object.entries(map(merged['attributes']))) {
    checkTemplate(value, () => stack.locate(['attributes', key]));
  }
  const media = map(map(merged['osDeployment'])['virtualMedia']);
  if (isMap(merged['osDeployment'])) {
    if (isMap(merged['deploymentPlan']) || isMap(merged['goldenImage'])) {
      fail(
        stack.locate(['osDeployment', 'virtualMedia']),
        `The plan of ${subject} declares both Image Streamer (deploymentPlan or goldenImage) and osDeployment.virtualMedia: keep one.`,
        'DECL_OS_DEPLOYMENT_CONFLICT',
      );
    }
    const path = asText(map(media['answerFile'])['template']);
    const text = fileText(path);
    const where = () => stack.locate(['osDeployment', 'virtualMedia', 'answerFile', 'template']);
    if (text === null) {
      fail(
        where(),
        `The answer file template ${path} of ${subject} is not a readable text file of the declarations root.`,
        'DECL_UNKNOWN_REFERENCE',
      );
    } else {
      const declared = map(map(media['answerFile'])['secrets']);
      const attributes = map(merged['attributes']);
      for (const part of splitAnswerFile(text)) {
        if (part.kind === 'text') checkTemplate(part.text, where, `The answer file template ${path}`);
        else if (part.kind === 'secret' && !isMap(declared[part.name])) {
          fail(
            where(),
            `The answer file template ${path} uses {secret:${part.name}}, which answerFile.secrets does not declare.`,
            'DECL_UNKNOWN_REFERENCE',
          );
        } else if (part.kind === 'attr' && typeof attributes[part.name] !== 'string') {
          fail(
            where(),
            `The answer file template ${path} uses {attr:${part.name}}, which ${subject} has no attribute of.`,
            'DECL_UNKNOWN_REFERENCE',
          );
        }
      }
    }
  }
  for (const check of checks(merged)) {
    const name = asText(check['name']);
    const type = check['type'];
    const need = type === 'tcp' ? ['host', 'port'] : type === 'http' ? ['url'] : [];
    if (type !== 'consul' && type !== 'tcp' && type !== 'http') {
      fail(
        stack.locateCheck(name),
        `The verify check ${name} has no type (consul, tcp or http).`,
        'DECL_MISSING_FIELD',
      );
    }
    for (const field of need) {
      if (check[field] === undefined) {
        fail(
          stack.locateCheck(name),
          `The ${asText(type)} verify check ${name} needs ${field}.`,
          'DECL_MISSING_FIELD',
        );
      }
    }
    for (const field of TEMPLATED_CHECK_FIELDS)
      checkTemplate(check[field], () => stack.locateCheck(name, field));
  }
  return ok;
}

/** Checks the templates of one layer of attributes (a pool override) against the placeholders available. */
export function checkAttributeTemplates(
  attributes: PlainMap,
  locate: (key: string) => { at: SourceLocation; path: string },
  subject: string,
  allowed: ReadonlySet<Placeholder>,
  hasFqdn: boolean,
  diagnostics: DiagnosticList,
): boolean {
  let ok = true;
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value !== 'string') continue;
    const compiled = compileTemplate(value);
    const missing = compiled.ok
      ? [...compiled.template.placeholders].find((p) => !allowed.has(p) || (p === 'fqdn' && !hasFqdn))
      : undefined;
    if (compiled.ok && missing === undefined) continue;
    const where = locate(key);
    const problem = compiled.ok ? `uses {${missing}}, which ${subject} does not have` : compiled.problem;
    diagnostics.error('DECL_UNKNOWN_PLACEHOLDER', `The template ${problem}.`, where.at, where.path);
    ok = false;
  }
  return ok;
}

export interface NodeInput {
  readonly name: string;
  readonly owner: NodeOwner;
  readonly plan: string;
  readonly merged: PlainMap;
  readonly fqdn: string | null;
  readonly values: TemplateValues;
  readonly pin: HardwarePin | null;
  /** Replicas of the pool (1 for a pet): what rollout percentages resolve against. */
  readonly replicas: number;
  readonly dependsOn: readonly string[];
  readonly lookups: NodeLookups;
  readonly source: SourceLocation;
}

/** What every node built from one merged stack shares: built once, frozen once, referenced by each node. */
interface SharedParts {
  readonly deploymentPlan: ArtifactRef | null;
  readonly goldenImage: ArtifactRef | null;
  /** Null for pets: their hardware carries their own pin. */
  readonly hardware: HardwareSpec | null;
  /** Null when a check uses placeholders and so differs per node. */
  readonly verify: VerifySpec | null;
  readonly rollout: RolloutSpec;
  readonly remediation: RemediationSpec;
  /** Attribute templates sorted by name. */
  readonly attributes: readonly (readonly [string, CompiledTemplate])[];
}

const shared = new WeakMap<PlainMap, SharedParts>();

function sharedParts(merged: PlainMap, pin: HardwarePin | null, replicas: number): SharedParts {
  let parts = shared.get(merged);
  if (parts !== undefined) return parts;
  const hardware = map(merged['hardware']);
  const templated = checks(merged).some((check) =>
    TEMPLATED_CHECK_FIELDS.some((field) => {
      const value = check[field];
      if (typeof value !== 'string') return false;
      const compiled = compileTemplate(value);
      return !compiled.ok || compiled.template.placeholders.size > 0;
    }),
  );
  parts = deepFreeze({
    deploymentPlan: artifact(merged['deploymentPlan']),
    goldenImage: artifact(merged['goldenImage']),
    hardware:
      pin === null
        ? {
            serverHardwareType: asText(hardware['serverHardwareType']),
            enclosureGroup: stringOrNull(hardware['enclosureGroup']),
            enclosures: Array.isArray(hardware['enclosures']) ? (hardware['enclosures'] as string[]) : null,
            spread: hardware['spread'] === 'enclosure' ? ('enclosure' as const) : ('none' as const),
            pin: null,
          }
        : null,
    verify: templated ? null : verifySpec(merged, (text) => text),
    rollout: rolloutSpec(map(merged['rollout']), replicas),
    remediation: remediationSpec(map(merged['remediation'])),
    attributes: attributeTemplates(map(merged['attributes'])),
  });
  shared.set(merged, parts);
  return parts;
}

/**
 * A stack's attribute templates in code-unit order of their names. The names are sorted as they are (the default
 * sort compares code units, as `<` does): a comparator that destructured its two entries ran the array iterator
 * twice per comparison, which a first load runs in the interpreter for every stack.
 */
function attributeTemplates(attributes: PlainMap): (readonly [string, CompiledTemplate])[] {
  const templates: (readonly [string, CompiledTemplate])[] = [];
  for (const key of Object.keys(attributes).sort()) {
    const value = attributes[key];
    if (typeof value !== 'string') continue;
    const compiled = compileTemplate(value);
    if (compiled.ok) templates.push([key, compiled.template]);
  }
  return templates;
}

const tails = new WeakMap<
  SharedParts,
  { readonly of: Parameters<typeof specHashTail>[0]; readonly tail: string }
>();

/**
 * specHashTail of a node of this stack. The parts fix its artifacts; its template, its template's hash and its
 * hardware type come from the same merged stack, but are compared, not assumed.
 */
function stackTail(parts: SharedParts, spec: Parameters<typeof specHashTail>[0]): string {
  const kept = tails.get(parts);
  if (
    kept !== undefined &&
    kept.of.profileTemplate === spec.profileTemplate &&
    kept.of.templateSpec === spec.templateSpec &&
    kept.of.hardware.serverHardwareType === spec.hardware.serverHardwareType
  )
    return kept.tail;
  const tail = specHashTail(spec);
  tails.set(parts, { of: spec, tail });
  return tail;
}

/** Renders one node from a checked stack (see checkStack): templating, defaults, spec hash. */
export function buildDesiredNode(input: NodeInput): DesiredNode {
  const { merged, values, pin } = input;
  const parts = sharedParts(merged, pin, input.replicas);
  const attributes: Record<string, string> = {};
  // Indexed, not `for (const [key, template] of ...)`: the destructuring allocates per attribute of every node.
  for (let i = 0; i < parts.attributes.length; i++) {
    const entry = parts.attributes[i]!;
    attributes[entry[0]] = entry[1].render(values);
  }
  const profileTemplate = asText(merged['profileTemplate']);
  const templateSpec = input.lookups.templateSpecOf(profileTemplate);
  const osDeployment = virtualMedia(merged, values, attributes, input.lookups);
  const hardware = parts.hardware ?? petHardware(merged, pin);
  const spec = {
    profileTemplate,
    templateSpec,
    deploymentPlan: parts.deploymentPlan,
    goldenImage: parts.goldenImage,
    osDeployment,
    hardware,
  };
  // Past the attributes, the spec hash input of a node without media of its own is its stack's.
  const specHash =
    osDeployment === null
      ? computeSpecHashAfter(attributes, stackTail(parts, spec))
      : computeSpecHash({ ...spec, attributes });
  const verify = parts.verify ?? verifySpec(merged, (text) => renderText(text, values));
  // Frozen here, member by member, so that the freezing of the whole desired state stops at each node: the parts
  // its stack shares are frozen once, and a walk over every member of every node found little else to do.
  deepFreeze(input.owner);
  Object.freeze(attributes);
  deepFreeze(osDeployment);
  deepFreeze(hardware);
  deepFreeze(verify);
  deepFreeze(input.dependsOn);
  deepFreeze(input.source);
  // One literal with every member: a copy with one more member (`{ ...node, specHash }`) gets a hidden class of
  // its own in V8, a few hundred bytes per node and megamorphic property reads wherever nodes are read.
  return Object.freeze({
    name: input.name,
    owner: input.owner,
    plan: input.plan,
    profileTemplate,
    templateSpec,
    deploymentPlan: parts.deploymentPlan,
    goldenImage: parts.goldenImage,
    osDeployment,
    attributes,
    fqdn: input.fqdn,
    hardware,
    verify,
    rollout: parts.rollout,
    remediation: parts.remediation,
    protected: merged['protected'] === true,
    dependsOn: input.dependsOn,
    source: input.source,
    specHash,
  });
}

/** A pet's hardware: its own pin (pool nodes share their stack's hardware, see SharedParts). */
function petHardware(merged: PlainMap, pin: HardwarePin | null): HardwareSpec {
  const hardware = map(merged['hardware']);
  return {
    serverHardwareType: asText(hardware['serverHardwareType']),
    enclosureGroup: stringOrNull(hardware['enclosureGroup']),
    enclosures: null,
    spread: 'none',
    pin,
  };
}

function virtualMedia(
  merged: PlainMap,
  values: TemplateValues,
  attributes: Readonly<Record<string, string>>,
  lookups: NodeLookups,
): VirtualMediaDeployment | null {
  // Most stacks deploy through Image Streamer: no media, and nothing to allocate to find that out.
  if (!isMap(merged['osDeployment'])) return null;
  const media = map(map(merged['osDeployment'])['virtualMedia']);
  const image = map(media['image']);
  const answerFile = map(media['answerFile']);
  if (typeof image['url'] !== 'string' || typeof answerFile['template'] !== 'string') return null;
  const template = answerFile['template'];
  const secrets: Record<string, CredentialRef> = {};
  for (const [name, ref] of Object.entries(map(answerFile['secrets']))) {
    if (isMap(ref) && typeof ref['env'] === 'string') secrets[name] = { env: ref['env'] };
    else if (isMap(ref) && typeof ref['file'] === 'string') secrets[name] = { file: ref['file'] };
  }
  return {
    method: 'virtualMedia',
    image: { url: image['url'], sha256: asText(image['sha256']) },
    answerFile: {
      kind: asText(answerFile['kind']) as AnswerFileKind,
      template,
      text: renderAnswerFile(lookups.fileText(template) ?? '', values, attributes),
      secrets,
    },
  };
}

/**
 * Renders an answer file template: placeholders filled, `{attr:NAME}` replaced by the node's attribute, each
 * `{secret:NAME}` left as its marker.
 */
function renderAnswerFile(
  text: string,
  values: TemplateValues,
  attributes: Readonly<Record<string, string>>,
): string {
  return splitAnswerFile(text)
    .map((part) =>
      part.kind === 'text'
        ? renderText(part.text, values)
        : part.kind === 'attr'
          ? (attributes[part.name] ?? '')
          : secretMarker(part.name),
    )
    .join('');
}

type AnswerFilePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'secret' | 'attr'; readonly name: string };

/** `{attr:NAME}` in an answer file template: the node's attribute NAME, after templating. */
const ATTRIBUTE_PLACEHOLDER = /(?<!\{)\{attr:([A-Za-z_][A-Za-z0-9_]*)\}(?!\})/g;

/** The template's text between its `{secret:NAME}` and `{attr:NAME}` placeholders, and those placeholders. */
function splitAnswerFile(text: string): AnswerFilePart[] {
  const found = [
    ...[...text.matchAll(SECRET_PLACEHOLDER)].map((m) => ({ kind: 'secret' as const, m })),
    ...[...text.matchAll(ATTRIBUTE_PLACEHOLDER)].map((m) => ({ kind: 'attr' as const, m })),
  ].sort((a, b) => a.m.index - b.m.index);
  const parts: AnswerFilePart[] = [];
  let last = 0;
  for (const { kind, m } of found) {
    parts.push({ kind: 'text', text: text.slice(last, m.index) }, { kind, name: m[1]! });
    last = m.index + m[0].length;
  }
  parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

function renderText(text: string, values: TemplateValues): string {
  const compiled = compileTemplate(text);
  return compiled.ok ? compiled.template.render(values) : text;
}

export function rolloutSpec(rollout: PlainMap, replicas: number): RolloutSpec {
  const count = (key: keyof typeof DEFAULT_ROLLOUT, rounding: 'floor' | 'ceil'): number => {
    const value = rollout[key];
    return typeof value === 'number' || typeof value === 'string'
      ? resolveCount(value, replicas, rounding)
      : DEFAULT_ROLLOUT[key];
  };
  const maxSurge = count('maxSurge', 'ceil');
  const maxUnavailable = count('maxUnavailable', 'floor');
  return {
    // A rollout that may neither surge nor take a node down could never progress.
    maxUnavailable: maxUnavailable === 0 && maxSurge === 0 ? 1 : maxUnavailable,
    maxSurge,
    maxInFlight: Math.max(1, count('maxInFlight', 'ceil')),
  };
}

function verifySpec(merged: PlainMap, render: (text: string) => string): VerifySpec {
  const verify = map(merged['verify']);
  const optional = (value: Plain | undefined): string | null =>
    typeof value === 'string' ? render(value) : null;
  return {
    checks: checks(merged).map((check): VerifyCheck => {
      const name = asText(check['name']);
      const type = asText(check['type']);
      switch (type) {
        case 'tcp':
          return { name, type: 'tcp', host: render(asText(check['host'])), port: Number(check['port']) };
        case 'http':
          return {
            name,
            type: 'http',
            url: render(asText(check['url'])),
            expectStatus: typeof check['expectStatus'] === 'number' ? check['expectStatus'] : 200,
          };
        default:
          return { name, type: 'consul', service: optional(check['service']) };
      }
    }),
    stableForMs: parseDuration(
      typeof verify['stableFor'] === 'string' ? verify['stableFor'] : DEFAULT_VERIFY.stableFor,
    ),
    timeoutMs: parseDuration(
      typeof verify['timeout'] === 'string' ? verify['timeout'] : DEFAULT_VERIFY.timeout,
    ),
  };
}

function remediationSpec(remediation: PlainMap): RemediationSpec {
  return {
    enabled: remediation['enabled'] === true,
    strategy: remediation['strategy'] === 'abandon' ? 'abandon' : 'recycle',
  };
}

function checks(merged: PlainMap): PlainMap[] {
  const list = map(merged['verify'])['checks'];
  return Array.isArray(list) ? (list as readonly Plain[]).filter(isMap) : [];
}

function artifact(value: Plain | undefined): ArtifactRef | null {
  if (!isMap(value) || typeof value['name'] !== 'string') return null;
  return { name: value['name'], id: stringOrNull(value['id']) };
}

function stringOrNull(value: Plain | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function map(value: Plain | undefined): PlainMap {
  return isMap(value) ? value : {};
}
