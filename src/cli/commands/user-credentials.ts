import { presentToken } from '../../api/presenters/user.js';
import { Command } from 'commander';
import type { StoredToken } from '../../store/users/user-repository.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';
import { cliManager, readPassword, userNamed } from './user-operator.js';

/**
 * `veta users enable | reset-password | tokens | revoke-tokens`: what ends or restores a user's
 * access. Each of them but `tokens` ends the user's sessions and API tokens.
 */
export function credentialCommands(io: CliIo): Command[] {
  return [enableCommand(io), resetPasswordCommand(io), tokensCommand(io), revokeTokensCommand(io)];
}

function enableCommand(io: CliIo): Command {
  return new Command('enable')
    .description('Enable a disabled user: they sign in again; tokens they had before stay revoked.')
    .argument('<username>', 'the user to enable')
    .action(async (username: string, _options: object, command: Command) => {
      const context = contextFrom(command, io);
      const { changeUser } = await import('../../access/user-admin.js');
      const user = await withDatabase(context, async (db) =>
        changeUser(db, (await userNamed(db, username)).id, { disabled: false }, cliManager()),
      );
      printResult(
        context,
        { username: user.username, disabled: user.disabled },
        () => `Enabled ${user.username}.`,
      );
    });
}

function resetPasswordCommand(io: CliIo): Command {
  return new Command('reset-password')
    .description(
      "Set a user's password (read from stdin, or generated and printed once); ends their sessions and revokes their API tokens.",
    )
    .argument('<username>', 'the user whose password to reset')
    .option('--password-stdin', 'read the new password from standard input instead of generating one')
    .action(async (username: string, options: { passwordStdin?: boolean }, command: Command) => {
      const context = contextFrom(command, io);
      const { generatePassword } = await import('../../access/passwords.js');
      const given = options.passwordStdin === true ? await readPassword(io) : undefined;
      const password = given ?? generatePassword();
      const { changeUser } = await import('../../access/user-admin.js');
      const user = await withDatabase(context, async (db) =>
        changeUser(db, (await userNamed(db, username)).id, { password }, cliManager()),
      );
      const generated = given === undefined ? password : null;
      printResult(context, { username: user.username, password: generated }, () =>
        [
          `Reset the password of ${user.username}; their sessions and API tokens have ended.`,
          ...(generated === null
            ? []
            : [`Password: ${generated}`, 'It is shown only now: pass it on securely.']),
        ].join('\n'),
      );
    });
}

function tokensCommand(io: CliIo): Command {
  return new Command('tokens')
    .description("List a user's API tokens (never the tokens themselves), newest first.")
    .argument('<username>', 'whose tokens to list')
    .action(async (username: string, _options: object, command: Command) => {
      const context = contextFrom(command, io);
      const { tokensOfManagedUser } = await import('../../access/managed-tokens.js');
      const page = await withDatabase(context, async (db) =>
        tokensOfManagedUser(db, (await userNamed(db, username)).id, cliManager(), {
          limit: 100_000,
          offset: 0,
        }),
      );
      printResult(context, { username: page.user.username, tokens: page.items.map(presentToken) }, () =>
        tokenTable(page.user.username, page.items),
      );
    });
}

function revokeTokensCommand(io: CliIo): Command {
  return new Command('revoke-tokens')
    .description("Revoke a user's API tokens: the one with the id given, or all of them.")
    .argument('<username>', 'whose tokens to revoke')
    .argument('[token-id]', 'the token to revoke (see "veta users tokens"); all of them when absent')
    .action(async (username: string, tokenId: string | undefined, _options: object, command: Command) => {
      const context = contextFrom(command, io);
      const { revokeManagedTokens } = await import('../../access/managed-tokens.js');
      const { user, revoked } = await withDatabase(context, async (db) =>
        revokeManagedTokens(db, (await userNamed(db, username)).id, tokenId ?? null, cliManager()),
      );
      printResult(
        context,
        { username: user.username, revoked: revoked.map(presentToken) },
        () => `Revoked ${plural(revoked.length, 'API token')} of ${user.username}.`,
      );
    });
}

function tokenTable(username: string, tokens: readonly StoredToken[]): string {
  if (tokens.length === 0) return `${username} has no API tokens.`;
  const day = (date: Date | null) => date?.toISOString().slice(0, 16).replace('T', ' ') ?? '-';
  const lines = tokens.map((token) =>
    [token.id, token.revokedAt === null ? 'active ' : 'revoked', day(token.lastUsedAt), token.name].join(
      '  ',
    ),
  );
  return [['ID'.padEnd(36), 'STATE  ', 'LAST USED'.padEnd(16), 'NAME'].join('  '), ...lines].join('\n');
}
