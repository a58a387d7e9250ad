import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';

interface JudgeOptions {
  note?: string;
}

/** `veta entity`: one entity in full, and analyst judgements on links. */
export function entityCommand(io: CliIo): Command {
  const entity = new Command('entity').description(
    'Show a resolved entity; confirm or reject links between records.',
  );
  entity
    .command('show')
    .description(
      'The merged profile, every source record with its file and row, and every link explained feature by feature.',
    )
    .argument('<ref>', 'entity id, a record key LAYOUT/ID, or a canonical identifier')
    .action(async (reference: string, _options: unknown, command: Command) => {
      const context = contextFrom(command, io);
      const { entityDetails } = await import('../../resolve/entity-details.js');
      const { explanationText } = await import('../../resolve/explain-link.js');
      const details = await withDatabase(context, (db) => entityDetails(db, reference));
      if (!details)
        throw new VetaError(
          'USAGE',
          `No entity is known by "${reference}"; list them with veta entities, or run veta resolve first.`,
        );
      printResult(context, details, () =>
        [
          `${details.entity.id}  ${details.entity.kind}  ${details.entity.name}  ${details.entity.identifiers.join(' ')}`,
          '',
          'Records:',
          ...details.records.map(
            (r) =>
              `  ${r.recordKey}  ${r.provenance.sourceFile} row ${r.provenance.rowNumber}  ${String(r.record.name)}`,
          ),
          '',
          'Links:',
          ...details.links.flatMap((l) => [
            `  ${l.recordA} = ${l.recordB}`,
            ...explanationText(l.explanation).map((line) => `      ${line}`),
          ]),
        ].join('\n'),
      );
    });
  for (const verdict of ['confirm', 'reject'] as const) {
    entity
      .command(verdict)
      .description(
        verdict === 'confirm'
          ? 'Confirm that two records are one entity: every later run merges them.'
          : 'Reject a link between two records: no later run puts them in one entity.',
      )
      .argument('<recordA>', 'record key LAYOUT/ID (as veta entity show lists them)')
      .argument('<recordB>', 'record key LAYOUT/ID')
      .option('--note <text>', 'why')
      .action(async (recordA: string, recordB: string, options: JudgeOptions, command: Command) => {
        const context = contextFrom(command, io);
        if (recordA === recordB) throw new VetaError('USAGE', 'Give two different records.');
        const { entityRepository } = await import('../../store/entities/entity-repository.js');
        await withDatabase(context, (db) =>
          entityRepository.judge(
            db,
            recordA,
            recordB,
            verdict === 'confirm' ? 'CONFIRM' : 'REJECT',
            options.note ?? null,
          ),
        );
        printResult(
          context,
          { recordA, recordB, verdict: verdict.toUpperCase() },
          () =>
            `${verdict === 'confirm' ? 'Confirmed' : 'Rejected'}: ${recordA} and ${recordB}. It applies from the next veta resolve.`,
        );
      });
  }
  return entity;
}
