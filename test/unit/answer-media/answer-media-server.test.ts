import { afterEach, describe, expect, it } from 'vitest';
import { openAnswerMediaServer } from '../../../src/adapters/answer-media/answer-media-server.js';
import { buildAnswerVolume } from '../../../src/adapters/answer-media/build-volume.js';
import { secretResolver } from '../../../src/adapters/answer-media/open-answer-media.js';
import type { AnswerMedia } from '../../../src/ports/answer-media.js';
import { readIso9660 } from '../../../src/simulator/state/iso9660-reader.js';
import { ManualClock } from '../../support/manual-clock.js';
import { memoryLogger } from '../ledger-file/ledger-fixtures.js';

const KICKSTART = 'network --hostname=rocky-01.dc1.example.org\n';

describe('answer volumes', () => {
  it('are ISO 9660 volumes with the label and files each installer looks for', async () => {
    const ks = readIso9660(await buildAnswerVolume('rocky-01', 'kickstart', KICKSTART))!;
    expect(ks.label).toBe('OEMDRV');
    expect(ks.files.get('ks.cfg')?.toString()).toBe(KICKSTART);
    const ci = readIso9660(await buildAnswerVolume('ubu-01', 'cloud-init', '#cloud-config\nfqdn: u\n'))!;
    expect(ci.label).toBe('CIDATA');
    expect([...ci.files.keys()].sort()).toEqual(['meta-data', 'user-data']);
    expect(ci.files.get('meta-data')?.toString()).toContain('local-hostname: ubu-01');
    const win = readIso9660(await buildAnswerVolume('win-01', 'unattend', '<unattend/>'))!;
    expect(win.files.get('autounattend.xml')?.toString()).toBe('<unattend/>');
  });

  it('fail with a catalogued error when the ISO tool is missing', async () => {
    await expect(
      buildAnswerVolume('rocky-01', 'kickstart', KICKSTART, { tool: 'no-such-iso-tool' }),
    ).rejects.toMatchObject({ code: 'APPLY_ANSWER_MEDIA_FAILED' });
  });
});

describe('the answer media server', () => {
  let media: AnswerMedia | undefined;
  afterEach(async () => {
    await media?.close();
    media = undefined;
  });

  it('serves a node volume under its token, in ranges, until withdrawn or expired, and never logs the token', async () => {
    const clock = new ManualClock();
    const { logger, lines } = memoryLogger();
    media = await openAnswerMediaServer({
      host: '127.0.0.1',
      port: 0,
      publicUrl: null,
      ttlMs: 60_000,
      secrets: secretResolver({}),
      clock,
      logger,
    });
    const url = await media.publish('rocky-01', 'kickstart', KICKSTART);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\/[A-Za-z0-9_-]{43}\/answer\.iso$/);
    const whole = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(readIso9660(whole)?.label).toBe('OEMDRV');
    const part = await fetch(url, { headers: { range: 'bytes=32768-32775' } });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(whole.subarray(32768, 32776));
    expect((await fetch(url.replace(/media\/[^/]+/, `media/${'A'.repeat(43)}`))).status).toBe(404);

    const again = await media.publish('rocky-01', 'kickstart', KICKSTART);
    expect(again).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
    await clock.advance(60_000);
    expect((await fetch(again)).status).toBe(404);
    const third = await media.publish('rocky-01', 'kickstart', KICKSTART);
    media.withdraw('rocky-01');
    expect((await fetch(third)).status).toBe(404);

    const token = (u: string) => u.split('/media/')[1]!.split('/')[0]!;
    const logged = JSON.stringify(lines());
    for (const u of [url, again, third]) expect(logged).not.toContain(token(u));
  });
});

describe('answer file secrets', () => {
  it('are read from their reference and a missing one names the reference, not a value', async () => {
    const resolve = secretResolver({ ROOT_HASH: '$6$salt$hash' });
    expect(await resolve('ROOT_PW', { env: 'ROOT_HASH' })).toBe('$6$salt$hash');
    const error = await resolve('JOIN', { env: 'NOT_SET' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'APPLY_ANSWER_MEDIA_FAILED', details: { secret: 'JOIN' } });
  });
});
