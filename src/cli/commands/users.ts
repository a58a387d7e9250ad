import { userInfo } from 'node:os';
import { Command } from 'commander';
import type { UserManager } from '../../access/user-admin.js';
import { VetaError } from '../../core/veta-error.js';
import type { StoredUser } from '../../store/user-repository.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';

interface AddOptions {
  role: string;
  countries: string;
  agency?: string;
  displayName?: string;
  passwordStdin?: boolean;
}

/** `veta users`: add, list and disable the people who sign in to the web application. */
export function usersCommand(io: CliIo): Command {
  const users = new Command('users').description('Manage the users of the web application and API.');

  users
    .command('add')
    .description('Create a user; the password is read from stdin or generated and printed once.')
    .argument('<username>', 'the name they sign in with (case is ignored)')
    .requiredOption('--role <role>', 'viewer, analyst, supervisor, admin or auditor')
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
      const { userRepository } = await import('../../store/user-repository.js');
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
      const { userRepository } = await import('../../store/user-repository.js');
      const { changeUser } = await import('../../access/user-admin.js');
      const user = await withDatabase(context, async (db) => {
        const found = await userRepository.byUsername(db, username);
        if (found === null) {
          throw new VetaError(
            'NOT_FOUND',
            `There is no user "${username}"; "veta users list" shows them all.`,
          );
        }
        return changeUser(db, found.id, { disabled: true }, cliManager());
      });
      printResult(context, { user: describe(user) }, () => `Disabled ${user.username}.`);
    });

  return users;
}

/** The command line acts for whoever runs it, with every country: it has the database already. */
function cliManager(): UserManager {
  return { id: null, username: `cli:${osUser()}`, scope: { countries: 'ALL', agency: null } };
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

async function readPassword(io: CliIo): Promise<string> {
  const stdin = io.stdin;
  if (stdin === undefined) throw new VetaError('USAGE', '--password-stdin needs a standard input to read.');
  let text = '';
  for await (const chunk of stdin)
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  // One trailing newline (from echo or a here-string) is not part of the password.
  const password = text.replace(/\r?\n$/, '');
  if (password === '')
    throw new VetaError('USAGE', '--password-stdin read an empty password from standard input.');
  return password;
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
