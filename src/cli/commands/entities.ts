import { Command } from 'commander';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';

interface EntitiesOptions {
  kind?: string;
  minMembers?: string;
  limit?: string;
  offset?: string;
}

/** `veta entities`: the resolved entities, largest first. */
export function entitiesCommand(io: CliIo): Command {
  return new Command('entities')
    .description('List resolved entities, those with most source records first.')
    .option('--kind <kind>', 'PERSON, ORGANISATION, COOPERATIVE...')
    .option('--min-members <n>', 'only entities with at least this many source records', '1')
    .option('--limit <n>', 'how many', '100')
    .option('--offset <n>', 'skip this many', '0')
    .action(async (options: EntitiesOptions, command: Command) => {
      const context = contextFrom(command, io);
      const { entityQueries } = await import('../../store/entities/entity-queries.js');
      const result = await withDatabase(context, async (db) => ({
        total: await entityQueries.count(db),
        entities: await entityQueries.list(db, {
          ...(options.kind ? { kind: options.kind.toUpperCase() } : {}),
          minMembers: Number(options.minMembers ?? 1),
          limit: Number(options.limit ?? 100),
          offset: Number(options.offset ?? 0),
        }),
      }));
      printResult(context, result, () =>
        [
          `${result.total} entities`,
          ...result.entities.map(
            (e) =>
              `${e.id}  ${e.kind.padEnd(12)} ${String(e.memberCount).padStart(4)}  ${e.name}  ${e.identifiers.join(' ')}`,
          ),
        ].join('\n'),
      );
    });
}
