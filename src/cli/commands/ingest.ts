import { Command } from 'commander';
import { createProgressGroup } from '../../core/progress.js';
import { VetaError } from '../../core/veta-error.js';
import { describeReport, type FileReport } from '../../ingest/pipeline/file-report.js';
import { readLimitsFrom } from '../../ingest/readers/read-limits.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';

interface IngestCommandOptions {
  profile?: string;
  dryRun?: boolean;
  force?: boolean;
}

/** `veta ingest PATH...`: load national files into the standard, every row accounted for. */
export function ingestCommand(io: CliIo): Command {
  return new Command('ingest')
    .description('Load files or folders of national files; each file loads whole or not at all.')
    .argument('<paths...>', 'files or folders (searched recursively)')
    .option(
      '--profile <id-or-file>',
      'read every file with this profile (a layout id, or a profile file such as a draft) instead of recognising it',
    )
    .option('--dry-run', 'read, map and check everything, then store nothing')
    .option(
      '--force',
      'load files even if they were loaded before, so that their records replace those of later versions',
    )
    .action(async (paths: string[], options: IngestCommandOptions, command: Command) => {
      const context = contextFrom(command, io);
      // Loaded here rather than at the top: readers and the mapping engine are heavy to load.
      const { ingestFiles } = await import('../../ingest/pipeline/ingest-files.js');
      const { listDataFiles } = await import('../../ingest/pipeline/ingest-paths.js');
      const { loadProfiles, profileFromOption } = await import('../../ingest/profiles/load-profiles.js');
      const profiles = loadProfiles(io.env.VETA_PROFILES_DIR);
      // A mistyped --profile is a usage error, found before any file is read or the database opened.
      const profile =
        options.profile === undefined ? undefined : profileFromOption(profiles, options.profile);
      // So is a VETA_MAX_* setting that is not a number.
      const limits = readLimitsFrom(io.env);
      const files = await listDataFiles(paths);
      const reports = await withDatabase(context, async (db) => {
        // On PostgreSQL two files load at once (ingest-files.ts): a bar each, results as they finish.
        const progress = createProgressGroup(io.stderr);
        let done: FileReport[];
        try {
          done = await ingestFiles(
            db,
            files,
            {
              profiles,
              profile,
              dryRun: options.dryRun === true,
              force: options.force === true,
              limits,
              logger: context.logger,
              progress: (label, total) => progress.add({ label, total, unit: 'bytes' }),
            },
            (report) => {
              if (!context.json) progress.print(describeReport(report), io.stdout);
            },
          );
        } finally {
          progress.stop();
        }
        // Overlaps and areas need every right at once: checked over the store after a load that
        // brought mining rights, not row by row.
        const { broughtMiningRights, flagRightGeometries } =
          await import('../../ingest/right-geometry-flags.js');
        if (done.some(broughtMiningRights)) {
          const checked = await flagRightGeometries(db);
          if (!context.json) {
            io.stdout.write(
              `Mining-right boundaries checked: ${checked.rights.toLocaleString('en')} rights, ${checked.flagged.toLocaleString('en')} flagged (${
                Object.entries(checked.byCode)
                  .map(([code, count]) => `${code} ${count}`)
                  .join(', ') || 'none'
              }).\n`,
            );
          }
        }
        return done;
      });
      const failed = reports.filter((report) => report.status === 'failed').length;
      printResult(context, { files: reports }, () => summary(reports, failed));
      if (failed > 0) {
        throw new VetaError(
          'INGEST_FAILED',
          `${plural(failed, 'file')} of ${reports.length} could not be loaded and stored nothing; the reasons are above. Fix them and run again: files already loaded are skipped (unless --force).`,
        );
      }
    });
}

function summary(reports: readonly FileReport[], failed: number): string {
  const rows = reports.reduce((sum, report) => sum + report.rowsRead, 0);
  const rejected = reports.reduce((sum, report) => sum + report.rowsRejected, 0);
  const failures = failed > 0 ? `, ${plural(failed, 'file')} failed` : '';
  return `${plural(reports.length, 'file')}: ${rows.toLocaleString('en')} rows read, ${rejected.toLocaleString('en')} rejected${failures}.`;
}
