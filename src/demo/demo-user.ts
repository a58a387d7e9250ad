import { hashPassword } from '../access/passwords.js';
import type { Database } from '../store/engine/database.js';
import { userRepository } from '../store/users/user-repository.js';

/** The demo's sign-in, printed when the demo starts and written in the README. */
export const DEMO_CREDENTIALS = { username: 'demo', password: 'veta-demo-2024' } as const;

/**
 * Makes sure the demo user exists with the demo password: a regional supervisor, who sees every
 * country and may triage, assign, close and upload. A second run finds it and resets the password.
 */
export async function ensureDemoUser(db: Database): Promise<void> {
  const passwordHash = await hashPassword(DEMO_CREDENTIALS.password);
  const created = await userRepository.create(db, {
    username: DEMO_CREDENTIALS.username,
    displayName: 'Analista de demostración',
    passwordHash,
    role: 'supervisor',
    countries: null,
    agency: null,
  });
  if (created !== null) return;
  const existing = await userRepository.forSignIn(db, DEMO_CREDENTIALS.username);
  if (existing) await userRepository.update(db, existing.user.id, { passwordHash, disabled: false });
}
