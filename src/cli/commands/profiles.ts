import { Command } from 'commander';
import { contextFrom } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';
import { profilesDraftCommand } from './profiles-draft.js';

/** `veta profiles`: the layouts Veta can read, built-in and the agency's own. */
export function profilesCommand(io: CliIo): Command {
  return new Command('profiles')
    .description(
      'List the mapping profiles: one per national layout. Add your own in VETA_PROFILES_DIR; "profiles draft FILE" proposes one.',
    )
    .addCommand(profilesDraftCommand(io))
    .action(async (_options: object, command: Command) => {
      const context = contextFrom(command, io);
      const { loadProfiles } = await import('../../ingest/profiles/load-profiles.js');
      const profiles = loadProfiles(io.env.VETA_PROFILES_DIR).map(({ profile, source }) => ({
        id: profile.id,
        title: profile.title,
        country: profile.country ?? null,
        format: profile.format.type,
        records: [...new Set(profile.records.map((record) => record.type))],
        source,
      }));
      printResult(context, { profiles }, () =>
        profiles
          .map((p) => `${p.id.padEnd(26)} ${p.format.padEnd(8)} ${p.title} -> ${p.records.join(', ')}`)
          .join('\n'),
      );
    });
}
