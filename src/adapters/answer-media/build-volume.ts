import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AnswerFileKind } from '../../core/desired/desired-state.js';
import { PhoenixError } from '../../core/errors/phoenix-error.js';

const run = promisify(execFile);

/** The volume label each installer looks for, and the files it reads from it. */
export function volumeLayout(
  node: string,
  kind: AnswerFileKind,
  text: string,
): { label: string; files: Record<string, string> } {
  switch (kind) {
    case 'kickstart':
      // Anaconda reads ks.cfg from a volume labelled OEMDRV without any boot option.
      return { label: 'OEMDRV', files: { 'ks.cfg': text } };
    case 'autoinstall':
    case 'cloud-init':
      // cloud-init's NoCloud source: a volume labelled CIDATA with user-data and meta-data.
      return {
        label: 'CIDATA',
        files: { 'user-data': text, 'meta-data': `instance-id: ${node}\nlocal-hostname: ${node}\n` },
      };
    case 'unattend':
      // Windows Setup searches the root of removable drives for autounattend.xml.
      return { label: 'UNATTEND', files: { 'autounattend.xml': text } };
  }
}

/**
 * Builds the node's answer volume, an ISO 9660 image with Joliet and Rock Ridge names, with the system's
 * genisoimage (or mkisofs): a standard tool, not a file system written by hand.
 */
export async function buildAnswerVolume(
  node: string,
  kind: AnswerFileKind,
  text: string,
  options: { tool?: string; signal?: AbortSignal } = {},
): Promise<Buffer> {
  const { label, files } = volumeLayout(node, kind, text);
  const dir = await mkdtemp(join(tmpdir(), 'phoenix-answer-'));
  try {
    const content = join(dir, 'content');
    await mkdir(content);
    for (const [name, body] of Object.entries(files))
      await writeFile(join(content, name), body, { mode: 0o600 });
    const out = join(dir, 'answer.iso');
    const tool = options.tool ?? 'genisoimage';
    try {
      await run(tool, ['-quiet', '-V', label, '-J', '-r', '-o', out, content], {
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
    } catch (error) {
      throw new PhoenixError(
        'APPLY_ANSWER_MEDIA_FAILED',
        { node, tool, reason: (error as { code?: unknown }).code ?? 'failed' },
        { cause: error },
      );
    }
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
