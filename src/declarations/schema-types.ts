/* eslint-disable */
/**
 * Raw declaration types, generated from schemas/declarations by `npm run generate`. Do not edit: change the
 * schemas and regenerate (a test fails when this file and the schemas drift apart).
 */

/**
 * One YAML document of a declarations repository.
 */
export type Declaration = Site | Plan | NodePool | Node | ProfileTemplate;
/**
 * Pools or nodes that must be Ready before this one is composed.
 */
export type DependsOn = string[] | null;
/**
 * One connection: a port, the network (or network set) it carries, bandwidth and boot priority.
 */
export type TemplateConnection = {
  /**
   * Connection id, unique in the template.
   */
  id: number;
  name?: string;
  /**
   * Adapter port and function, e.g. "Mezz 3:1-a", or "Auto"; unique in the template.
   */
  portId: string;
  functionType?: 'Ethernet' | 'FibreChannel' | 'iSCSI';
  /**
   * Network name.
   */
  network?: string;
  /**
   * Network set name (instead of network).
   */
  networkSet?: string;
  /**
   * Requested bandwidth in Mb/s; must not exceed the port's maximum.
   */
  requestedMbps?: number;
  bootPriority?: 'NotBootable' | 'Primary' | 'Secondary';
} & {
  [k: string]: unknown | undefined;
};

/**
 * One OneView appliance and the settings shared by everything declared beside it. Exactly one Site per declarations root.
 */
export interface Site {
  /**
   * Version of the declaration format.
   */
  apiVersion: 'phoenix/v1alpha1';
  kind: 'Site';
  metadata: Metadata;
  spec: {
    /**
     * The appliance connection. OV_ADDRESS, OV_USERNAME, OV_PASSWORD, OV_AUTH_DOMAIN and OV_CA_FILE fill or override it.
     */
    oneview?: {
      /**
       * HTTPS base URL of the appliance, e.g. https://oneview.example.org (plain http is refused: the session token would travel in clear).
       */
      url?: string;
      /**
       * Pinned X-API-Version; absent negotiates the highest version both sides support.
       */
      apiVersion?: number;
      /**
       * References to the login; a literal password is an error.
       */
      credentials?: {
        /**
         * A user name, or a reference to one.
         */
        username?: string | CredentialRef;
        password?: CredentialRef;
        /**
         * Login domain, e.g. LOCAL.
         */
        authDomain?: string;
      };
      tls?: {
        /**
         * Absolute path of the PEM file of the CA that signed the appliance certificate, on the machine that runs Phoenix. OV_CA_FILE overrides it.
         */
        caFile?: string;
        /**
         * Has no effect: a commit cannot weaken TLS. Only OV_INSECURE_SKIP_VERIFY=true, set outside the repository, turns verification off; a Site that asks for it is warned about at every connection.
         */
        insecureSkipVerify?: boolean;
      };
    };
    imageStreamer?: {
      /**
       * HTTPS base URL of the Image Streamer; absent discovers it through /rest/deployment-servers. It must be one the appliance advertises (or be set outside the repository with OV_IMAGE_STREAMER_URL).
       */
      url?: string;
    };
    consul?: {
      /**
       * Consul HTTP API base URL for verify checks; CONSUL_HTTP_ADDR overrides it.
       */
      url?: string;
    };
    /**
     * Limits that block a reconcile plan instead of letting it delete too much.
     */
    guards?: {
      /**
       * Default 5.
       */
      maxDeletionsPerRun?: number;
      /**
       * Share of the owned nodes one run may delete, 0 to 100 (default 20).
       */
      maxDeletionsPercent?: number;
      /**
       * A commit may shrink a pool to zero replicas (default false).
       */
      allowEmptyPools?: boolean;
      /**
       * Deletes run without --allow-deletions (default false).
       */
      autoDelete?: boolean;
      /**
       * Concurrent OneView mutations on this appliance (default 8).
       */
      maxConcurrentOperations?: number;
    };
    defaults?: Layer;
    /**
     * When applies may run; absent means always.
     */
    maintenanceWindows?: {
      /**
       * Five-field cron expression for when a window opens.
       */
      cron: string;
      /**
       * A duration such as "30s", "5m", "2h" or "1h30m" (units ms, s, m, h, d).
       */
      duration: string;
      /**
       * IANA time zone of the cron expression (default UTC).
       */
      timezone?: string;
    }[];
    /**
     * Stops every apply for this site until set back to false.
     */
    suspend?: boolean;
    /**
     * What a profile or template edited outside Git leads to: correct (default) replaces the drifted nodes and restores the template; report only shows the drift in the plan, the status API and the metrics.
     */
    drift?: 'correct' | 'report';
  };
}
/**
 * Identity of the resource.
 */
