import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startSimulator, type RunningSimulator } from '../../../src/simulator/index.js';

const ROCKY_PLAN = fileURLToPath(new URL('../../../example-repo/plans/rocky9.yaml', import.meta.url));

describe("the simulated site's image host", () => {
  let sim: RunningSimulator;
  let image: { url: string; sha256: string };

  beforeAll(async () => {
    sim = await startSimulator({ preset: 'synergy-demo', speed: 'fast', ilo: false });
    const plan = parse(await readFile(ROCKY_PLAN, 'utf8')) as {
      spec: { osDeployment: { virtualMedia: { image: { url: string; sha256: string } } } };
    };
    image = plan.spec.osDeployment.virtualMedia.image;
  });

  afterAll(async () => {
    await sim.close();
  });

  it("serves the image example-repo's rocky9 plan names, with the sha256 it declares", async () => {
    const path = new URL(image.url).pathname;
    const response = await fetch(`${sim.imagesUrl}${path}`);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(image.sha256);

    const part = await fetch(`${sim.imagesUrl}${path}`, { headers: { range: 'bytes=2048-4095' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 2048-4095/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(2048, 4096));
  });

  it('answers 404 for any other path', async () => {
    expect((await fetch(`${sim.imagesUrl}/rocky/Rocky-9.5-x86_64-minimal.iso`)).status).toBe(404);
  });
});
