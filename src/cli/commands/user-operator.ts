import { userInfo } from 'node:os';
import type { UserManager } from '../../access/user-admin.js';
import { VetaError } from '../../core/veta-error.js';
import type { Queryable } from '../../store/engine/database.js';
import type { StoredUser } from '../../store/users/user-repository.js';
import type { CliIo } from '../io.js';

/** The command line acts for whoever runs it, with every country: it has the database already. */
export function cliManager(): UserManager {
  return { id: null, username: `cli:${osUser()}`, scope: { countries: 'ALL', agency: null } };
}

/** The user with this username (ignoring case), or a NOT_FOUND error that says how to list them. */
export async function userNamed(db: Queryable, username: string): Promise<StoredUser> {
  const { userRepository } = await import('../../store/users/user-repository.js');
  const found = await userRepository.byUsername(db, username);
  if (found === null) {
    throw new VetaError('NOT_FOUND', `There is no user "${username}"; "veta users list" shows them all.`);
  }
  return found;
}

/** A password read whole from standard input, less one trailing newline. */
export async function readPassword(io: CliIo): Promise<string> {
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

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