export interface Metadata {
  /**
   * A lowercase DNS label: letters, digits and hyphens, at most 63 characters.
   */
  name: string;
  /**
   * Free-form labels for people and tools; Phoenix does not read them.
   */
  labels?: {
    [k: string]: string | undefined;
  };
}
/**
 * A reference to a secret, never the secret itself: {env: NAME} reads an environment variable, {file: PATH} reads a file.
 */
export interface CredentialRef {
  env?: string;
  /**
   * Absolute path of the file on the machine that runs Phoenix.
   */
  file?: string;
}
/**
 * Settings every plan, pool and node inherits unless it sets its own.
 */
export interface Layer {
  attributes?: Attributes | null;
  hardware?: HardwareSelector | null;
  verify?: Verify | null;
  rollout?: Rollout | null;
  remediation?: Remediation | null;
}
/**
 * Custom attributes of the deployment plan, by name; values are strings and may use placeholders. null removes an inherited attribute. A NIC attribute is set key by key: <name>.connectionid, .dhcp, .ipv4disable, .networkuri, .constraint (a key left out takes its default, which the plan shows).
 */
export interface Attributes {
  [k: string]: string | null | undefined;
}
/**
 * Which server hardware a node may run on.
 */
export interface HardwareSelector {
  /**
   * Server hardware type name, e.g. "SY 480 Gen10 1".
   */
  serverHardwareType?: string | null;
  /**
   * Enclosure group name; absent accepts any.
   */
  enclosureGroup?: string | null;
  /**
   * Allowed enclosure names; absent accepts any.
   */
  enclosures?: string[] | null;
  /**
   * enclosure spreads a pool's nodes across enclosures.
   */
  spread?: 'enclosure' | 'none' | null;
}
/**
 * How Phoenix decides a node is Ready after it boots.
 */
export interface Verify {
  checks?: VerifyCheck[] | null;
  /**
   * All checks must pass continuously this long (default 30s).
   */
  stableFor?: string | null;
  /**
   * Verify fails when the node is not Ready after this long (default 30m).
   */
  timeout?: string | null;
}
/**
 * One check a node must pass to be Ready. Checks merge by name across layers. consul: the node is registered in the Consul catalog (with service: that service passes on the node); tcp: host:port accepts connections; http: url answers with expectStatus.
 */
export interface VerifyCheck {
  /**
   * Identifies the check when layers merge.
   */
  name: string;
  type?: 'consul' | 'tcp' | 'http' | null;
  /**
   * consul: a service that must pass on the node.
   */
  service?: string | null;
  /**
   * tcp: host to connect to; placeholders allowed, e.g. "{fqdn}".
   */
  host?: string | null;
  /**
   * tcp: port to connect to.
   */
  port?: number | null;
  /**
   * http: URL to request; placeholders allowed.
   */
  url?: string | null;
  /**
   * http: expected status code (200 by default).
   */
  expectStatus?: number | null;
}
/**
 * How many nodes of a pool may change at once. Percentages resolve against the pool's replicas (maxUnavailable rounds down, maxSurge and maxInFlight round up).
 */
export interface Rollout {
  /**
   * Nodes that may be not Ready during a rollout (default 1).
   */
  maxUnavailable?: (number | string) | null;
  /**
   * Extra nodes composed before old ones are recycled (default 0).
   */
  maxSurge?: (number | string) | null;
  /**
   * Nodes of the pool with a step running at once (default 10).
   */
  maxInFlight?: (number | string) | null;
}
/**
 * What Phoenix does with a faulted node.
 */
export interface Remediation {
  /**
   * Heal faulted nodes automatically (default false).
   */
  enabled?: boolean | null;
  /**
   * recycle powers off and deletes the faulted profile first; abandon leaves the faulted hardware as it is (default recycle).
   */
  strategy?: 'recycle' | 'abandon' | null;
}
/**
 * An OS build: a server profile template, how the OS is put on the server (an Image Streamer deployment plan, or an install image in the iLO's virtual media with a per-node answer file) and the custom attributes it needs. Plans inherit from one another with extends.
 */
export interface Plan {
  /**
   * Version of the declaration format.
   */
  apiVersion: 'phoenix/v1alpha1';
  kind: 'Plan';
  metadata: Metadata;
  spec: {
    /**
     * A lowercase DNS label: letters, digits and hyphens, at most 63 characters.
     */
    extends?: string;
    /**
     * OneView server profile template name.
     */
    profileTemplate?: string | null;
    /**
     * Image Streamer OS deployment plan: the older spelling of osDeployment.imageStreamer.deploymentPlan, still accepted.
     */
    deploymentPlan?: ArtifactRef | null;
    /**
     * Asserts the golden image the deployment plan uses: the older spelling of osDeployment.imageStreamer.goldenImage, still accepted.
     */
    goldenImage?: ArtifactRef | null;
    /**
     * How the OS is put on the server: exactly one of imageStreamer or virtualMedia.
     */
    osDeployment?: OsDeployment | null;
    attributes?: Attributes | null;
    hardware?: HardwareSelector | null;
    verify?: Verify | null;
    rollout?: Rollout | null;
    remediation?: Remediation | null;
  };
}
/**
 * An Image Streamer artifact by name, optionally pinned by id.
 */
