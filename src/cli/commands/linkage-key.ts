import { Command } from 'commander';
import { join } from 'node:path';
import { LINKAGE_KEY_FILE, type LinkageKey } from '../../federation/linkage/linkage-key.js';
import { contextFrom } from '../context.js';
import type { CliIo } from '../io.js';
import { nodeDirOf } from '../node-dir.js';
import { printResult } from '../output.js';

/** `veta node linkage-key`: the key the region's nodes pseudonymise persons under. */
export function linkageKeyCommand(io: CliIo): Command {
  const command = new Command('linkage-key').description(
    "The linkage key the region's country nodes share to pseudonymise persons (never the hub).",
  );
  const report = (sub: Command, dir: string, key: LinkageKey, verb: string): void =>
    printResult(contextFrom(sub, io), { keyId: key.keyId, file: join(dir, LINKAGE_KEY_FILE) }, () =>
      [
        `${verb} linkage key ${key.keyId} in ${join(dir, LINKAGE_KEY_FILE)} (mode 0600).`,
        'Give the file to every country node of the region by a protected channel, never to the hub: whoever holds it can test guesses of who a token is.',
      ].join('\n'),
    );
  command
    .command('create')
    .description('Create a new random linkage key in the node folder, once; the other nodes import it.')
    .action(async (_options: object, sub: Command) => {
      const dir = nodeDirOf(sub, io);
      const { createLinkageKey } = await import('../../federation/linkage/linkage-key.js');
      report(sub, dir, await createLinkageKey(dir), 'Created');
    });
  command
    .command('import')
    .description('Import the linkage key file another node of the region created.')
    .argument('<file>', 'the linkage key file (linkage-key.json)')
    .action(async (file: string, _options: object, sub: Command) => {
      const dir = nodeDirOf(sub, io);
      const { importLinkageKey } = await import('../../federation/linkage/linkage-key.js');
      report(sub, dir, await importLinkageKey(dir, file), 'Imported');
    });
  return command;
}
