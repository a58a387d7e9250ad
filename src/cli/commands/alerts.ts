import { Command, Option } from 'commander';
import { stringify } from 'csv-stringify/sync';
import type { StoredEpisode } from '../../store/alerts/alert-episode-repository.js';
import type { StoredAlert } from '../../store/alerts/alert-repository.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';

interface AlertsOptions {
  typology?: string;
  country?: string;
  eachAlert?: boolean;
  format: 'json' | 'ndjson' | 'csv';
}

/** An episode as the command prints it: its head, and its alerts in full as its evidence. */
type EpisodeOutput = Omit<StoredEpisode, 'leadId'> & { members: StoredAlert[] };

/** `veta alerts`: the stored episodes (or each alert), most severe first, as JSON, NDJSON or CSV. */
export function alertsCommand(io: CliIo): Command {
  return new Command('alerts')
    .description(
      'List the alerts, most severe first: each episode (consecutive alerts of one typology about one subject) as one, with its alerts.',
    )
    .option('--typology <code>', 'only this typology')
    .option('--country <cc>', 'only this country (ISO alpha-2)')
    .option('--each-alert', 'list every alert on its own instead of episodes')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'ndjson', 'csv']).default('json'),
    )
    .action(async (options: AlertsOptions, command: Command) => {
      const context = contextFrom(command, io);
      const { alertRepository } = await import('../../store/alerts/alert-repository.js');
      const { alertEpisodeRepository } = await import('../../store/alerts/alert-episode-repository.js');
      const filter = { typology: options.typology?.toUpperCase(), country: options.country?.toUpperCase() };
      const [alerts, episodes] = await withDatabase(context, (db) =>
        Promise.all([alertRepository.list(db, filter), alertEpisodeRepository.list(db, filter)]),
      );
      const output = options.eachAlert ? alerts : withMembers(episodes, alerts);
      io.stdout.write(render(output, options.format));
    });
}

function withMembers(episodes: readonly StoredEpisode[], alerts: readonly StoredAlert[]): EpisodeOutput[] {
  const members = new Map<string | null, StoredAlert[]>();
  for (const alert of alerts) {
    const list = members.get(alert.episodeId) ?? [];
    list.push(alert);
    members.set(alert.episodeId, list);
  }
  const byPeriod = (a: StoredAlert, b: StoredAlert): number =>
    a.period.start.localeCompare(b.period.start) || a.id.localeCompare(b.id);
  return episodes.map((episode) => ({
    id: episode.id,
    typology: episode.typology,
    severity: episode.severity,
    score: episode.score,
    country: episode.country,
    period: episode.period,
    subjects: episode.subjects,
    title: episode.title,
    explanation: episode.explanation,
    alerts: episode.alerts,
    firstDetectedAt: episode.firstDetectedAt,
    lastDetectedAt: episode.lastDetectedAt,
    members: (members.get(episode.id) ?? []).sort(byPeriod),
  }));
}

function render(items: readonly (StoredAlert | EpisodeOutput)[], format: AlertsOptions['format']): string {
  if (format === 'json') return `${JSON.stringify(items, null, 2)}\n`;
  if (format === 'ndjson') return items.map((item) => `${JSON.stringify(item)}\n`).join('');
  const header = [
    'id',
    'typology',
    'severity',
    'score',
    'country',
    'period',
    'alerts',
    'subjects',
    'titulo',
    'explicacion',
  ];
  const rows = items.map((item) => [
    item.id,
    item.typology,
    item.severity,
    item.score,
    item.country ?? '',
    `${item.period.start}/${item.period.end}`,
    'members' in item ? item.members.length : 1,
    item.subjects.join(' '),
    item.title.es,
    item.explanation.es,
  ]);
  return stringify([header, ...rows]);
}