export interface ArtifactRef {
  name: string;
  /**
   * Pins the artifact: a name that later means another artifact is then an error.
   */
  id?: string | null;
}
/**
 * How the OS is put on the server: exactly one of imageStreamer (a deployment plan and golden image) or virtualMedia (an install image in the iLO's virtual media with a per-node answer file). A plan that chooses one drops the method it inherits.
 */
export interface OsDeployment {
  imageStreamer?: ImageStreamer | null;
  virtualMedia?: VirtualMedia | null;
}
/**
 * Deploy from an Image Streamer OS deployment plan: the OS volume is built from the plan's golden image with the custom attributes (spec.attributes) filled in per node.
 */
export interface ImageStreamer {
  /**
   * The Image Streamer OS deployment plan.
   */
  deploymentPlan?: ArtifactRef | null;
  /**
   * Asserts the golden image the deployment plan uses.
   */
  goldenImage?: ArtifactRef | null;
}
/**
 * Install from an image inserted in the server's iLO virtual media (CD), booted once from CD, with a per-node answer file delivered in the second virtual media slot. The iLO is reached with a session OneView hands out: Phoenix holds no iLO credentials.
 */
export interface VirtualMedia {
  /**
   * The install ISO, at an HTTP(S) URL the iLOs can reach.
   */
  image: {
    /**
     * HTTP(S) URL of the install ISO.
     */
    url: string;
    /**
     * sha256 of the ISO (lowercase hex). Part of the spec hash; Phoenix reads the image and checks it before it touches a node that boots it.
     */
    sha256: string;
  };
  /**
   * The answer file template, rendered per node with the placeholders {name}, {fqdn}, {index}, {pool}, {site} ({{ and }} are literal braces) and {attr:NAME}, the node's attribute NAME; {secret:NAME} is replaced, only when the node's media are built, by the secret its reference names.
   */
  answerFile: {
    /**
     * Path of the template file, relative to the declarations root.
     */
    template: string;
    /**
     * kickstart (Anaconda: ks.cfg on an OEMDRV volume), autoinstall or cloud-init (Ubuntu: user-data and meta-data on a CIDATA volume), unattend (Windows: autounattend.xml).
     */
    kind: 'kickstart' | 'autoinstall' | 'cloud-init' | 'unattend';
    /**
     * Secrets the template uses as {secret:NAME}: references only, resolved where Phoenix runs, never in Git, plans, logs or the spec hash.
     */
    secrets?: {
      [k: string]: CredentialRef | undefined;
    };
  };
}
/**
 * Interchangeable nodes (cattle) built from one plan: names come from a pattern, hardware from a selector.
 */
export interface NodePool {
  /**
   * Version of the declaration format.
   */
  apiVersion: 'phoenix/v1alpha1';
  kind: 'NodePool';
  metadata: Metadata;
  spec: {
    /**
     * A lowercase DNS label: letters, digits and hyphens, at most 63 characters.
     */
    plan: string;
    /**
     * Number of nodes.
     */
    replicas: number;
    naming: {
      /**
       * Node names, e.g. "k8s-w-{index:02}"; placeholders {index}, {index:NN}, {pool}, {site}.
       */
      pattern: string;
      /**
       * Fully qualified name of each node, e.g. "{name}.example.org".
       */
      fqdn?: string;
      /**
       * First index (default 1).
       */
      startIndex?: number;
    };
    hardware?: HardwareSelector | null;
    attributes?: Attributes | null;
    dependsOn?: DependsOn;
    verify?: Verify | null;
    rollout?: Rollout | null;
    remediation?: Remediation | null;
    /**
     * Per-node settings, keyed by a generated node name.
     */
    overrides?: {
      [k: string]:
        | {
            attributes?: Attributes | null;
            /**
             * Never recycle this node.
             */
            protected?: boolean | null;
          }
        | undefined;
    };
  };
}
/**
 * One named server (a pet), pinned to its hardware.
 */
