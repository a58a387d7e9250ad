import { Command } from 'commander';
import { ROLES } from '../../access/actor.js';
import { wordList } from '../../core/word-list.js';
import type { StoredUser } from '../../store/users/user-repository.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';
import { credentialCommands } from './user-credentials.js';
import { cliManager, readPassword, userNamed } from './user-operator.js';

interface AddOptions {
  role: string;
  countries: string;
  agency?: string;
  displayName?: string;
  passwordStdin?: boolean;
}

/** `veta users`: add, list, disable and enable the people who sign in, reset their passwords and revoke their tokens. */
export function usersCommand(io: CliIo): Command {
  const users = new Command('users').description('Manage the users of the web application and API.');

  users
    .command('add')
    .description('Create a user; the password is read from stdin or generated and printed once.')
    .argument('<username>', 'the name they sign in with (case is ignored)')
    .requiredOption('--role <role>', wordList(ROLES))
    .requiredOption('--countries <codes>', 'the countries they see: e.g. PE,CO, or ALL')
    .option('--agency <name>', 'their agency, e.g. SUNAT')
    .option('--display-name <name>', 'their full name as shown in the application')
    .option('--password-stdin', 'read the password from standard input instead of generating one')
    .action(async (username: string, options: AddOptions, command: Command) => {
      const context = contextFrom(command, io);
      const password = options.passwordStdin === true ? await readPassword(io) : undefined;
      const { addUser } = await import('../../access/user-admin.js');
      const { user, generatedPassword } = await withDatabase(context, (db) =>
        addUser(
          db,
          {
            username,
            role: options.role,
            countries: options.countries,
            agency: options.agency,
            displayName: options.displayName,
            password,
          },
          cliManager(),
        ),
      );
      printResult(context, { user: describe(user), password: generatedPassword }, () =>
        [
          `Created ${user.username} (${user.role}, ${countriesText(user)}${user.agency ? `, ${user.agency}` : ''}).`,
          ...(generatedPassword === null
            ? []
            : [`Password: ${generatedPassword}`, 'It is shown only now: pass it on securely.']),
        ].join('\n'),
      );
    });

  users
    .command('list')
    .description('List every user with their role, countries and state.')
    .action(async (_options: object, command: Command) => {
      const context = contextFrom(command, io);
      const { userRepository } = await import('../../store/users/user-repository.js');
      const page = await withDatabase(context, (db) =>
        userRepository.list(db, { countries: 'ALL', agency: null }, { limit: 100_000, offset: 0 }),
      );
      printResult(context, { total: page.total, users: page.items.map(describe) }, () => table(page.items));
    });

  users
    .command('disable')
    .description('Disable a user: they can no longer sign in, and their sessions and tokens stop working.')
    .argument('<username>', 'the user to disable')
    .action(async (username: string, _options: object, command: Command) => {
      const context = contextFrom(command, io);
      const { changeUser } = await import('../../access/user-admin.js');
      const user = await withDatabase(context, async (db) =>
        changeUser(db, (await userNamed(db, username)).id, { disabled: true }, cliManager()),
      );
      printResult(context, { user: describe(user) }, () => `Disabled ${user.username}.`);
    });

  for (const command of credentialCommands(io)) users.addCommand(command);
  return users;
}

function describe(user: StoredUser): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    countries: user.countries ?? 'ALL',
    agency: user.agency,
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
  };
}

function countriesText(user: StoredUser): string {
  return user.countries === null ? 'ALL' : user.countries.join(',');
}

function table(users: readonly StoredUser[]): string {
  if (users.length === 0) return 'No users yet: create one with "veta users add".';
  const rows = users.map((user) => [
    user.username,
    user.role,
    countriesText(user),
    user.agency ?? '',
    user.disabled ? 'disabled' : 'active',
    user.displayName,
  ]);
  const header = ['USERNAME', 'ROLE', 'COUNTRIES', 'AGENCY', 'STATE', 'NAME'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line), plural(users.length, 'user')].join('\n');
}
