import type { ApiErrorBody } from './types';

/** A failed API call: the HTTP status with the API's stable code and its sentence. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.status = status;
    this.code = body.code;
  }
}

/** Listeners told when the API answers 401, so the app can send the user to the login page. */
const unauthenticatedListeners = new Set<() => void>();

/** Calls `listener` whenever the session turns out to be gone; returns the unsubscribe function. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Query parameters: empty, null and undefined values are left out. */
export type Query = Record<string, string | number | boolean | null | undefined>;

/** The path with its query string. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

async function errorBody(response: Response): Promise<ApiErrorBody> {
  try {
    const body = (await response.json()) as Partial<ApiErrorBody>;
    return {
      code: body.code ?? 'HTTP_' + String(response.status),
      message: body.message ?? response.statusText,
    };
  } catch {
    return { code: 'HTTP_' + String(response.status), message: response.statusText };
  }
}

/** Calls the API under /api with the session cookie and answers its JSON body. */
export async function apiRequest<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/api${path}`, {
    method: init.method ?? 'GET',
    headers,
    credentials: 'same-origin',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  });
  if (!response.ok) {
    const error = new ApiError(response.status, await errorBody(response));
    if (response.status === 401 && path !== '/auth/login') {
      for (const listener of unauthenticatedListeners) listener();
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** GET a path with its query. */
export function apiGet<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>(withQuery(path, query), { signal });
}

/** POST a JSON body. */
export function apiPost<T>(path: string, body: unknown = {}): Promise<T> {
  return apiRequest<T>(path, { method: 'POST', body });
}
