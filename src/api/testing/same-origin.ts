/**
 * The Origin header a browser on the server's own pages sends with `app.inject()` (whose Host is
 * localhost:80): the state-changing requests of cookie-authenticated tests need it.
 */
export const SAME_ORIGIN = { origin: 'http://localhost' } as const;
