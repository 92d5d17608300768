import type { ErrorSpec } from '../error-spec.js';

const finding = (message: string, hint: string): ErrorSpec => ({
  message,
  retry: 'terminal',
  exitCode: 1,
  hint,
});

/**
 * Codes of the declarations layer. DECL_INVALID and DECL_ROOT_NOT_FOUND are thrown; every other code names a
 * diagnostic: a finding about the user's files, reported with file, line, column and YAML path.
 */
export const declarationErrors = {
  DECL_INVALID: finding(
    'The declarations contain errors; nothing was applied.',
    'Fix every diagnostic listed (phoenix validate shows them all at once).',
  ),
  DECL_ROOT_NOT_FOUND: finding(
    'The declarations root does not exist or is not a directory.',
    'Check --repo and --path.',
  ),
  DECL_FILE_TOO_LARGE: finding(
    'A declaration file is larger than 1 MiB and was not read.',
    'Split the file; declarations are small, so a file this size is almost certainly not one.',
  ),
  DECL_NOT_TEXT: finding(
    'A declaration file is not UTF-8 text.',
    'Remove the binary file or give it another extension than .yaml or .yml.',
  ),
  DECL_FILE_UNREADABLE: finding(
    'A declaration file or folder could not be read.',
    'Check the permissions of the file or folder named; nothing is planned until it can be read.',
  ),
  DECL_SYMLINK_ESCAPE: finding(
    'A symbolic link points outside the repository.',
    'Declarations must live in the repository: copy the file in instead of linking to it.',
  ),
  DECL_SYMLINK_BROKEN: finding(
    'A symbolic link points to nothing, or loops.',
    'Point the link at a file that exists in the same commit, or remove it: a file that cannot be read is never taken as a file that does not exist.',
  ),
  DECL_YAML_SYNTAX: finding(
    'A file is not valid YAML.',
    'Fix the syntax at the reported line and column; duplicate keys are syntax errors too.',
  ),
  DECL_ALIAS_LIMIT: finding(
    'A YAML document expands too many aliases.',
    'Declarations need few aliases, if any; a document that expands this many is refused as a resource-exhaustion risk.',
  ),
  DECL_MISSING_KIND: finding(
    'A YAML document is not a resource: it has no kind.',
    'Every document needs apiVersion, kind (Site, Plan, NodePool or Node), metadata and spec.',
  ),
  DECL_UNKNOWN_KIND: finding(
    'A YAML document has an unknown kind.',
    'Use one of Site, Plan, NodePool or Node.',
  ),
  DECL_UNKNOWN_KEY: finding(
    'A declaration has a key its schema does not define.',
    'Check the spelling against docs/reference/declarations.md; unknown keys are errors so typos are not ignored.',
  ),
  DECL_SCHEMA: finding(
    'A value does not match the declaration schema.',
    'Check the type and format of the value against docs/reference/declarations.md.',
  ),
  DECL_LITERAL_SECRET: finding(
    'A secret is written in the declarations.',
    'Reference it instead: {env: NAME} or {file: PATH}. Rotate the secret, since it is in Git history.',
  ),
  DECL_RESERVED_KEY: finding(
    'A declaration uses a reserved key (__proto__, constructor or prototype).',
    'Rename the key: these names belong to the JavaScript object model and are never read as declarations.',
  ),
  DECL_CONTROL_CHARACTER: finding(
    'A key or value contains a control character.',
    'Remove the character (a NUL, an escape, a C1 control...); only tab, line feed and carriage return are allowed in values.',
  ),
  DECL_VALUE_TOO_LONG: finding(
    'A value is longer than 16,384 characters.',
    'Declarations hold short settings; keep large content out of custom attributes and reference it instead.',
  ),
  DECL_INVALID_SCHEDULE: finding(
    'A maintenance window can never open: its cron expression or time zone is invalid.',
    'Use a five-field cron expression with values in range (minute 0-59, hour 0-23, day 1-31, month 1-12, day of week 0-7) and an IANA time zone such as Europe/London.',
  ),
  DECL_IGNORED_SETTING: finding(
    'A Site setting has no effect because only the environment may give it.',
    'Remove it from the Site; set the matching environment variable (OV_INSECURE_SKIP_VERIFY, OV_IMAGE_STREAMER_URL) where Phoenix runs instead.',
  ),
  DECL_NO_SITE: finding(
    'The declarations root has no Site.',
    'Declare exactly one Site (kind: Site) under the declarations root.',
  ),
  DECL_MULTIPLE_SITES: finding(
    'The declarations root has more than one Site.',
    'Keep one Site per declarations root; use --path to point at one site of a multi-site repository.',
  ),
  DECL_DUPLICATE_NAME: finding(
    'Two resources of the same kind have the same name.',
    'Rename or remove one of them.',
  ),
  DECL_DUPLICATE_NODE: finding(
    'Two nodes have the same name.',
    'Node names are unique across pools and pets: change a naming pattern or a Node name.',
  ),
  DECL_DUPLICATE_PIN: finding(
    'Two nodes are pinned to the same hardware.',
    'Pin each Node to its own enclosure bay or serial number.',
  ),
  DECL_DUPLICATE_CONNECTION: finding(
    'Two connections of a profile template use the same connection id or port.',
    'Give each connection its own id and its own portId (or portId Auto).',
  ),
  DECL_UNKNOWN_REFERENCE: finding(
    'A reference names a resource that is not declared.',
    'Declare the resource or fix the name.',
  ),
  DECL_EXTENDS_CYCLE: finding(
    'Plans extend each other in a cycle.',
    'Break the cycle: a plan chain must end at a plan without extends.',
  ),
  DECL_DEPENDS_ON_CYCLE: finding(
    'Pools or nodes depend on each other in a cycle.',
    'Break the cycle in dependsOn: nothing in it could ever become Ready first.',
  ),
  DECL_UNKNOWN_OVERRIDE: finding(
    'A pool override names a node the pool does not generate.',
    'Use a name the naming pattern produces for the declared replicas.',
  ),
  DECL_UNKNOWN_PLACEHOLDER: finding(
    'A template uses a placeholder that does not exist or is not available there.',
    'Use {name}, {fqdn}, {index}, {index:02}, {pool} or {site}; {index} and {pool} exist only in pools; write {{ and }} for literal braces.',
  ),
  DECL_INVALID_NODE_NAME: finding(
    'A node name is not a lowercase DNS label.',
    'Change the naming pattern so that every generated name is a lowercase DNS label of at most 63 characters.',
  ),
  DECL_MISSING_FIELD: finding(
    'A node lacks a setting that no layer provides.',
    'Set it in the node, its pool, its plan or one of the plan ancestors, or in Site.defaults.',
  ),
  DECL_OS_DEPLOYMENT_CONFLICT: finding(
    'A plan declares two OS deployment methods: Image Streamer and virtual media.',
    'Keep one of osDeployment.imageStreamer (or deploymentPlan and goldenImage) and osDeployment.virtualMedia in that plan; a plan that chooses one method drops the one it inherits.',
  ),
  DECL_NO_OS_DEPLOYMENT: finding(
    'Nodes of a plan get no operating system: neither the plan nor its declared profile template names an OS deployment.',
    'Set osDeployment.imageStreamer or osDeployment.virtualMedia in the plan (or an ancestor), or a deploymentPlan in its ProfileTemplate; ignore this warning only when the template boots a volume that already holds the OS.',
  ),
} as const satisfies Record<string, ErrorSpec>;

/** Codes that name a diagnostic rather than a thrown error. */
export type DeclarationDiagnosticCode = Exclude<
  keyof typeof declarationErrors,
  'DECL_INVALID' | 'DECL_ROOT_NOT_FOUND'
>;
