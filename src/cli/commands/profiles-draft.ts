import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import { readLimitsFrom } from '../../ingest/readers/read-limits.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';

interface DraftCommandOptions {
  type?: string;
  out?: string;
  namesFromDb?: boolean;
}

/** `veta profiles draft FILE`: a profile proposed for a file of a layout Veta does not know yet. */
export function profilesDraftCommand(io: CliIo): Command {
  return new Command('draft')
    .description(
      'Propose a profile for a file of a new layout, learnt from the known ones; it marks what to review with TODO.',
    )
    .argument('<file>', 'a CSV, XLSX or GeoJSON file of the new layout')
    .option(
      '--type <RecordType>',
      'the record type each row is about (e.g. MineralTransaction); guessed if not given',
    )
    .option('--out <file>', 'where to write the draft (YAML); printed on stdout if not given')
    .option(
      '--names-from-db',
      "tell a full-name column's order (given names or surnames first) by the given names of the persons already loaded",
    )
    .action(async (file: string, options: DraftCommandOptions, command: Command) => {
      const context = contextFrom(command, io);
      const { loadProfiles } = await import('../../ingest/profiles/load-profiles.js');
      const { draftProfile } = await import('../../ingest/draft/draft-profile.js');
      const { doubts, writeDraft } = await import('../../ingest/draft/write-draft.js');
      const profiles = loadProfiles(io.env.VETA_PROFILES_DIR).map((loaded) => loaded.profile);
      const knownGivenNames = options.namesFromDb
        ? await withDatabase(context, async (db) => {
            const { knownGivenNames: read } = await import('../../ingest/draft/known-given-names.js');
            return read(db);
          })
        : undefined;
      if (knownGivenNames?.size === 0)
        io.stderr.write(
          'No person with given names is loaded in this database, so the order of full names follows the known layouts; load a register of persons first, or check --db.\n',
        );
      const draft = await draftProfile(file, {
        type: options.type,
        profiles,
        limits: readLimitsFrom(io.env),
        ...(knownGivenNames ? { knownGivenNames } : {}),
      });
      const yaml = writeDraft(draft);
      if (options.out !== undefined) {
        try {
          await writeFile(options.out, yaml, 'utf8');
        } catch (error) {
          throw new VetaError(
            'OUTPUT_UNWRITABLE',
            `Could not write the draft to ${options.out} (${error instanceof Error ? error.message : String(error)}); choose another path with --out.`,
            { cause: error },
          );
        }
      }
      const toReview = doubts(draft);
      const { run } = draft;
      // The summary goes to stderr, so that the draft alone can be piped from stdout.
      io.stderr.write(
        [
          `Draft ${draft.profile.id}: ${plural(draft.records.length, 'record mapping')}, ${plural(
            draft.records.reduce((sum, record) => sum + record.fields.length, 0),
            'field',
          )}; ${plural(toReview.length, 'field')} to review, ${plural(draft.unmapped.length, 'column')} unmapped.`,
          ...toReview.map((doubt) => `  TODO ${doubt}`),
          ...(draft.unmapped.length > 0
            ? [`  unmapped: ${draft.unmapped.map(({ column, kind }) => `${column} (${kind})`).join(', ')}`]
            : []),
          `On the ${plural(run.rows, 'sample row')}: ${run.loaded} would load, ${run.quarantined} would be quarantined${
            Object.keys(run.reasons).length > 0
              ? ` (${Object.entries(run.reasons)
                  .map(([reason, count]) => `${reason}: ${count}`)
                  .join(', ')})`
              : ''
          }.`,
          ...(options.out !== undefined
            ? [
                `Written to ${options.out}; check it with: veta ingest ${file} --profile ${options.out} --dry-run`,
              ]
            : []),
        ].join('\n') + '\n',
      );
      if (options.out === undefined || context.json)
        printResult(
          context,
          { profile: draft.profile, toReview, unmapped: draft.unmapped, sample: run },
          () => yaml.trimEnd(),
        );
    });
}
