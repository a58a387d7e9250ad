import { resolve } from 'node:path';
import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';

/** `veta standard`: publish the regional data standard. */
export function standardCommand(io: CliIo): Command {
  const standard = new Command('standard').description('The regional data standard: schemas and code lists.');

  standard
    .command('export')
    .description('Write one JSON Schema (draft 2020-12) per record type, the code lists and the crosswalks.')
    .argument('<dir>', 'folder to write into (created if missing)')
    .action(async (dir: string, _options: object, command: Command) => {
      const context = contextFrom(command, io);
      // Loaded on use: the standard compiles its schemas and reads its code lists when imported.
      const { STANDARD_VERSION, writeStandard } = await import('@veta/standard');
      const target = resolve(dir);
      let files: string[];
      try {
        files = await writeStandard(target);
      } catch (error) {
        throw new VetaError(
          'OUTPUT_UNWRITABLE',
          `Could not write the standard to ${target} (${error instanceof Error ? error.message : String(error)}). Check the folder's permissions and free space.`,
          { cause: error },
        );
      }
      printResult(
        context,
        { version: STANDARD_VERSION, dir: target, files },
        () =>
          `Wrote the regional data standard ${STANDARD_VERSION} to ${target}: ${plural(files.length, 'file')}.`,
      );
    });

  return standard;
}
