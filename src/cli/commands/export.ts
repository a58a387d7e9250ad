import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';

/** `veta export bods`: ownership and control as Beneficial Ownership Data Standard 0.4 statements. */
export function exportCommand(io: CliIo): Command {
  const bods = new Command('bods')
    .description('Write every ownership and control relationship and the parties it links as BODS 0.4 JSON.')
    .requiredOption('--out <file>', 'the JSON file to write')
    .action(async (options: { out: string }, command: Command) => {
      const context = contextFrom(command, io);
      const { exportBods } = await import('../../network/export-bods.js');
      const out = createWriteStream(options.out);
      const opened = new Promise<void>((resolve, reject) => {
        out.once('open', () => {
          resolve();
        });
        out.once('error', reject);
      }).catch((error: unknown) => {
        throw new VetaError(
          'OUTPUT_UNWRITABLE',
          `Could not write ${options.out} (${error instanceof Error ? error.message : String(error)}); choose another path with --out.`,
        );
      });
      await opened;
      const today = new Date().toISOString().slice(0, 10);
      const written = await withDatabase(context, (db) => exportBods(db, out, today));
      out.end();
      await finished(out);
      printResult(
        context,
        { file: options.out, ...written },
        () =>
          `Wrote ${written.parties} parties and ${written.relationships} relationships as BODS 0.4 statements to ${options.out}.`,
      );
    });
  return new Command('export').description('Export data in open standards.').addCommand(bods);
}
