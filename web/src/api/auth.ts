import { apiGet, apiPost } from './client';
import type { Me } from './types';

/** Signs in with a username and password; the server sets the session cookie. */
export async function login(username: string, password: string): Promise<Me> {
  await apiPost<unknown>('/auth/login', { username, password });
  return fetchMe();
}

/** Ends the session. */
export async function logout(): Promise<void> {
  await apiPost<unknown>('/auth/logout');
}

/** Who the session belongs to; rejects with 401 when nobody is signed in. */
export function fetchMe(): Promise<Me> {
  return apiGet<Me>('/auth/me');
}
