import { readIso9660 } from './iso9660-reader.js';

export type AnswerKind = 'kickstart' | 'cloud-init' | 'unattend';

export interface AnswerFile {
  readonly kind: AnswerKind;
  readonly name: string;
  readonly text: string;
}

const NAMES: readonly [RegExp, AnswerKind][] = [
  [/^ks\.cfg$/i, 'kickstart'],
  [/^user-data$/i, 'cloud-init'],
  [/^(auto)?unattend\.xml$/i, 'unattend'],
];

function kindOfText(text: string): AnswerKind {
  if (/^#cloud-config/m.test(text) || /^autoinstall:/m.test(text)) return 'cloud-init';
  if (/<unattend\b/i.test(text)) return 'unattend';
  return 'kickstart';
}

/**
 * The answer file on a medium: in an ISO 9660 volume (an OEMDRV volume with `ks.cfg`, a CIDATA volume with
 * `user-data` and `meta-data`, an `autounattend.xml`), or the medium itself when it is a plain text file.
 */
export function answerFileOf(media: Buffer): AnswerFile | null {
  const volume = readIso9660(media);
  if (volume) {
    for (const [pattern, kind] of NAMES)
      for (const [name, bytes] of volume.files)
        if (pattern.test(name)) {
          const meta = [...volume.files].find(([n]) => /^meta-data$/i.test(n))?.[1];
          const text =
            bytes.toString('utf8') + (kind === 'cloud-init' && meta ? `\n${meta.toString('utf8')}` : '');
          return { kind, name: `${volume.label}/${name}`, text };
        }
    return null;
  }
  if (media.length === 0 || media.length > 1024 * 1024 || media.includes(0)) return null;
  const text = media.toString('utf8');
  return { kind: kindOfText(text), name: '(file)', text };
}

const first = (text: string, pattern: RegExp): string | null =>
  pattern.exec(text)?.[1]?.replace(/^["']|["']$/g, '') ?? null;

/** The FQDN an answer file gives the installed system, or null when it gives none (the install then stalls). */
export function fqdnOf(answer: AnswerFile): string | null {
  switch (answer.kind) {
    case 'kickstart':
      return first(answer.text, /^\s*network\b[^\n]*--hostname[= ]+(\S+)/m);
    case 'cloud-init': {
      const fqdn = first(answer.text, /^\s*fqdn:\s*(\S+)\s*$/m);
      const host =
        first(answer.text, /^\s*hostname:\s*(\S+)\s*$/m) ??
        first(answer.text, /^\s*local-hostname:\s*(\S+)\s*$/m);
      return fqdn ?? host;
    }
    case 'unattend': {
      const name = first(answer.text, /<ComputerName>\s*([^<\s]+)\s*<\/ComputerName>/i);
      const domain = first(
        answer.text,
        /<(?:JoinDomain|Domain|DNSDomain)>\s*([^<\s]+)\s*<\/(?:JoinDomain|Domain|DNSDomain)>/i,
      );
      return name && domain && !name.includes('.') ? `${name}.${domain}` : name;
    }
  }
}
