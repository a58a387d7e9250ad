import { Command, Option } from 'commander';
import { stringify } from 'csv-stringify/sync';
import type { StoredAlert } from '../../store/alerts/alert-repository.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';

interface AlertsOptions {
  typology?: string;
  country?: string;
  format: 'json' | 'ndjson' | 'csv';
}

/** `veta alerts`: the stored alerts, most severe first, as JSON, NDJSON or CSV. */
export function alertsCommand(io: CliIo): Command {
  return new Command('alerts')
    .description('List the alerts, most severe first.')
    .option('--typology <code>', 'only this typology')
    .option('--country <cc>', 'only this country (ISO alpha-2)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'ndjson', 'csv']).default('json'),
    )
    .action(async (options: AlertsOptions, command: Command) => {
      const context = contextFrom(command, io);
      const { alertRepository } = await import('../../store/alerts/alert-repository.js');
      const alerts = await withDatabase(context, (db) =>
        alertRepository.list(db, {
          typology: options.typology?.toUpperCase(),
          country: options.country?.toUpperCase(),
        }),
      );
      io.stdout.write(render(alerts, options.format));
    });
}

function render(alerts: readonly StoredAlert[], format: AlertsOptions['format']): string {
  if (format === 'json') return `${JSON.stringify(alerts, null, 2)}\n`;
  if (format === 'ndjson') return alerts.map((alert) => `${JSON.stringify(alert)}\n`).join('');
  const header = [
    'id',
    'typology',
    'severity',
    'score',
    'country',
    'period',
    'subjects',
    'titulo',
    'explicacion',
  ];
  const rows = alerts.map((alert) => [
    alert.id,
    alert.typology,
    alert.severity,
    alert.score,
    alert.country ?? '',
    `${alert.period.start}/${alert.period.end}`,
    alert.subjects.join(' '),
    alert.title.es,
    alert.explanation.es,
  ]);
  return stringify([header, ...rows]);
}
