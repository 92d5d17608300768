import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../support/e2e/built-cli.js';

const exec = promisify(execFile);

let scriptFile: string;

/**
 * Sources the generated script in a fresh, non-interactive bash and runs `body` there. bash itself is the
 * completion engine under test: a missing bash fails the test.
 */
async function inBash(body: string): Promise<string> {
  const { stdout } = await exec(
    'bash',
    ['--noprofile', '--norc', '-c', `source "$1"\n${body}`, 'bash', scriptFile],
    {
      env: { PATH: process.env['PATH'] ?? '', LANG: 'C' },
    },
  );
  return stdout;
}

/** What bash offers for the words typed so far (the last word is the one being completed, maybe empty). */
async function complete(...words: string[]): Promise<string[]> {
  const array = words.map((word) => `'${word}'`).join(' ');
  const stdout = await inBash(
    `COMP_WORDS=(${array}); COMP_CWORD=${words.length - 1}; COMP_LINE="${words.join(' ')}"; COMP_POINT=\${#COMP_LINE}\n` +
      `_phoenix_completion\nprintf '%s\\n' "\${COMPREPLY[@]}"`,
  );
  return stdout.split('\n').filter((line) => line !== '');
}

describe('phoenix completion', () => {
  beforeAll(async () => {
    await ensureBuilt();
    const result = await runCli(['completion', 'bash'], {});
    expect(result.code).toBe(0);
    scriptFile = join(await mkdtemp(join(tmpdir(), 'phoenix-completion-')), 'phoenix.bash');
    await writeFile(scriptFile, result.stdout);
  });

  it('registers a completion function for phoenix in bash', async () => {
    expect((await inBash('complete -p phoenix')).trim()).toBe(
      'complete -o filenames -F _phoenix_completion phoenix',
    );
  });

  it('completes commands, nested commands, options and option values from the command tree', async () => {
    expect(await complete('phoenix', 'pl')).toEqual(['plan']);
    expect(await complete('phoenix', 're')).toEqual(['rebuild', 'resume', 'reconcile']);
    expect(await complete('phoenix', 'ledger', '')).toEqual(['recover', 'migrate']);
    expect(await complete('phoenix', 'plan', '--det')).toEqual(['--detailed-exitcode']);
    // a global option after the command, and the values of an option with a fixed list
    expect(await complete('phoenix', 'plan', '--js')).toEqual(['--json']);
    expect(await complete('phoenix', '--log-level', 'de')).toEqual(['debug']);
    expect(await complete('phoenix', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('skips options and their values when it finds the command being completed', async () => {
    expect(await complete('phoenix', '--state-dir', 'plan', 'apply', '--au')).toEqual(['--auto-approve']);
    expect(await complete('phoenix', '--log-level', 'info', 'inventory', 'e')).toEqual(['export']);
  });

  it('completes in fish from the fish script, and the zsh script parses in zsh', async () => {
    const fish = await runCli(['completion', 'fish'], {});
    const zsh = await runCli(['completion', 'zsh'], {});
    const dir = await mkdtemp(join(tmpdir(), 'phoenix-completion-'));
    await writeFile(join(dir, 'phoenix.fish'), fish.stdout);
    await writeFile(join(dir, '_phoenix'), zsh.stdout);
    const env = {
      PATH: process.env['PATH'] ?? '',
      LANG: 'C',
      HOME: dir,
      XDG_CONFIG_HOME: dir,
      XDG_DATA_HOME: dir,
    };
    const offered = async (line: string): Promise<string[]> => {
      const { stdout } = await exec(
        'fish',
        ['--no-config', '-c', `source $argv[1]; complete -C $argv[2]`, join(dir, 'phoenix.fish'), line],
        { env },
      );
      return stdout
        .split('\n')
        .filter((entry) => entry !== '')
        .map((entry) => entry.split('\t')[0]!);
    };
    expect(await offered('phoenix pl')).toEqual(['plan']);
    expect(await offered('phoenix ledger ')).toEqual(['migrate', 'recover']);
    expect(await offered('phoenix plan --det')).toEqual(['--detailed-exitcode']);
    expect(await offered('phoenix completion ')).toEqual(['bash', 'fish', 'zsh']);
    await exec('zsh', ['-n', join(dir, '_phoenix')], { env });
  });

  it('completes in an interactive zsh from the zsh script saved in $fpath', async () => {
    const zsh = await runCli(['completion', 'zsh'], {});
    const dir = await mkdtemp(join(tmpdir(), 'phoenix-zsh-'));
    await writeFile(join(dir, '_phoenix'), zsh.stdout);
    await writeFile(
      join(dir, '.zshrc'),
      `fpath=(${dir} $fpath)\nautoload -Uz compinit && compinit -u -D\nPS1='%% '\n`,
    );
    const session = `phoenix-zsh-${randomUUID().slice(0, 8)}`;
    const tmux = (...args: string[]) => exec('tmux', args);
    await tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '120',
      '-y',
      '10',
      'env',
      '-i',
      `PATH=${process.env['PATH'] ?? ''}`,
      'TERM=xterm',
      `ZDOTDIR=${dir}`,
      `HOME=${dir}`,
      'zsh',
      '-i',
    );
    const screen = async (): Promise<string> => (await tmux('capture-pane', '-p', '-t', session)).stdout;
    /** Polls the screen (bounded) until `done` holds; returns the last screen. */
    const until = async (done: (text: string) => boolean): Promise<string> => {
      let text = '';
      for (let attempt = 0; attempt < 150; attempt++) {
        text = await screen();
        if (done(text)) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return text;
    };
    /** Types `line` and Tab on a cleared prompt, and returns the prompt line once it reads `expected` (bounded). */
    const completes = async (line: string, expected: string): Promise<string> => {
      await tmux('send-keys', '-t', session, 'C-u', 'C-l');
      await until((text) => text.split('\n')[0]!.trimEnd() === '%');
      await tmux('send-keys', '-t', session, line, 'Tab');
      return (await until((text) => text.startsWith(`% ${expected}`))).split('\n')[0]!.trimEnd();
    };
    try {
      await until((text) => text.startsWith('%'));
      expect(await completes('phoenix pl', 'phoenix plan')).toBe('% phoenix plan');
      expect(await completes('phoenix plan --det', 'phoenix plan --detailed-exitcode')).toBe(
        '% phoenix plan --detailed-exitcode',
      );
      expect(await completes('phoenix --log-level de', 'phoenix --log-level debug')).toBe(
        '% phoenix --log-level debug',
      );
    } finally {
      await tmux('kill-session', '-t', session).catch(() => undefined);
    }
  });

  it('prints zsh and fish scripts from the same tree, and refuses other shells', async () => {
    const zsh = await runCli(['completion', 'zsh'], {});
    expect(zsh.code).toBe(0);
    expect(zsh.stdout).toMatch(/^#compdef phoenix\n/);
    expect(zsh.stdout).toContain("'phoenix plan') echo '--repo --ref --base --offline");
    const fish = await runCli(['completion', 'fish'], {});
    expect(fish.code).toBe(0);
    expect(fish.stdout).toContain(
      "complete -c phoenix -n '__fish_use_subcommand' -a plan -d 'show the changes that applying the declarations would make (read only)'",
    );
    expect(fish.stdout).toContain("-l log-level -x -a 'fatal error warn info debug trace silent'");
    const other = await runCli(['completion', 'powershell'], {});
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("'powershell' is invalid for argument 'shell'");
  });
});
