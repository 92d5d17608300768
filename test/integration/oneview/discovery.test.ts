import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSim, startSim, type Sim } from './sim-harness.js';

describe('Image Streamer discovery', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim();
  });
  afterAll(async () => {
    await sim.close();
  });

  it('finds the Image Streamer through /rest/deployment-servers and reads its golden images', async () => {
    const appliance = await connectSim(sim, { discover: true });
    try {
      const snapshot = await appliance.readInventory();
      expect(snapshot.goldenImages.map((g) => g.name).sort()).toEqual([
        'GI-CentOS-7.4-x64',
        'GI-Fedora-27-x64',
      ]);
      expect(
        snapshot.deploymentPlans.find((p) => p.name === 'DP-K8S-Worker-Fedora-27')?.goldenImageUri,
      ).not.toBeNull();
    } finally {
      await appliance.close();
    }
  });
});
