import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hashInstallImage,
  installImageChecker,
} from '../../../src/adapters/answer-media/check-install-image.js';

describe('install image checks', () => {
  const image = randomBytes(3 * 1024 * 1024 + 17);
  const sha256 = createHash('sha256').update(image).digest('hex');
  const reads: string[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      reads.push(req.url ?? '');
      if (req.url === '/rocky.iso') res.writeHead(200).end(image);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('hash the image as it is served, streamed', async () => {
    expect(await hashInstallImage(`${base}/rocky.iso`)).toBe(sha256);
  });

  it('read each image once for every node that boots it, and accept the declared checksum', async () => {
    reads.length = 0;
    const check = installImageChecker();
    await Promise.all([1, 2, 3].map(() => check(`${base}/rocky.iso`, sha256)));
    expect(reads).toEqual(['/rocky.iso']);
  });

  it('refuse a wrong checksum, naming both checksums and the URL without its password', async () => {
    const wrong = 'b'.repeat(64);
    const url = `http://mirror:s3cret@127.0.0.1:${(server.address() as AddressInfo).port}/rocky.iso`;
    const error = await installImageChecker()(url, wrong).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'APPLY_IMAGE_CHECKSUM_MISMATCH',
      retry: 'terminal',
      details: { expected: wrong, actual: sha256 },
    });
    expect(JSON.stringify((error as { details: unknown }).details)).not.toContain('s3cret');
  });

  it('report an image that cannot be read as transient, and read it again on the next try', async () => {
    reads.length = 0;
    const check = installImageChecker();
    for (let i = 0; i < 2; i++) {
      await expect(check(`${base}/gone.iso`, sha256)).rejects.toMatchObject({
        code: 'APPLY_IMAGE_UNREACHABLE',
        retry: 'transient',
        details: { reason: 'HTTP 404' },
      });
    }
    expect(reads).toEqual(['/gone.iso', '/gone.iso']);
    await expect(check('ftp://images.example.org/rocky.iso', sha256)).rejects.toMatchObject({
      code: 'APPLY_IMAGE_UNREACHABLE',
    });
  });
});
