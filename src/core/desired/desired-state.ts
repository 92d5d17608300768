import type { SourceLocation } from '../diagnostics/diagnostic.js';
import type { DesiredTemplate } from '../template/template-content.js';

/**
 * Desired state: what the declarations of one revision resolve to. Produced by src/declarations, read by the
 * planner. Every value is plain JSON data and deeply frozen by its producer.
 */
export interface DesiredState {
  readonly site: SiteSpec;
  readonly pools: readonly PoolSpec[];
  /** One entry per node name, sorted by name. */
  readonly nodes: readonly DesiredNode[];
  readonly plans: readonly PlanSummary[];
  /** Declared ProfileTemplates, sorted by name. */
  readonly templates: readonly DesiredTemplate[];
}

/** A reference to a secret: never the secret itself. */
export type CredentialRef = { readonly env: string } | { readonly file: string };

export interface SiteSpec {
  readonly name: string;
  readonly oneview: {
    /** Base URL of the appliance, e.g. https://oneview.example.org. May be filled from OV_ADDRESS instead. */
    readonly url: string | null;
    /** Pinned X-API-Version; null negotiates the highest version both sides support. */
    readonly apiVersion: number | null;
    readonly username: string | CredentialRef | null;
    readonly password: CredentialRef | null;
    readonly authDomain: string | null;
    readonly tls: { readonly caFile: string | null; readonly insecureSkipVerify: boolean };
  };
  /** Image Streamer base URL; null discovers it through /rest/deployment-servers. */
  readonly imageStreamerUrl: string | null;
  /** Consul HTTP API base URL for verify checks; CONSUL_HTTP_ADDR overrides it. */
  readonly consulUrl: string | null;
  readonly guards: Guards;
  readonly maintenanceWindows: readonly MaintenanceWindow[];
  readonly suspend: boolean;
  /** correct: drifted nodes are replaced and templates restored; report: drift is only shown. */
  readonly drift: 'correct' | 'report';
  readonly source: SourceLocation;
}

export interface Guards {
  readonly maxDeletionsPerRun: number;
  /** 0..100: deletions above this share of the owned nodes block the run. */
  readonly maxDeletionsPercent: number;
  /** Pools that a commit may shrink to zero replicas. */
  readonly allowEmptyPools: boolean;
  /** Deletes run without --allow-deletions. */
  readonly autoDelete: boolean;
  /** Global cap of concurrent OneView mutations for this appliance. */
  readonly maxConcurrentOperations: number;
}

export interface MaintenanceWindow {
  /** Five-field cron expression for when a window opens. */
  readonly cron: string;
  /** Window length in milliseconds. */
  readonly durationMs: number;
  /** IANA time zone the cron expression is read in; null = UTC. */
  readonly timezone: string | null;
}

export interface PlanSummary {
  readonly name: string;
  /** Ancestors, root first, then this plan. */
  readonly chain: readonly string[];
  readonly source: SourceLocation;
}

export interface PoolSpec {
  readonly name: string;
  readonly plan: string;
  readonly replicas: number;
  /** Generated node names, in index order. */
  readonly nodeNames: readonly string[];
  readonly dependsOn: readonly string[];
  readonly rollout: RolloutSpec;
  readonly source: SourceLocation;
}

export interface ArtifactRef {
  readonly name: string;
  /** Pin by id: a name that later means another artifact does not silently change a rebuild. */
  readonly id: string | null;
}

/** The kinds of answer file an installer reads: Anaconda kickstart, Ubuntu autoinstall or cloud-init, Windows unattend. */
export type AnswerFileKind = 'kickstart' | 'autoinstall' | 'cloud-init' | 'unattend';

/**
 * An OS installed from the iLO's virtual media: the install image in the CD slot, the node's rendered answer file
 * delivered beside it, a one-time boot from CD.
 */
export interface VirtualMediaDeployment {
  readonly method: 'virtualMedia';
  readonly image: { readonly url: string; readonly sha256: string };
  readonly answerFile: {
    readonly kind: AnswerFileKind;
    /** Path of the template, relative to the declarations root. */
    readonly template: string;
    /**
     * The template rendered for this node. Each `{secret:NAME}` of the template is left as a marker (see
     * secretMarker), replaced by its value only when the node's media are built.
     */
    readonly text: string;
    /** The secrets the template uses, by name: references, never values. */
    readonly secrets: Readonly<Record<string, CredentialRef>>;
  };
}

/** `{secret:NAME}` in an answer file template; not preceded or followed by another brace (those are literal). */
export const SECRET_PLACEHOLDER = /(?<!\{)\{secret:([A-Z][A-Z0-9_]*)\}(?!\})/g;

/** NUL: it never appears in a template Phoenix reads, so it cannot be confused with the template's text. */
const NUL = String.fromCharCode(0);

/** What stands for a secret in a rendered answer file. */
export function secretMarker(name: string): string {
  return `${NUL}secret:${name}${NUL}`;
}

