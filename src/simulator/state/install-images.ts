import { createHash } from 'node:crypto';

/** An install image the simulated site's image host serves, with the sha256 a Plan declares for it. */
export interface InstallImage {
  /** Path on the image host, e.g. `/rocky/Rocky-9.4-x86_64-minimal.iso`. */
  readonly path: string;
  readonly bytes: Buffer;
  readonly sha256: string;
}

/**
 * The host name of the demo site's image server, as example-repo's Plans name it. The simulated iLOs reach it on
 * the site's management network, which the simulator stands in for.
 */
export const DEMO_IMAGE_HOST = 'images.dc1.example.org';

/** The install images of the demo site: path and size. */
const DEMO_IMAGES = [{ path: '/rocky/Rocky-9.4-x86_64-minimal.iso', size: 2 * 1024 * 1024 }] as const;

/**
 * Content that stands in for an install ISO: the same bytes on every run (sha256 blocks over the path and a
 * counter), so that a Plan can declare its checksum. The simulated installer reads it and checks nothing else.
 */
export function standInImage(path: string, size: number): InstallImage {
  const blocks: Buffer[] = [];
  for (let i = 0; i * 32 < size; i++) blocks.push(createHash('sha256').update(`${path}#${i}`).digest());
  const bytes = Buffer.concat(blocks).subarray(0, size);
  return { path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

let demoImages: readonly InstallImage[] | null = null;

/** The demo site's install images, built once per process. */
export function demoInstallImages(): readonly InstallImage[] {
  demoImages ??= DEMO_IMAGES.map((image) => standInImage(image.path, image.size));
  return demoImages;
}
