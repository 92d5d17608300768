import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TempSite } from './temp-repo.js';

/** The root password hash the rocky9 plan's answer file takes: it must reach only the node's answer volume. */
export const ROOT_HASH = '$6$e2e-salt$K1nDoFhAsHvAlUeThAtMuStNoTlEaK';

/** The nodes of the pool `declareRockyPool` writes. */
export const ROCKY_NODES = ['rocky-01', 'rocky-02'];

const ROCKY_POOL = `apiVersion: phoenix/v1alpha1
kind: NodePool
metadata:
  name: rocky-hosts
spec:
  plan: rocky9
  replicas: 2
  naming:
    pattern: rocky-{index:02}
    fqdn: '{name}.dc1.example.org'
`;

/** Serves `image` as /rocky9.iso over plain HTTP on loopback, where the simulated iLOs read it. */
export async function serveInstallImage(image: Buffer): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/rocky9.iso') res.writeHead(200).end(image);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

export function installImageUrl(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/rocky9.iso`;
}

/** Stops what serveInstallImage started; it may be missing when a start failed half-way. */
export async function stopInstallImage(server: Server | undefined): Promise<void> {
  await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())));
}

/** Points the rocky9 plan of the copy of example-repo at the served image, with its sha256. */
export async function useInstallImage(site: TempSite, server: Server, image: Buffer): Promise<void> {
  await site.setYaml('plans/rocky9.yaml', ['spec', 'osDeployment', 'virtualMedia', 'image'], {
    url: installImageUrl(server),
    sha256: createHash('sha256').update(image).digest('hex'),
  });
}

/** Leaves only a pool of two rocky9 nodes (virtual media) in the copy: the example pools and pets are Image Streamer's. */
export async function declareRockyPool(site: TempSite): Promise<void> {
  for (const dir of ['pools', 'nodes']) await rm(join(site.repo, dir), { recursive: true });
  await mkdir(join(site.repo, 'pools'));
  await writeFile(join(site.repo, 'pools', 'rocky-hosts.yaml'), ROCKY_POOL);
}