/** The markers of a rendered answer file. */
export const SECRET_MARKER = new RegExp(`${NUL}secret:([A-Z][A-Z0-9_]*)${NUL}`, 'g');

export type HardwarePin =
  { readonly enclosure: string; readonly bay: number } | { readonly serialNumber: string };

export interface HardwareSpec {
  /** Server hardware type name, e.g. "SY 480 Gen10 1". */
  readonly serverHardwareType: string;
  /** Enclosure group name; null accepts any. */
  readonly enclosureGroup: string | null;
  /** Allowed enclosure names; null accepts any. */
  readonly enclosures: readonly string[] | null;
  readonly spread: 'enclosure' | 'none';
  /** Pets pin their hardware; pool nodes have null. */
  readonly pin: HardwarePin | null;
}

export type VerifyCheck =
  | { readonly name: string; readonly type: 'consul'; readonly service: string | null }
  | { readonly name: string; readonly type: 'tcp'; readonly host: string; readonly port: number }
  | { readonly name: string; readonly type: 'http'; readonly url: string; readonly expectStatus: number };

export interface VerifySpec {
  readonly checks: readonly VerifyCheck[];
  /** All checks must pass continuously this long. */
  readonly stableForMs: number;
  /** Verify fails when not Ready after this long. */
  readonly timeoutMs: number;
}

export interface RolloutSpec {
  readonly maxUnavailable: number;
  readonly maxSurge: number;
  readonly maxInFlight: number;
}

export interface RemediationSpec {
  /** Heal faulted nodes automatically. */
  readonly enabled: boolean;
  /** recycle: power off and delete the faulted profile first; abandon: leave the faulted hardware as it is. */
  readonly strategy: 'recycle' | 'abandon';
}

export type NodeOwner =
  | { readonly kind: 'NodePool'; readonly name: string; readonly index: number }
  | { readonly kind: 'Node'; readonly name: string };

/** One desired server, after merging, templating and validation. */
export interface DesiredNode {
  readonly name: string;
  readonly owner: NodeOwner;
  readonly plan: string;
  readonly profileTemplate: string;
  /**
   * sha256 hex of the declared ProfileTemplate's content; null when the template is not declared (an existing,
   * unmanaged template on the appliance).
   */
  readonly templateSpec: string | null;
  readonly deploymentPlan: ArtifactRef | null;
  readonly goldenImage: ArtifactRef | null;
  /** Null: the OS comes from the deployment plan (Image Streamer), or from what the template's boot volume holds. */
  readonly osDeployment: VirtualMediaDeployment | null;
  /** Custom attributes after templating; values are strings. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly fqdn: string | null;
  readonly hardware: HardwareSpec;
  readonly verify: VerifySpec;
  readonly rollout: RolloutSpec;
  readonly remediation: RemediationSpec;
  readonly protected: boolean;
  /** Names of desired nodes that must be Ready before this one is composed (pools expanded). */
  readonly dependsOn: readonly string[];
  /** sha256 hex of the canonical JSON of the immutable part (see specHashInput). */
  readonly specHash: string;
  readonly source: SourceLocation;
}

/**
 * The immutable part of a node: what the spec hash covers. A change to any of it replaces the server;
 * verify, rollout, remediation, protection and dependencies never do.
 */
export function specHashInput(
  node: Pick<
    DesiredNode,
    'profileTemplate' | 'templateSpec' | 'deploymentPlan' | 'goldenImage' | 'attributes' | 'hardware'
  > & { readonly osDeployment?: VirtualMediaDeployment | null },
): unknown {
  const os = node.osDeployment ?? null;
  // Members are added in code-unit order of their keys (artifact references copied so), so that canonical JSON
  // can write the value natively as it is; the order changes nothing in the text or the hash.
  const input: Record<string, unknown> = {
    attributes: node.attributes,
    deploymentPlan: sortedArtifact(node.deploymentPlan),
    goldenImage: sortedArtifact(node.goldenImage),
  };
  // The image's checksum and the rendered answer file; nodes deployed by Image Streamer keep the hash they had.
  if (os !== null) {
    input['osDeployment'] = {
      answerFile: os.answerFile.text,
      answerFileKind: os.answerFile.kind,
      imageSha256: os.image.sha256,
      imageUrl: os.image.url,
      method: os.method,
    };
  }
  input['profileTemplate'] = node.profileTemplate;
  input['serverHardwareType'] = node.hardware.serverHardwareType;
  // Only declared templates add their content: nodes on unmanaged templates keep the hash they had.
  if (node.templateSpec !== null) input['templateSpec'] = node.templateSpec;
  return input;
}

/** The reference with `id` before `name`; anything else than those two members is left as it is. */
function sortedArtifact(ref: ArtifactRef | null): ArtifactRef | null {
  if (
    ref === null ||
    Object.keys(ref).length !== 2 ||
    !Object.hasOwn(ref, 'id') ||
    !Object.hasOwn(ref, 'name')
  )
    return ref;
  return { id: ref.id, name: ref.name };
}
