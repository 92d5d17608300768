import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { answerFileOf, fqdnOf } from '../../../src/simulator/state/answer-file.js';
import { readIso9660 } from '../../../src/simulator/state/iso9660-reader.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const iso = (name: string): Buffer => gunzipSync(readFileSync(join(fixtures, `${name}.iso.gz`)));

describe('answer files on the media an iLO reads', () => {
  it.each([
    ['oemdrv', 'OEMDRV', ['ks.cfg']],
    ['oemdrv-plain', 'OEMDRV', ['KS.CFG']],
    ['cidata', 'CIDATA', ['meta-data', 'user-data']],
    ['cidata-joliet', 'cidata', ['meta-data', 'user-data']],
    ['unattend', 'UNATTEND', ['autounattend.xml']],
  ])('reads the label and root files of %s, an image genisoimage made', (name, label, files) => {
    const volume = readIso9660(iso(name));
    expect(volume?.label).toBe(label);
    expect([...(volume?.files.keys() ?? [])].sort()).toEqual(files);
  });

  it.each([
    ['oemdrv', 'kickstart', 'store-01.dc1.example.org'],
    ['oemdrv-plain', 'kickstart', 'store-01.dc1.example.org'],
    ['cidata', 'cloud-init', 'web-07.dc1.example.org'],
    ['cidata-joliet', 'cloud-init', 'web-07.dc1.example.org'],
    ['unattend', 'unattend', 'WIN-01.corp.example.org'],
  ])('finds the answer file on %s and the FQDN it gives', (name, kind, fqdn) => {
    const answer = answerFileOf(iso(name));
    expect(answer?.kind).toBe(kind);
    expect(answer && fqdnOf(answer)).toBe(fqdn);
  });

  it.each([
    [
      'network --bootproto=static --ip=10.0.0.5 --hostname k8s-w-01.dc1.example.org\n',
      'k8s-w-01.dc1.example.org',
    ],
    ['#cloud-config\nautoinstall:\n  version: 1\n  identity:\n    hostname: db-02\n', 'db-02'],
    ['#cloud-config\nfqdn: "db-03.dc1.example.org"\n', 'db-03.dc1.example.org'],
    ['text\nnetwork --bootproto=dhcp\n', null],
    ['#cloud-config\npackages: [curl]\n', null],
  ])('reads a plain answer file served as the medium: %j', (text, fqdn) => {
    const answer = answerFileOf(Buffer.from(text));
    expect(answer && fqdnOf(answer)).toBe(fqdn);
  });

  it('finds no answer file on a binary image that is not ISO 9660, or on an empty one', () => {
    expect(answerFileOf(Buffer.alloc(4096, 0))).toBeNull();
    expect(answerFileOf(Buffer.alloc(0))).toBeNull();
  });
});
