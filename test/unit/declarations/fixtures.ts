import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openWorkingTree } from '../../../src/adapters/working-tree/working-tree-source.js';
import { loadDesiredState, type LoadResult } from '../../../src/declarations/load-desired-state.js';

export const SITE = `apiVersion: phoenix/v1alpha1
kind: Site
metadata:
  name: lab
spec:
  oneview:
    url: https://oneview.lab.example.org
    credentials:
      username: { env: OV_USERNAME }
      password: { env: OV_PASSWORD }
  defaults:
    hardware:
      enclosureGroup: EG-1
`;

export const BASE_PLAN = `apiVersion: phoenix/v1alpha1
kind: Plan
metadata:
  name: base
spec:
  attributes:
    SERVER_FQDN: '{fqdn}'
    VLAN_ID: '10'
  hardware:
    serverHardwareType: SY 480 Gen10 1
  verify:
    checks:
      - name: consul-node
        type: consul
`;

export const WORKER_PLAN = `apiVersion: phoenix/v1alpha1
kind: Plan
metadata:
  name: worker
spec:
  extends: base
  profileTemplate: spt-worker
  deploymentPlan: { name: DP-Worker }
  attributes:
    ROLE: worker
`;

export const POOL = `apiVersion: phoenix/v1alpha1
kind: NodePool
metadata:
  name: workers
spec:
  plan: worker
  replicas: 3
  naming:
    pattern: w-{index:02}
    fqdn: '{name}.lab.example.org'
`;

export const PET = `apiVersion: phoenix/v1alpha1
kind: Node
metadata:
  name: db-01
spec:
  plan: worker
  hardware: { enclosure: FRAME-1, bay: 3 }
  fqdn: '{name}.lab.example.org'
`;

/** A small valid repository: one Site, two plans, a pool of three and a pet. */
export const VALID_REPO: Readonly<Record<string, string>> = {
  'site.yaml': SITE,
  'plans/base.yaml': BASE_PLAN,
  'plans/worker.yaml': WORKER_PLAN,
  'pools/workers.yaml': POOL,
  'nodes/db-01.yaml': PET,
};

/** Writes files (path -> content) into a fresh directory under the system temp folder. */
export async function writeRepo(files: Readonly<Record<string, string | Uint8Array>>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'phoenix-decl-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

export async function loadRepo(root: string, path = ''): Promise<LoadResult> {
  return loadDesiredState(await openWorkingTree(root), path);
}

export async function loadFiles(files: Readonly<Record<string, string | Uint8Array>>): Promise<LoadResult> {
  return loadRepo(await writeRepo(files));
}