export interface Node {
  /**
   * Version of the declaration format.
   */
  apiVersion: 'phoenix/v1alpha1';
  kind: 'Node';
  metadata: Metadata;
  spec: {
    /**
     * A lowercase DNS label: letters, digits and hyphens, at most 63 characters.
     */
    plan: string;
    /**
     * The pin: {enclosure, bay} or {serialNumber}; serverHardwareType and enclosureGroup merge from the plan.
     */
    hardware: {
      [k: string]: unknown | undefined;
    } & {
      /**
       * Enclosure (frame) name.
       */
      enclosure?: string;
      /**
       * Device bay number.
       */
      bay?: number;
      /**
       * Server hardware serial number.
       */
      serialNumber?: string;
      serverHardwareType?: string | null;
      enclosureGroup?: string | null;
    };
    /**
     * Fully qualified name, e.g. "{name}.example.org".
     */
    fqdn?: string;
    attributes?: Attributes | null;
    /**
     * Never recycle this node.
     */
    protected?: boolean;
    dependsOn?: DependsOn;
    verify?: Verify | null;
    remediation?: Remediation | null;
  };
}
/**
 * A OneView server profile template held in Git: hardware, connections by network name, boot, BIOS overrides, firmware baseline, local storage, management processor settings and the OS deployment plan. Phoenix creates and updates it on the appliance (named after metadata.name) before the nodes that use it, and a change to it replaces those nodes. Templates inherit from one another with extends.
 */
export interface ProfileTemplate {
  /**
   * Version of the declaration format.
   */
  apiVersion: 'phoenix/v1alpha1';
  kind: 'ProfileTemplate';
  metadata: Metadata;
  spec: {
    /**
     * A lowercase DNS label: letters, digits and hyphens, at most 63 characters.
     */
    extends?: string;
    /**
     * Server hardware type name, e.g. "SY 480 Gen10 1"; resolved on the appliance when planning.
     */
    serverHardwareType?: string | null;
    /**
     * Enclosure group name; resolved on the appliance when planning.
     */
    enclosureGroup?: string | null;
    /**
     * Bay (default) or BayAndServer.
     */
    affinity?: 'Bay' | 'BayAndServer' | null;
    /**
     * Network connections, each by network or network set name.
     */
    connections?: TemplateConnection[] | null;
    /**
     * Boot mode; absent leaves it unmanaged.
     */
    bootMode?: {
      mode: 'UEFI' | 'UEFIOptimized' | 'BIOS';
      pxeBootPolicy?: 'Auto' | 'IPv4' | 'IPv6' | 'IPv4ThenIPv6' | 'IPv6ThenIPv4';
      secureBoot?: 'Enabled' | 'Disabled' | 'Unmanaged';
    } | null;
    /**
     * Boot order; absent leaves it unmanaged.
     */
    bootOrder?: ('CD' | 'USB' | 'HardDisk' | 'PXE' | 'FibreChannelHba')[] | null;
    /**
     * BIOS settings overridden by the template, by setting id; values are strings. null removes an inherited setting.
     */
    bios?: {
      [k: string]: string | null | undefined;
    } | null;
    /**
     * The firmware baseline the template installs (manageFirmware); absent leaves firmware unmanaged.
     */
    firmware?: {
      /**
       * Firmware bundle (SPP) name as the appliance lists it under /rest/firmware-drivers.
       */
      baseline: string;
      /**
       * What is installed (default FirmwareOnly).
       */
      installType?: 'FirmwareOnly' | 'FirmwareAndOSDrivers' | 'FirmwareOnlyOfflineMode';
      /**
       * Install even when the installed version is newer.
       */
      force?: boolean;
      /**
       * When installed firmware is activated (default Immediate).
       */
      activation?: 'Immediate' | 'NotScheduled';
    } | null;
    /**
     * Local storage controllers and their logical drives.
     */
    localStorage?: {
      controllers?: StorageController[];
    } | null;
    /**
     * iLO settings the template manages, without secrets: a key that names a password is refused.
     */
    managementProcessor?: {
      settings?: {
        settingType: string;
        args?: {
          [k: string]: string | number | boolean | undefined;
        };
      }[];
    } | null;
    /**
     * Image Streamer OS deployment plan the template carries (where the site has one).
     */
    deploymentPlan?: ArtifactRef | null;
  };
}
export interface StorageController {
  /**
   * e.g. "Embedded" or "Mezz 1".
   */
  deviceSlot: string;
  mode: 'RAID' | 'HBA' | 'Mixed';
  initialize?: boolean;
  logicalDrives?: {
    name: string;
    raidLevel: 'RAID0' | 'RAID1' | 'RAID1ADM' | 'RAID5' | 'RAID6' | 'RAID10';
    bootable?: boolean;
    numPhysicalDrives?: number;
    driveTechnology?: 'SasHdd' | 'SataHdd' | 'SasSsd' | 'SataSsd' | 'NVMeSsd';
  }[];
}
