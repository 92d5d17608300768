import type { Command } from 'commander';
import type { RegisterCommand } from './index.js';

export interface DescribeNodeOptions {
  readonly repo: string;
  readonly ref?: string;
  readonly path?: string;
  readonly inventory?: string;
  readonly runs: string;
}

/**
 * `phoenix describe node NAME`: one node, desired against observed, the stamp on its profile, its last runs in
 * the ledger and what blocks it. Read only, like `phoenix plan`.
 */
export const registerDescribe: RegisterCommand = (program: Command, context) => {
  const describe = program
    .command('describe')
    .description('show one resource in detail: desired against observed, stamp, last runs, what blocks it');
  describe
    .command('node')
    .description('show a node: desired against observed, its stamp, its last runs and what blocks it')
    .argument('<name>', 'the node, as declared (or as the ledger and the stamps know it)')
    .option('--repo <dir|url>', 'repository: a working tree, a local repository or a URL', '.')
    .option('--ref <ref>', 'branch, tag or commit SHA to read (default: the working tree, or HEAD of a URL)')
    .option('--path <subdir>', 'declarations root inside the repository')
    .option('--inventory <file>', 'read the appliance from an inventory snapshot (phoenix inventory export)')
    .option('--runs <n>', 'how many of its last runs to show', '5')
    .action(async (name: string, options: DescribeNodeOptions) => {
      const { runDescribeNode } = await import('../actions/describe.js');
      await runDescribeNode(name, options, context());
    });
};
